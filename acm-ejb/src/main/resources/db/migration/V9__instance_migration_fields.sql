SET LOCAL lock_timeout = '10s';

-- ONAP's instance and element fields for migrations, stored and shown with ONAP's defaults before migrations run:
-- the composition an instance is being migrated to (text, as the other nullable ids, see CompositionElement), and
-- per element its migrationState (DEFAULT, NEW, REMOVED) and the migration or prepare stage it is at.
ALTER TABLE automation_composition_instance ADD COLUMN composition_target_id text;

ALTER TABLE instance_element
    ADD COLUMN migration_state varchar(16) NOT NULL DEFAULT 'DEFAULT',
    ADD COLUMN stage integer;
