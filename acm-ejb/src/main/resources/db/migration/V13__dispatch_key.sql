-- The id an order message carries for the dispatch it belongs to, echoed by the replica's answers: the runtime
-- admits an answer only for the dispatch that still holds the work. Null for dispatches recorded before.
ALTER TABLE operation_dispatch ADD COLUMN dispatch_key uuid;
CREATE UNIQUE INDEX ux_operation_dispatch_key ON operation_dispatch (dispatch_key);
CREATE INDEX ix_operation_dispatch_part ON operation_dispatch (entity_id, participant_id, order_revision);
