SET LOCAL lock_timeout = '10s';

-- Per element, which reports of which participant replica its use state, operational state and out-properties
-- reflect (JSON: the newest report number applied per replica, and the replica whose data the running order last
-- stored), so that a replica's older report, applied late by the other runtime node, never replaces a newer one.
ALTER TABLE instance_element ADD COLUMN report_order text NOT NULL DEFAULT '{"newest":{},"reportedThisOrder":null}';
