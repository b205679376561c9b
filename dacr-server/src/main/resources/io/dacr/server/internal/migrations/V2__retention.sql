-- Retention: what lets the coordinator forget answered idempotency keys and superseded sessions without
-- scanning whole tables. Instants that SQL compares are epoch milliseconds (the text columns of V1 do
-- not sort as instants).

-- When a key was answered. Keys answered before this migration keep NULL until the coordinator first
-- sees them and times them by its own clock (the partial index finds them, and keys still reserved).
ALTER TABLE coord_idempotency_keys ADD COLUMN answered_at_ms bigint;
CREATE INDEX coord_idempotency_keys_answered ON coord_idempotency_keys (answered_at_ms);
CREATE INDEX coord_idempotency_keys_untimed ON coord_idempotency_keys (miner) WHERE answered_at_ms IS NULL;

-- When a session expires, as a number. Sessions stored before this migration get it from their text;
-- sessions stored by an older release running beside a newer one keep NULL and are never forgotten.
ALTER TABLE coord_sessions ADD COLUMN expires_at_ms bigint;
UPDATE coord_sessions SET expires_at_ms = ceil(extract(epoch FROM expires_at::timestamptz) * 1000)::bigint;
-- Only sessions that ended without a pass can be forgotten.
CREATE INDEX coord_sessions_forgettable ON coord_sessions (expires_at_ms) WHERE NOT passed;
