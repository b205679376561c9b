package io.dacr.ledger.postgres;

import io.dacr.api.LedgerException;
import io.dacr.api.LedgerException.Reason;
import io.dacr.api.Secret;
import io.dacr.api.internal.Checks;
import io.dacr.api.reward.CreditOutcome;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.EpochLedger;
import io.dacr.api.reward.EpochState;
import io.dacr.api.reward.Receipt;
import io.dacr.api.reward.ReceiptHasher;
import io.dacr.core.ledger.Distributions;
import io.dacr.ledger.postgres.internal.SchemaMigrations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The ledger for several coordinator instances sharing one PostgreSQL database. It behaves exactly
 * like the embedded journal (both pass the same compatibility kit) and is safe when many instances
 * credit the same receipts at once:
 *
 * <ul>
 *   <li>each credit is one READ COMMITTED transaction that locks its miner's chain-head row
 *       ({@code SELECT … FOR UPDATE}), so the credits of one miner are serialised across instances
 *       and every check runs against the committed state;</li>
 *   <li>the epoch row is share-locked by credits and update-locked by close, so no credit lands in an
 *       epoch after it closed;</li>
 *   <li>unique constraints on the receipt hash, (epoch, miner, challenge) and (miner, solve index)
 *       back the checks up: a double credit cannot be committed even by a faulty client;</li>
 *   <li>serialisation failures and deadlocks are retried.</li>
 * </ul>
 *
 * The schema is created and migrated on {@link #open} (versioned SQL scripts, recorded in
 * {@code dacr_schema_version}) in the connection's current schema.
 */
public final class PostgresEpochLedger implements EpochLedger {

    /** The schema version this ledger writes. */
    public static final int SCHEMA_VERSION = SchemaMigrations.LATEST;

    private static final int MAX_ATTEMPTS = 8;
    private static final String RECEIPT_COLUMNS = "r.miner, r.epoch, r.solve_index, r.previous_receipt_hash, "
            + "r.challenge_id, r.document_hash, r.questions_hash, r.constraints_hash, r.answers_hash, r.rules_version, "
            + "r.credits";

    private final DataSource dataSource;
    private final ReceiptHasher hasher;
    private volatile boolean closed;

    private PostgresEpochLedger(DataSource dataSource, ReceiptHasher hasher) {
        this.dataSource = dataSource;
        this.hasher = hasher;
    }

    /**
     * Connects, creating or migrating the schema as needed.
     *
     * @param dataSource where to connect (a pool in production); the ledger does not close it
     * @param hasher computes receipt hashes: the EIP-712 struct hash in production
     * @return the ledger
     * @throws LedgerException {@link Reason#STORAGE} if the database cannot be reached or migrated, or its
     *     schema is newer than this code
     */
    public static PostgresEpochLedger open(DataSource dataSource, ReceiptHasher hasher) {
        Checks.notNull(dataSource, "dataSource");
        Checks.notNull(hasher, "hasher");
        try (Connection c = dataSource.getConnection()) {
            SchemaMigrations.migrate(c);
        } catch (SQLException e) {
            throw new LedgerException(Reason.STORAGE, "cannot prepare the ledger schema: " + e.getMessage(), e);
        }
        return new PostgresEpochLedger(dataSource, hasher);
    }

