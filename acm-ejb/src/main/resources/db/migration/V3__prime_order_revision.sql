-- The revision at which the running (or last) prime/deprime order started. Participants echo it in their ack, and an
-- ack that names another order (a late answer to an earlier attempt) is ignored.
ALTER TABLE composition_definition ADD COLUMN order_revision bigint NOT NULL DEFAULT 0;
