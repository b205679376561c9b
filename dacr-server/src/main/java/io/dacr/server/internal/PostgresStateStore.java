package io.dacr.server.internal;

import io.dacr.api.DacrException;
import io.dacr.api.internal.Checks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The multi-instance state in PostgreSQL: several coordinators on one database agree on sessions, solve
 * indexes, idempotency keys and used nonces. Each operation is one transaction; decisions about a
 * session or a key are taken under its row lock ({@code SELECT … FOR UPDATE}), and the unique
 * (miner, solve index, draw) constraint makes racing instances open one session, not two.
 */
public final class PostgresStateStore implements StateStore {

    private static final String SESSION_COLUMNS = "session_id, miner, epoch, solve_index, previous_receipt_hash, draw, "
            + "challenge_id, opened_at, expires_at, attempts_used, passed, receipt_hash, receipt";

    private final ConnectionPool pool;

    private PostgresStateStore(ConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Connects and migrates the schema.
     *
     * @param dataSource where the database is
     * @param maxIdleConnections connections kept open between requests
     * @return the store
     * @throws DacrException if the database cannot be reached or migrated
     */
    public static PostgresStateStore open(DataSource dataSource, int maxIdleConnections) {
        ConnectionPool pool = new ConnectionPool(dataSource, maxIdleConnections);
        PostgresStateStore store = new PostgresStateStore(pool);
        store.run(c -> Migrations.migrate(c));
        return store;
    }

    ConnectionPool pool() {
        return pool;
    }

    @FunctionalInterface
    interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction on a pooled connection. */
    <T> T transaction(Work<T> work) {
        return run(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    <T> T run(Work<T> work) {
        Connection c;
        try {
            c = pool.borrow();
        } catch (SQLException e) {
            throw new DacrException("cannot reach the coordinator database: " + e.getMessage(), e);
        }
        boolean healthy = false;
        try {
            T result = work.apply(c);
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw new DacrException("the coordinator database failed: " + e.getMessage(), e);
        } finally {
            if (healthy) {
                pool.giveBack(c);
            } else {
                pool.discard(c);
            }
        }
    }

    @Override
    public Optional<SessionRecord> latestSession(String miner) {
        return run(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + SESSION_COLUMNS
                    + " FROM coord_sessions WHERE miner = ? ORDER BY solve_index DESC, draw DESC LIMIT 1")) {
                p.setString(1, miner);
                return one(p);
            }
        });
    }

    @Override
    public Optional<SessionRecord> session(String sessionId) {
        return run(c -> select(c, sessionId, false));
    }

