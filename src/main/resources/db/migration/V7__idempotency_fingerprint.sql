-- A replay answers only the request that made it: the same method on the same store with the same
-- parameters, named by a SHA-256 fingerprint (never the values, which may be secrets). Replays written before
-- carry no fingerprint and cannot be matched; they live minutes only, so they are dropped.
DELETE FROM idempotent_replay;
ALTER TABLE idempotent_replay ADD COLUMN request_hash VARCHAR(64) NOT NULL;

-- The purge deletes by age
CREATE INDEX ix_idempotent_replay_created ON idempotent_replay (created_at);
