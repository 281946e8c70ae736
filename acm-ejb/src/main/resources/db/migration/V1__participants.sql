-- Participants, the element types they support, and their live replicas (ONAP ACM-R's participant model).
-- Times are written by the database (now()) so that every runtime node judges liveness by the same clock.

CREATE TABLE participant (
    participant_id uuid        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT pk_participant PRIMARY KEY (participant_id)
);

-- id is derived from (participant_id, type_name, type_version) by the runtime, so concurrent registrations agree.
CREATE TABLE participant_supported_element_type (
    id             uuid   NOT NULL,
    participant_id uuid   NOT NULL,
    type_name      text   NOT NULL,
    type_version   text   NOT NULL,
    version        bigint NOT NULL DEFAULT 0,
    CONSTRAINT pk_participant_supported_element_type PRIMARY KEY (id),
    CONSTRAINT fk_participant_supported_element_type_participant
        FOREIGN KEY (participant_id) REFERENCES participant (participant_id),
    -- also the index for looking types up by participant
    CONSTRAINT uq_participant_supported_element_type UNIQUE (participant_id, type_name, type_version)
);

-- A row per live replica; a replica that deregisters or falls silent is deleted (ONAP deletes too).
CREATE TABLE participant_replica (
    replica_id        uuid        NOT NULL,
    participant_id    uuid        NOT NULL,
    participant_state varchar(16) NOT NULL DEFAULT 'ON_LINE',
    registered_at     timestamptz NOT NULL DEFAULT now(),
    last_msg          timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0,
    CONSTRAINT pk_participant_replica PRIMARY KEY (replica_id),
    CONSTRAINT fk_participant_replica_participant
        FOREIGN KEY (participant_id) REFERENCES participant (participant_id),
    CONSTRAINT ck_participant_replica_state CHECK (participant_state IN ('ON_LINE', 'OFF_LINE'))
);

-- The liveness sweep runs every second on every node: it must find silent replicas without a scan.
CREATE INDEX ix_participant_replica_last_msg ON participant_replica (last_msg);
CREATE INDEX ix_participant_replica_participant ON participant_replica (participant_id);
