-- Messages to participants, written in the transaction that decided them and published by the node once that
-- transaction committed (no distributed transaction with the broker). A row left behind (its node stopped between
-- the commit and the publication) is claimed and published by any node after a delay; participants' handlers are
-- idempotent, so a message published twice changes nothing.
CREATE TABLE message_outbox (
    outbox_id      uuid         PRIMARY KEY,
    created_at     timestamptz  NOT NULL DEFAULT clock_timestamp(),
    message_type   varchar(64)  NOT NULL,
    participant_id uuid,
    replica_id     uuid,
    request_id     varchar(255),
    body           text         NOT NULL
);
CREATE INDEX ix_message_outbox_created ON message_outbox (created_at);
