SET LOCAL lock_timeout = '10s';

-- The "before" of an instance's running (or last) update, migration or rollback: what a rollback restores. The
-- elements are JSON (id, definition, participant, start phase, description, properties, out-properties, migration
-- state), read and written whole with the snapshot.
CREATE TABLE instance_rollback_snapshot (
    instance_id uuid PRIMARY KEY REFERENCES automation_composition_instance (instance_id) ON DELETE CASCADE,
    composition_id uuid NOT NULL,
    taken_for varchar(16) NOT NULL,
    elements text NOT NULL,
    taken_at timestamptz NOT NULL,
    entity_version bigint NOT NULL DEFAULT 0
);

-- The would-be elements of a running migrate precheck (the instance's rows stay as they are during one).
CREATE TABLE instance_precheck (
    instance_id uuid PRIMARY KEY REFERENCES automation_composition_instance (instance_id) ON DELETE CASCADE,
    composition_target_id uuid NOT NULL,
    changes text NOT NULL,
    created_at timestamptz NOT NULL
);

-- Deprime refuses a composition some instance is migrating to.
CREATE INDEX ix_instance_composition_target ON automation_composition_instance (composition_target_id);
