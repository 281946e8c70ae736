-- Round-robin tickets come from a sequence instead of a per-participant counter row: nextval takes no row lock, so
-- concurrent dispatches to one participant (on any node) no longer queue behind each other's commits. Tickets of
-- different participants interleave in the one sequence; each participant's dispatches still rotate over its
-- replicas in ticket order.
CREATE SEQUENCE replica_selection_ticket;