    @Override
    public Epoch open(long epoch, String secretCommitment) {
        Checks.nonNegative(epoch, "epoch");
        Checks.bytes32(secretCommitment, "secretCommitment");
        return transaction(c -> {
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, 0x0064_6163_7265_706fL);
                lock.execute();
            }
            if (readEpoch(c, epoch, "").isPresent()) {
                throw new LedgerException(Reason.EPOCH_EXISTS, "epoch " + epoch + " was opened before");
            }
            try (PreparedStatement s = c.prepareStatement("select max(epoch) from dacr_epoch");
                 ResultSet r = s.executeQuery()) {
                r.next();
                long latest = r.getLong(1);
                if (!r.wasNull() && latest > epoch) {
                    throw new LedgerException(Reason.EPOCH_NOT_AFTER_LATEST,
                            "epoch " + epoch + " is not after the latest epoch, " + latest);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into dacr_epoch (epoch, state, secret_commitment) values (?, 'OPEN', ?)")) {
                s.setLong(1, epoch);
                s.setString(2, secretCommitment);
                s.executeUpdate();
            }
            return new Epoch(epoch, EpochState.OPEN, secretCommitment, null);
        });
    }

    @Override
    public Optional<Epoch> epoch(long epoch) {
        return transaction(c -> readEpoch(c, epoch, "").map(EpochRow::epoch));
    }

    @Override
    public CreditOutcome credit(Receipt receipt) {
        Checks.notNull(receipt, "receipt");
        String hash = Checks.bytes32(hasher.hash(receipt), "the hasher's receipt hash");
        return transaction(c -> {
            if (receiptExists(c, hash)) {
                return CreditOutcome.DUPLICATE_RECEIPT;
            }
            EpochRow epoch = readEpoch(c, receipt.epoch(), " for share").orElseThrow(() ->
                    new LedgerException(Reason.UNKNOWN_EPOCH, "epoch " + receipt.epoch() + " was never opened"));
            if (epoch.state() != EpochState.OPEN) {
                throw new LedgerException(Reason.EPOCH_NOT_OPEN,
                        "epoch " + receipt.epoch() + " is " + epoch.state() + " and takes no more credits");
            }
            try (PreparedStatement s = c.prepareStatement("insert into dacr_miner_chain (miner, solve_index, receipt_hash) "
                    + "values (?, -1, ?) on conflict (miner) do nothing")) {
                s.setString(1, receipt.miner());
                s.setString(2, Receipt.GENESIS_HASH);
                s.executeUpdate();
            }
            long headIndex;
            String headHash;
            try (PreparedStatement s = c.prepareStatement(
                    "select solve_index, receipt_hash from dacr_miner_chain where miner = ? for update")) {
                s.setString(1, receipt.miner());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    headIndex = r.getLong(1);
                    headHash = r.getString(2);
                }
            }
            // Checked again under the miner's lock: an identical receipt may have committed meanwhile.
            if (receiptExists(c, hash)) {
                return CreditOutcome.DUPLICATE_RECEIPT;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select 1 from dacr_receipt where epoch = ? and miner = ? and challenge_id = ?")) {
                s.setLong(1, receipt.epoch());
                s.setString(2, receipt.miner());
                s.setString(3, receipt.challengeId());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return CreditOutcome.DUPLICATE_CHALLENGE;
                    }
                }
            }
            if (receipt.solveIndex() != headIndex + 1) {
                throw new LedgerException(Reason.WRONG_SOLVE_INDEX, "receipt of miner " + receipt.miner()
                        + " has solve index " + receipt.solveIndex() + ", the chain expects " + (headIndex + 1));
            }
            if (!receipt.previousReceiptHash().equals(headHash)) {
                throw new LedgerException(Reason.WRONG_PREVIOUS_HASH, "receipt " + receipt.solveIndex() + " of miner "
                        + receipt.miner() + " names previous hash " + receipt.previousReceiptHash()
                        + ", the chain's head is " + headHash);
            }
            try (PreparedStatement s = c.prepareStatement("insert into dacr_receipt (receipt_hash, miner, epoch, "
                    + "solve_index, previous_receipt_hash, challenge_id, document_hash, questions_hash, constraints_hash, "
                    + "answers_hash, rules_version, credits) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, hash);
                s.setString(2, receipt.miner());
                s.setLong(3, receipt.epoch());
                s.setLong(4, receipt.solveIndex());
                s.setString(5, receipt.previousReceiptHash());
                s.setString(6, receipt.challengeId());
                s.setString(7, receipt.documentHash());
                s.setString(8, receipt.questionsHash());
                s.setString(9, receipt.constraintsHash());
                s.setString(10, receipt.answersHash());
                s.setInt(11, receipt.rulesVersion());
                s.setBigDecimal(12, new BigDecimal(receipt.credits()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "update dacr_miner_chain set solve_index = ?, receipt_hash = ? where miner = ?")) {
                s.setLong(1, receipt.solveIndex());
                s.setString(2, hash);
                s.setString(3, receipt.miner());
                s.executeUpdate();
            }
            return CreditOutcome.CREDITED;
        });
    }

    @Override
    public BigInteger credits(long epoch, String miner) {
        Checks.address(miner, "miner");
        return transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select coalesce(sum(credits), 0) from dacr_receipt where epoch = ? and miner = ?")) {
                s.setLong(1, epoch);
                s.setString(2, miner);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getBigDecimal(1).toBigIntegerExact();
                }
            }
        });
    }

    @Override
    public BigInteger totalCredits(long epoch) {
        return transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select coalesce(sum(credits), 0) from dacr_receipt where epoch = ?")) {
                s.setLong(1, epoch);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getBigDecimal(1).toBigIntegerExact();
                }
            }
        });
    }

    @Override
    public SortedMap<String, BigInteger> creditsByMiner(long epoch) {
        return transaction(c -> creditsByMiner(c, epoch));
    }

    @Override
    public List<Receipt> receipts(long epoch) {
        return transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select " + RECEIPT_COLUMNS + " from dacr_receipt r where r.epoch = ? order by r.seq")) {
                s.setLong(1, epoch);
                try (ResultSet r = s.executeQuery()) {
                    List<Receipt> found = new ArrayList<>();
                    while (r.next()) {
                        found.add(receipt(r));
                    }
                    return List.copyOf(found);
                }
            }
        });
    }

    @Override
    public Optional<Receipt> lastReceipt(String miner) {
        Checks.address(miner, "miner");
        return transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("select " + RECEIPT_COLUMNS + " from dacr_miner_chain h "
                    + "join dacr_receipt r on r.receipt_hash = h.receipt_hash where h.miner = ?")) {
                s.setString(1, miner);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(receipt(r)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Distribution closeEpoch(long epoch, BigInteger pool, DistributionMode mode) {
        Checks.notNull(pool, "pool");
        Checks.requireArgument(pool.signum() >= 0, "pool must not be negative, was %s", pool);
        Checks.notNull(mode, "mode");
        return transaction(c -> {
            EpochRow row = existing(c, epoch);
            if (row.state() == EpochState.OPEN) {
                try (PreparedStatement s = c.prepareStatement(
                        "update dacr_epoch set state = 'CLOSED', close_mode = ?, close_pool = ? where epoch = ?")) {
                    s.setString(1, mode.name());
                    s.setBigDecimal(2, new BigDecimal(pool));
                    s.setLong(3, epoch);
                    s.executeUpdate();
                }
            } else if (row.mode() != mode || !row.pool().equals(pool)) {
                throw new LedgerException(Reason.CLOSED_DIFFERENTLY, "epoch " + epoch + " was closed with pool "
                        + row.pool() + " in mode " + row.mode() + "; it cannot be closed again with pool " + pool
                        + " in mode " + mode);
            }
            return Distributions.split(epoch, pool, mode, creditsByMiner(c, epoch));
        });
    }

    @Override
    public Epoch reveal(long epoch, Secret secret) {
        Checks.notNull(secret, "secret");
        String hex = "0x" + HexFormat.of().formatHex(secret.bytes());
        return transaction(c -> {
            EpochRow row = existing(c, epoch);
            if (row.state() == EpochState.OPEN) {
                throw new LedgerException(Reason.EPOCH_NOT_CLOSED,
                        "epoch " + epoch + " is open: its secret is revealed after it closes");
            }
            Epoch current = row.epoch();
            if (current.revealedSecret() != null) {
                if (current.revealedSecret().equals(hex)) {
                    return current;
                }
                throw new LedgerException(Reason.REVEAL_MISMATCH, "epoch " + epoch + " has revealed another secret before");
            }
            Epoch revealed = new Epoch(epoch, current.state(), current.secretCommitment(), hex);
            if (!revealed.revealMatchesCommitment()) {
                throw new LedgerException(Reason.REVEAL_MISMATCH,
                        "the secret does not hash to epoch " + epoch + "'s commitment " + current.secretCommitment());
            }
            try (PreparedStatement s = c.prepareStatement("update dacr_epoch set revealed_secret = ? where epoch = ?")) {
                s.setString(1, hex);
                s.setLong(2, epoch);
                s.executeUpdate();
            }
            return revealed;
        });
    }

    @Override
    public Epoch finalizeEpoch(long epoch) {
        return transaction(c -> {
            EpochRow row = existing(c, epoch);
            if (row.state() == EpochState.OPEN) {
                throw new LedgerException(Reason.EPOCH_NOT_CLOSED, "epoch " + epoch + " is open: close it before finalizing it");
            }
            if (row.state() == EpochState.CLOSED) {
                try (PreparedStatement s = c.prepareStatement("update dacr_epoch set state = 'FINALIZED' where epoch = ?")) {
                    s.setLong(1, epoch);
                    s.executeUpdate();
                }
            }
            Epoch e = row.epoch();
            return new Epoch(epoch, EpochState.FINALIZED, e.secretCommitment(), e.revealedSecret());
        });
    }

    /** Refuses later calls. The data source belongs to the caller and stays open. Idempotent. */
    @Override
    public void close() {
        closed = true;
    }

    // --- plumbing ----------------------------------------------------------------------------------

    /** One row of dacr_epoch. */
    private record EpochRow(Epoch epoch, DistributionMode mode, BigInteger pool) {
        EpochState state() {
            return epoch.state();
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs the work in one READ COMMITTED transaction, retrying serialisation failures and deadlocks. */
    private <T> T transaction(Work<T> work) {
        if (closed) {
            throw new LedgerException(Reason.STORAGE, "the ledger is closed");
        }
        SQLException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(c);
                    throw e;
                }
            } catch (SQLException e) {
                if (!retriable(e)) {
                    throw new LedgerException(Reason.STORAGE, "the ledger database failed: " + e.getMessage(), e);
                }
                last = e;
            }
        }
        throw new LedgerException(Reason.STORAGE, "the ledger database kept failing with conflicts after "
                + MAX_ATTEMPTS + " attempts: " + last.getMessage(), last);
    }

    /** Serialisation failure, deadlock, or a unique violation from a race the next attempt sees resolved. */
    private static boolean retriable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "23505".equals(state);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // The transaction is abandoned either way; the first failure is the one reported.
        }
    }

    private static boolean receiptExists(Connection c, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from dacr_receipt where receipt_hash = ?")) {
            s.setString(1, hash);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static EpochRow existing(Connection c, long epoch) throws SQLException {
        return readEpoch(c, epoch, " for update").orElseThrow(() ->
                new LedgerException(Reason.UNKNOWN_EPOCH, "epoch " + epoch + " was never opened"));
    }

    private static Optional<EpochRow> readEpoch(Connection c, long epoch, String lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select state, secret_commitment, revealed_secret, close_mode, "
                + "close_pool from dacr_epoch where epoch = ?" + lock)) {
            s.setLong(1, epoch);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String mode = r.getString(4);
                BigDecimal pool = r.getBigDecimal(5);
                return Optional.of(new EpochRow(new Epoch(epoch, EpochState.valueOf(r.getString(1)), r.getString(2),
                        r.getString(3)), mode == null ? null : DistributionMode.valueOf(mode),
                        pool == null ? null : pool.toBigIntegerExact()));
            }
        }
    }

    private static SortedMap<String, BigInteger> creditsByMiner(Connection c, long epoch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select miner, sum(credits) from dacr_receipt where epoch = ? group by miner")) {
            s.setLong(1, epoch);
            try (ResultSet r = s.executeQuery()) {
                SortedMap<String, BigInteger> credits = new TreeMap<>();
                while (r.next()) {
                    credits.put(r.getString(1), r.getBigDecimal(2).toBigIntegerExact());
                }
                return credits;
            }
        }
    }

    private static Receipt receipt(ResultSet r) throws SQLException {
        return new Receipt(r.getString(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getString(8), r.getString(9), r.getInt(10), r.getBigDecimal(11).toBigIntegerExact());
    }
}
