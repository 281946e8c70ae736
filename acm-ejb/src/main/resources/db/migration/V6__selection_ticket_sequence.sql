-- Migrations that lock a table the running version keeps busy must not queue their exclusive lock behind it for
-- long: every statement on that table would queue behind them and the nodes stall. Each migration from here on
-- starts with this; it gives up, rolls back and is retried (SchemaMigrator) instead. SET LOCAL: the connection goes
-- back to the application's pool afterwards, without it.
SET LOCAL lock_timeout = '10s';

-- Round-robin tickets come from a sequence instead of a per-participant counter row: nextval takes no row lock, so
-- concurrent dispatches to one participant (on any node) no longer queue behind each other's commits. Tickets of
-- different participants interleave in the one sequence; each participant's dispatches still rotate over its
-- replicas in ticket order.
CREATE SEQUENCE replica_selection_ticket;
