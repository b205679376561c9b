-- Coordinator state shared by several instances. Instants are ISO-8601 text (Instant.toString), read
-- back exactly; every comparison on them happens in Java inside a row lock.
CREATE TABLE coord_sessions (
    session_id            text PRIMARY KEY,
    miner                 text    NOT NULL,
    epoch                 bigint  NOT NULL,
    solve_index           bigint  NOT NULL,
    previous_receipt_hash text    NOT NULL,
    draw                  integer NOT NULL,
    challenge_id          text    NOT NULL,
    opened_at             text    NOT NULL,
    expires_at            text    NOT NULL,
    attempts_used         integer NOT NULL DEFAULT 0,
    passed                boolean NOT NULL DEFAULT false,
    receipt_hash          text,
    receipt               text,
    reserved_until        text,
    CONSTRAINT coord_sessions_one_per_draw UNIQUE (miner, solve_index, draw)
);

CREATE TABLE coord_idempotency_keys (
    miner          text NOT NULL,
    key            text NOT NULL,
    request_hash   text NOT NULL,
    status         integer,
    body           text,
    reserved_until text,
    PRIMARY KEY (miner, key)
);

CREATE TABLE coord_nonces (
    nonce         text PRIMARY KEY,
    expires_at_ms bigint NOT NULL
);
CREATE INDEX coord_nonces_expiry ON coord_nonces (expires_at_ms);

CREATE TABLE coord_attempts (
    seq    bigserial PRIMARY KEY,
    record text NOT NULL
);
