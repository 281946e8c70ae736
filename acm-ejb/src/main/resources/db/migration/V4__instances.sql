-- Automation composition instances (ONAP's AutomationComposition) and their elements (AutomationCompositionElement).
-- States are stored by name, as for compositions.

CREATE TABLE automation_composition_instance (
    instance_id         uuid        PRIMARY KEY,
    composition_id      uuid        NOT NULL REFERENCES composition_definition,
    name                text        NOT NULL,
    version             text        NOT NULL,
    description         text,
    deploy_state        varchar(32) NOT NULL,
    lock_state          varchar(16) NOT NULL,
    sub_state           varchar(32) NOT NULL,
    state_change_result varchar(16) NOT NULL,
    running_order       varchar(32),                   -- the order running (or stopped short), null once settled
    phase               integer,                       -- the start phase last sent, null when none
    last_msg            timestamptz NOT NULL,
    operation_deadline  timestamptz,                   -- when the running order times out, null when none runs
    revision            bigint      NOT NULL DEFAULT 1,-- +1 on every change participants hold
    order_revision      bigint      NOT NULL DEFAULT 0,-- the revision the running (or last) order started at
    entity_version      bigint      NOT NULL DEFAULT 0,-- JPA @Version
    created_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_automation_composition_instance UNIQUE (name, version),
    CONSTRAINT ck_instance_result CHECK (state_change_result IN ('NO_ERROR', 'FAILED', 'TIMEOUT'))
);

CREATE INDEX ix_instance_composition ON automation_composition_instance (composition_id);
CREATE INDEX ix_instance_deadline ON automation_composition_instance (operation_deadline)
    WHERE operation_deadline IS NOT NULL;

CREATE TABLE instance_element (
    element_id         uuid        PRIMARY KEY,         -- the client's UUID, unique across instances
    instance_id        uuid        NOT NULL REFERENCES automation_composition_instance ON DELETE CASCADE,
    definition_name    text        NOT NULL,
    definition_version text        NOT NULL,
    participant_id     text        NOT NULL,            -- the participant the composition element is bound to
    start_phase        integer     NOT NULL DEFAULT 0,
    deploy_state       varchar(32) NOT NULL,
    lock_state         varchar(16) NOT NULL,
    sub_state          varchar(32) NOT NULL,
    message            text,
    use_state          text,
    operational_state  text,
    properties         text        NOT NULL DEFAULT '{}',
    out_properties     text        NOT NULL DEFAULT '{}',
    description        text,
    entity_version     bigint      NOT NULL DEFAULT 0
);

CREATE INDEX ix_instance_element_instance ON instance_element (instance_id);
CREATE INDEX ix_instance_element_participant ON instance_element (participant_id);