    @Override
    public SessionRecord openSession(SessionRecord fresh) {
        return transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO coord_sessions (" + SESSION_COLUMNS
                    + ", expires_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, false, NULL, NULL, ?) ON CONFLICT DO NOTHING")) {
                p.setString(1, fresh.sessionId());
                p.setString(2, fresh.miner());
                p.setLong(3, fresh.epoch());
                p.setLong(4, fresh.solveIndex());
                p.setString(5, fresh.previousReceiptHash());
                p.setInt(6, fresh.draw());
                p.setString(7, fresh.challengeId());
                p.setString(8, fresh.openedAt().toString());
                p.setString(9, fresh.expiresAt().toString());
                p.setLong(10, fresh.expiresAt().toEpochMilli());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("SELECT " + SESSION_COLUMNS
                    + " FROM coord_sessions WHERE miner = ? AND solve_index = ? AND draw = ?")) {
                p.setString(1, fresh.miner());
                p.setLong(2, fresh.solveIndex());
                p.setInt(3, fresh.draw());
                return one(p).orElseThrow(() -> new SQLException("the session just stored is not there"));
            }
        });
    }

    @Override
    public Claim claimAttempt(String sessionId, int maxAttempts, Instant now, Instant reservedUntil) {
        return transaction(c -> {
            Optional<SessionRecord> found = select(c, sessionId, true);
            if (found.isEmpty()) {
                return new Claim.Refused(ErrorCode.SESSION_NOT_FOUND, "no session " + sessionId);
            }
            SessionRecord s = found.get();
            Claim.Refused refused = SessionRules.refusal(s, maxAttempts, now);
            if (refused != null) {
                return refused;
            }
            try (PreparedStatement p = c.prepareStatement("SELECT reserved_until FROM coord_sessions WHERE session_id = ?")) {
                p.setString(1, sessionId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    String held = rs.getString(1);
                    if (held != null && now.isBefore(Instant.parse(held))) {
                        return SessionRules.inFlight();
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE coord_sessions SET reserved_until = ? WHERE session_id = ?")) {
                p.setString(1, reservedUntil.toString());
                p.setString(2, sessionId);
                p.executeUpdate();
            }
            return new Claim.Granted(s, s.attemptsUsed() + 1, reservedUntil);
        });
    }

    @Override
    public boolean finishAttempt(Claim.Granted attempt, boolean passed, String receiptHash, String receipt) {
        int attemptNumber = attempt.attemptNumber();
        return transaction(c -> {
            // Only while the reservation is still the caller's: a late finish never overwrites another attempt.
            try (PreparedStatement p = c.prepareStatement("UPDATE coord_sessions SET attempts_used = ?, passed = ?, "
                    + "receipt_hash = ?, receipt = ?, reserved_until = NULL WHERE session_id = ? AND attempts_used = ? "
                    + "AND passed = FALSE AND reserved_until = ?")) {
                p.setInt(1, attemptNumber);
                p.setBoolean(2, passed);
                p.setString(3, receiptHash);
                p.setString(4, receipt);
                p.setString(5, attempt.session().sessionId());
                p.setInt(6, attemptNumber - 1);
                p.setString(7, attempt.reservedUntil().toString());
                return p.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void releaseAttempt(Claim.Granted attempt) {
        transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE coord_sessions SET reserved_until = NULL WHERE session_id = ? "
                    + "AND reserved_until = ?")) {
                p.setString(1, attempt.session().sessionId());
                p.setString(2, attempt.reservedUntil().toString());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public KeyReservation reserveKey(String miner, String key, String requestHash, Instant now, Instant reservedUntil) {
        return transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO coord_idempotency_keys (miner, key, request_hash, "
                    + "reserved_until, reserved_until_ms) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                p.setString(1, miner);
                p.setString(2, key);
                p.setString(3, requestHash);
                p.setString(4, reservedUntil.toString());
                p.setLong(5, reservedUntil.toEpochMilli());
                if (p.executeUpdate() == 1) {
                    return new KeyReservation.Reserved();
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT request_hash, status, body, reserved_until FROM "
                    + "coord_idempotency_keys WHERE miner = ? AND key = ? FOR UPDATE")) {
                p.setString(1, miner);
                p.setString(2, key);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        // Released between our insert and our select: a retry will reserve it.
                        return new KeyReservation.InFlight();
                    }
                    if (!rs.getString(1).equals(requestHash)) {
                        return new KeyReservation.Mismatch();
                    }
                    String body = rs.getString(3);
                    if (body != null) {
                        return new KeyReservation.Replay(new StoredResponse(rs.getInt(2), body));
                    }
                    if (now.isBefore(Instant.parse(rs.getString(4)))) {
                        return new KeyReservation.InFlight();
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE coord_idempotency_keys SET reserved_until = ?, "
                    + "reserved_until_ms = ? WHERE miner = ? AND key = ?")) {
                p.setString(1, reservedUntil.toString());
                p.setLong(2, reservedUntil.toEpochMilli());
                p.setString(3, miner);
                p.setString(4, key);
                p.executeUpdate();
            }
            return new KeyReservation.Reserved();
        });
    }

    @Override
    public void completeKey(String miner, String key, StoredResponse response, Instant now) {
        transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE coord_idempotency_keys SET status = ?, body = ?, "
                    + "reserved_until = NULL, reserved_until_ms = NULL, answered_at_ms = ? WHERE miner = ? AND key = ?")) {
                p.setInt(1, response.status());
                p.setString(2, response.body());
                p.setLong(3, now.toEpochMilli());
                p.setString(4, miner);
                p.setString(5, key);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void releaseKey(String miner, String key) {
        transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM coord_idempotency_keys WHERE miner = ? AND key = ? "
                    + "AND body IS NULL")) {
                p.setString(1, miner);
                p.setString(2, key);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean useNonce(String nonce, Instant expiresAt, Instant now) {
        // Expired nonces are deleted by forgetExpired, in bounded statements, not on every sign-in.
        return transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO coord_nonces (nonce, expires_at_ms) VALUES (?, ?) "
                    + "ON CONFLICT DO NOTHING")) {
                p.setString(1, nonce);
                // Kept one millisecond past expiry, so a nonce is never forgotten while it is still valid.
                p.setLong(2, expiresAt.toEpochMilli() + 1);
                return p.executeUpdate() == 1;
            }
        });
    }

    /**
     * Deletes in statements of at most {@value #FORGET_BATCH} rows, each its own transaction (locks stay short
     * and a statement never holds a whole table), at most {@value #FORGET_BATCHES} statements per kind per
     * call: what is left is deleted by the next call.
     */
    @Override
    public Forgotten forgetExpired(Instant now, Duration retention) {
        Checks.notNull(now, "now");
        Checks.requireArgument(retention != null && retention.compareTo(Duration.ZERO) > 0,
                "retention must be positive, was %s", retention);
        long nowMs = now.toEpochMilli();
        long horizonMs = now.minus(retention).toEpochMilli();
        // Nonces are stored one millisecond past their expiry (see useNonce).
        long nonces = inBatches("DELETE FROM coord_nonces WHERE nonce IN (SELECT nonce FROM coord_nonces "
                + "WHERE expires_at_ms < ? LIMIT ?) AND expires_at_ms < ?", 2, nowMs, nowMs);
        // Keys answered before answers were timed are timed now: kept a whole retention period from now.
        inBatches("UPDATE coord_idempotency_keys SET answered_at_ms = ? WHERE (miner, key) IN (SELECT miner, key "
                + "FROM coord_idempotency_keys WHERE answered_at_ms IS NULL AND body IS NOT NULL LIMIT ?) "
                + "AND answered_at_ms IS NULL AND body IS NOT NULL", 2, nowMs);
        long keys = inBatches("DELETE FROM coord_idempotency_keys WHERE (miner, key) IN (SELECT miner, key "
                + "FROM coord_idempotency_keys WHERE answered_at_ms <= ? LIMIT ?) AND answered_at_ms <= ?",
                2, horizonMs, horizonMs);
        keys += forgetLapsedKeyReservations(now.minus(retention));
        // A session is forgotten only if it expired a retention period ago, has no attempt reserved, and its
        // miner has a later session (the latest one is what the next follows from).
        long sessions = inBatches("DELETE FROM coord_sessions WHERE session_id IN (SELECT s.session_id FROM coord_sessions s "
                + "WHERE s.expires_at_ms <= ? "
                + "AND (s.reserved_until IS NULL OR s.reserved_until::timestamptz <= to_timestamp(?::double precision / 1000)) "
                + "AND EXISTS (SELECT 1 FROM coord_sessions l WHERE l.miner = s.miner "
                + "AND (l.solve_index, l.draw) > (s.solve_index, s.draw)) LIMIT ?) "
                + "AND expires_at_ms <= ? "
                + "AND (reserved_until IS NULL OR reserved_until::timestamptz <= to_timestamp(?::double precision / 1000))",
                3, horizonMs, nowMs, horizonMs, nowMs);
        return new Forgotten(sessions, keys, nonces);
    }

    static final int FORGET_BATCH = 1_000;
    static final int FORGET_BATCHES = 100;

    /**
     * Runs a statement until it changes fewer rows than a batch; its parameters are {@code values} with the
     * batch size inserted at position {@code limitParameter} (1-based).
     */
    private long inBatches(String sql, int limitParameter, long... values) {
        long total = 0;
        for (int batch = 0; batch < FORGET_BATCHES; batch++) {
            int changed = run(c -> {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    int i = 1;
                    for (long v : values) {
                        if (i == limitParameter) {
                            p.setInt(i++, FORGET_BATCH);
                        }
                        p.setLong(i++, v);
                    }
                    if (i == limitParameter) {
                        p.setInt(i, FORGET_BATCH);
                    }
                    return p.executeUpdate();
                }
            });
            total += changed;
            if (changed < FORGET_BATCH) {
                break;
            }
        }
        return total;
    }

    /** Reservations never answered (their instance died), a retention period after they lapsed. */
    /** Reservations never answered, a retention period after they lapsed: oldest first, in bounded statements. */
    private long forgetLapsedKeyReservations(Instant horizon) {
        long horizonMs = horizon.toEpochMilli();
        return inBatches("DELETE FROM coord_idempotency_keys WHERE (miner, key) IN (SELECT miner, key "
                + "FROM coord_idempotency_keys WHERE body IS NULL AND reserved_until_ms <= ? "
                + "ORDER BY reserved_until_ms LIMIT ?) AND body IS NULL AND reserved_until_ms <= ?", 2, horizonMs, horizonMs);
    }

    @Override
    public void close() {
        pool.close();
    }

    private static Optional<SessionRecord> select(Connection c, String sessionId, boolean lock) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + SESSION_COLUMNS + " FROM coord_sessions WHERE session_id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            p.setString(1, sessionId);
            return one(p);
        }
    }

    private static Optional<SessionRecord> one(PreparedStatement p) throws SQLException {
        try (ResultSet rs = p.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new SessionRecord(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                    rs.getString(5), rs.getInt(6), rs.getString(7), Instant.parse(rs.getString(8)),
                    Instant.parse(rs.getString(9)), rs.getInt(10), rs.getBoolean(11), rs.getString(12), rs.getString(13)));
        }
    }
}
