-- 0002: what the ledger needs beyond 0001.
-- A roster entry's phone (联系电话), for the group page and chasing.
ALTER TABLE group_roster ADD COLUMN phone TEXT;
-- The date a task was completed and why it is paused, as the latest status note set them.
ALTER TABLE tasks ADD COLUMN completed_on TEXT;
ALTER TABLE tasks ADD COLUMN pause_reason TEXT;
-- A correction is a new note naming the one it supersedes; both stay (notes are append-only).
ALTER TABLE progress_entries ADD COLUMN supersedes_id INTEGER REFERENCES progress_entries (id);
CREATE INDEX audit_by_time ON audit_log (at);
