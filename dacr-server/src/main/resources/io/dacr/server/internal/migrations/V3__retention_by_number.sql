-- Retention, second step: every forgettable row is found through an index on an instant stored as epoch
-- milliseconds.

-- Passed sessions that are not their miner's latest are forgotten too: index every session's expiry.
DROP INDEX IF EXISTS coord_sessions_forgettable;
CREATE INDEX coord_sessions_expiry ON coord_sessions (expires_at_ms);

-- When a key's reservation lapses, as a number: lapsed reservations that were never answered are found
-- oldest first, so young reservations cannot hide older deletable ones. Reservations written by an older
-- release running beside a newer one keep NULL and are left to their answer or release.
ALTER TABLE coord_idempotency_keys ADD COLUMN reserved_until_ms bigint;
UPDATE coord_idempotency_keys SET reserved_until_ms = ceil(extract(epoch FROM reserved_until::timestamptz) * 1000)::bigint
    WHERE reserved_until IS NOT NULL;
CREATE INDEX coord_idempotency_keys_lapsing ON coord_idempotency_keys (reserved_until_ms) WHERE body IS NULL;
