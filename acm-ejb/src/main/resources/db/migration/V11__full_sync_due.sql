-- sync_due_at: when the pending full sync (sync_id) counts as lost and is sent again, by database time. Set when it
-- is sent, from its size: a full sync of thousands of instances takes a replica longer than a small one.
ALTER TABLE participant_replica ADD COLUMN sync_due_at timestamptz;
