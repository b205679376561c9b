-- DACR ledger schema, version 1: epochs, miner chain heads and credited receipts.
-- Amounts are numeric(1000, 0): exact integers of any size a token can have.

create table dacr_epoch (
    epoch             bigint primary key check (epoch >= 0),
    state             varchar(9) not null check (state in ('OPEN', 'CLOSED', 'FINALIZED')),
    secret_commitment char(66) not null,
    revealed_secret   text,
    close_mode        varchar(17) check (close_mode in ('FLOOR', 'LARGEST_REMAINDER')),
    close_pool        numeric(1000, 0) check (close_pool >= 0),
    check ((state = 'OPEN') = (close_mode is null)),
    check ((state = 'OPEN') = (close_pool is null)),
    check (state <> 'OPEN' or revealed_secret is null)
);

-- One row per miner: the head of its receipt chain. Crediting locks the row, which serialises the
-- credits of one miner across every ledger instance. solve_index -1 means no receipt yet.
create table dacr_miner_chain (
    miner        char(42) primary key,
    solve_index  bigint not null check (solve_index >= -1),
    receipt_hash char(66) not null
);

create table dacr_receipt (
    seq                   bigserial primary key,
    receipt_hash          char(66) not null unique,
    miner                 char(42) not null references dacr_miner_chain (miner),
    epoch                 bigint not null references dacr_epoch (epoch),
    solve_index           bigint not null check (solve_index >= 0),
    previous_receipt_hash char(66) not null,
    challenge_id          text not null,
    document_hash         char(66) not null,
    questions_hash        char(66) not null,
    constraints_hash      char(66) not null,
    answers_hash          char(66) not null,
    rules_version         integer not null check (rules_version > 0),
    credits               numeric(1000, 0) not null check (credits > 0),
    -- The idempotency rules, enforced by the database as well as by the ledger's checks.
    unique (epoch, miner, challenge_id),
    unique (miner, solve_index)
);

create index dacr_receipt_by_epoch on dacr_receipt (epoch, seq);
