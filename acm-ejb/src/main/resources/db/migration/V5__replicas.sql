-- True participant replicas: full syncs a replica must confirm before it is selected, restarts, drains, what each
-- replica holds, and the dispatch record as the work list of failover.

-- sync_id: the full sync the replica was sent and has not confirmed yet; null once it has (only then is it
-- selectable). incarnation: the replica process's run; a register with another one is a restart. held_*: what the
-- replica's last status said it holds (count and sum of revisions), compared with the runtime's to show its lag.
ALTER TABLE participant_replica
    ADD COLUMN sync_id       uuid,
    ADD COLUMN sync_sent_at  timestamptz,
    ADD COLUMN incarnation   uuid,
    ADD COLUMN held_count    integer NOT NULL DEFAULT 0,
    ADD COLUMN held_revision bigint  NOT NULL DEFAULT 0;

-- Drains outlive the replica row (which goes when the replica stops): an operator drains before maintenance, the
-- replica restarts, and stays out of selection until undrained.
CREATE TABLE replica_drain (
    replica_id     uuid        PRIMARY KEY,
    participant_id uuid        NOT NULL,
    drained_at     timestamptz NOT NULL DEFAULT now()
);

-- The revision of the last sync sent to every replica: the next one names it, so a replica can see it missed one.
ALTER TABLE automation_composition_instance ADD COLUMN synced_revision bigint NOT NULL DEFAULT 0;
ALTER TABLE composition_definition ADD COLUMN synced_revision bigint NOT NULL DEFAULT 0;

-- A dispatch is open (settled_at null) while the replica it went to owes its answer. Open dispatches to replicas that
-- left the live set are failover's work list; open dispatches per replica are its load for least-in-flight.
ALTER TABLE operation_dispatch
    ADD COLUMN entity_kind    varchar(16) NOT NULL DEFAULT 'INSTANCE',
    ADD COLUMN phase          integer     NOT NULL DEFAULT 0,
    ADD COLUMN order_revision bigint      NOT NULL DEFAULT 0,
    ADD COLUMN settled_at     timestamptz,
    ADD COLUMN outcome        varchar(16),
    ADD CONSTRAINT ck_operation_dispatch_kind CHECK (entity_kind IN ('INSTANCE', 'COMPOSITION'));

-- Dispatches made before this migration are history, not work.
UPDATE operation_dispatch SET settled_at = dispatched_at, outcome = 'SETTLED';

CREATE INDEX ix_operation_dispatch_open ON operation_dispatch (replica_id) WHERE settled_at IS NULL;
CREATE INDEX ix_operation_dispatch_open_entity ON operation_dispatch (entity_id, participant_id)
    WHERE settled_at IS NULL;
