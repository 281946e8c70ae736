-- Composition definitions (ONAP's AutomationCompositionDefinition) and their elements (ONAP's NodeTemplateState),
-- which priming operations and participants work on; and the record of which replica ran which operation.
-- States are stored by name (ONAP stores ordinals), so that the rows read without the code.

CREATE TABLE composition_definition (
    composition_id      uuid        PRIMARY KEY,
    name                text        NOT NULL,
    version             text        NOT NULL,
    service_template    text        NOT NULL,          -- the template as JSON text, metadata.compositionId included
    state               varchar(16) NOT NULL,          -- COMMISSIONED, PRIMING, PRIMED, DEPRIMING
    state_change_result varchar(16) NOT NULL,          -- NO_ERROR, FAILED, TIMEOUT
    last_msg            timestamptz NOT NULL,
    operation_deadline  timestamptz,                   -- when the running prime/deprime times out, null when none runs
    revision            bigint      NOT NULL DEFAULT 1,-- +1 on every change participants hold
    entity_version      bigint      NOT NULL DEFAULT 0,-- JPA @Version
    created_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_composition_definition_state
        CHECK (state IN ('COMMISSIONED', 'PRIMING', 'PRIMED', 'DEPRIMING')),
    CONSTRAINT ck_composition_definition_result
        CHECK (state_change_result IN ('NO_ERROR', 'FAILED', 'TIMEOUT'))
);

-- Every node looks for overdue orders every second; only the few running orders have a deadline.
CREATE INDEX ix_composition_definition_deadline ON composition_definition (operation_deadline)
    WHERE operation_deadline IS NOT NULL;

CREATE TABLE composition_element (
    node_template_state_id uuid        PRIMARY KEY,
    composition_id         uuid        NOT NULL REFERENCES composition_definition ON DELETE CASCADE,
    element_name           text        NOT NULL,
    element_version        text        NOT NULL,
    type_name              text        NOT NULL,
    type_version           text        NOT NULL,
    participant_id         uuid,                           -- bound at PRIME
    state                  varchar(16) NOT NULL,
    message                text,
    properties             text        NOT NULL DEFAULT '{}', -- the node template's properties as JSON
    out_properties         text        NOT NULL DEFAULT '{}',
    entity_version         bigint      NOT NULL DEFAULT 0,
    -- also the index for loading a definition's elements
    CONSTRAINT uq_composition_element UNIQUE (composition_id, element_name),
    CONSTRAINT ck_composition_element_state
        CHECK (state IN ('COMMISSIONED', 'PRIMING', 'PRIMED', 'DEPRIMING'))
);

CREATE INDEX ix_composition_element_participant ON composition_element (participant_id);

-- Which replica ran which operation (written by priming).
CREATE TABLE operation_dispatch (
    id             bigserial   PRIMARY KEY,
    entity_id      uuid        NOT NULL,
    operation      varchar(32) NOT NULL,
    participant_id uuid        NOT NULL,
    replica_id     uuid        NOT NULL,
    dispatched_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX ix_operation_dispatch_entity ON operation_dispatch (entity_id);

ALTER TABLE participant ADD COLUMN selection_counter bigint NOT NULL DEFAULT 0;
