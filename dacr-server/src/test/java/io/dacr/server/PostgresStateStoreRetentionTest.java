package io.dacr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.reward.Receipt;
import io.dacr.server.internal.Claim;
import io.dacr.server.internal.Forgotten;
import io.dacr.server.internal.KeyReservation;
import io.dacr.server.internal.PostgresStateStore;
import io.dacr.server.internal.SessionRecord;
import io.dacr.server.internal.StoredResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the PostgreSQL state forgets ({@code forgetExpired}): the same rules as the file store, in bounded
 * statements, and rows written before the retention migration (a real server, started by the test).
 */
class PostgresStateStoreRetentionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final String A = "0x00000000000000000000000000000000000000aa";
    private static final String B = "0x00000000000000000000000000000000000000bb";
    private static final String HASH = "0x" + "ab".repeat(32);

    @RegisterExtension
    static final EmbeddedDatabase POSTGRES = new EmbeddedDatabase();

    /** A database of its own for each test. */
    private static DataSource freshDatabase() throws SQLException {
        return POSTGRES.fresh();
    }

    private static SessionRecord session(String miner, long solveIndex, int draw, Instant openedAt) {
        String id = "dacr1.g2.corporate-finance.0123456789abcdef.epoch-0." + miner.substring(38) + solveIndex + "x" + draw;
        return new SessionRecord(SessionRecord.idOf(id), miner, 0, solveIndex, Receipt.GENESIS_HASH, draw, id, openedAt,
                openedAt.plusSeconds(900), 0, false, null, null);
    }

    private static void answer(PostgresStateStore store, String miner, String key, String body, Instant at) {
        assertInstanceOf(KeyReservation.Reserved.class, store.reserveKey(miner, key, "h-" + key, at, at.plusSeconds(60)));
        store.completeKey(miner, key, new StoredResponse(200, body), at);
    }

    @Test
    void expiredNoncesKeysAndSupersededSessionsAreDeletedAndLiveOnesKept() throws SQLException {
        SessionRecord failedA = session(A, 0, 0, T0);
        SessionRecord latestA = session(A, 0, 1, T0.plusSeconds(1000));
        SessionRecord passedB = session(B, 0, 0, T0);
        SessionRecord latestB = session(B, 1, 0, T0.plusSeconds(1000));
        Instant now = failedA.expiresAt().plus(DAY);
        try (PostgresStateStore store = PostgresStateStore.open(freshDatabase(), 2)) {
            store.openSession(failedA);
            store.finishAttempt(assertInstanceOf(Claim.Granted.class, store.claimAttempt(failedA.sessionId(), 3, T0,
                    T0.plusSeconds(60))), false, null, null);
            store.openSession(latestA);
            store.openSession(passedB);
            store.finishAttempt(assertInstanceOf(Claim.Granted.class, store.claimAttempt(passedB.sessionId(), 3, T0,
                    T0.plusSeconds(60))), true, HASH, "{}");
            store.openSession(latestB);
            answer(store, A, "key-old", "{\"old\":1}", T0);
            answer(store, A, "key-new", "{\"new\":1}", now.minus(DAY).plusSeconds(1));
            store.reserveKey(A, "key-lapsed", "h", T0, T0.plusSeconds(60));
            store.reserveKey(A, "key-held", "h", now, now.plusSeconds(60));
            store.useNonce("nonce-old", T0.plusSeconds(300), T0);
            store.useNonce("nonce-live", now.plusSeconds(1), T0);

            // A day before: only the expired nonce goes.
            assertEquals(new Forgotten(0, 0, 1), store.forgetExpired(now.minus(DAY), DAY));
            assertEquals(new Forgotten(2, 2, 0), store.forgetExpired(now, DAY));

            assertEquals(Optional.empty(), store.session(failedA.sessionId()));
            assertEquals(Optional.empty(), store.session(passedB.sessionId()));
            assertEquals(latestA, store.latestSession(A).orElseThrow());
            assertEquals(latestB, store.latestSession(B).orElseThrow());
            assertInstanceOf(KeyReservation.Reserved.class, store.reserveKey(A, "key-old", "other", now, now.plusSeconds(60)));
            assertEquals(new KeyReservation.Replay(new StoredResponse(200, "{\"new\":1}")),
                    store.reserveKey(A, "key-new", "h-key-new", now, now.plusSeconds(60)));
            assertInstanceOf(KeyReservation.InFlight.class, store.reserveKey(A, "key-held", "h", now, now.plusSeconds(60)));
            assertFalse(store.useNonce("nonce-live", now.plusSeconds(1), now));
        }
    }

    @Test
    void manyExpiredRowsAreDeletedInBoundedStatementsInOneCall() throws SQLException {
        DataSource database = freshDatabase();
        try (PostgresStateStore store = PostgresStateStore.open(database, 2)) {
            try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO coord_nonces (nonce, expires_at_ms) SELECT 'n-' || i, " + T0.toEpochMilli()
                        + " FROM generate_series(1, 2500) AS i");
                s.execute("INSERT INTO coord_idempotency_keys (miner, key, request_hash, status, body, answered_at_ms) "
                        + "SELECT '" + A + "', 'k-' || i, 'h', 200, '{}', " + T0.toEpochMilli() + " FROM generate_series(1, 2500) AS i");
            }

            assertEquals(new Forgotten(0, 2500, 2500), store.forgetExpired(T0.plus(DAY), DAY));
            assertEquals(new Forgotten(0, 0, 0), store.forgetExpired(T0.plus(DAY), DAY));
        }
    }

    @Test
    void lapsedReservationsAreForgottenOldestFirstWhateverNumberOfYoungOnesIsThere() throws SQLException {
        DataSource database = freshDatabase();
        Instant now = T0.plus(DAY).plus(DAY);
        try (PostgresStateStore store = PostgresStateStore.open(database, 2)) {
            // Written first, so a scan in table order meets them first: 1,500 reservations too young to go.
            for (int i = 0; i < 1_500; i++) {
                store.reserveKey(A, "young-" + i, "h", now, now.plusSeconds(60));
            }
            for (int i = 0; i < 10; i++) {
                store.reserveKey(B, "lapsed-" + i, "h", T0, T0.plusSeconds(60));
            }

            assertEquals(new Forgotten(0, 10, 0), store.forgetExpired(now, DAY));
            assertInstanceOf(KeyReservation.Reserved.class, store.reserveKey(B, "lapsed-3", "other body", now, now.plusSeconds(60)));
            assertInstanceOf(KeyReservation.InFlight.class, store.reserveKey(A, "young-7", "h", now, now.plusSeconds(60)));
        }
    }

    @Test
    void aReservationWrittenBeforeTheNumericColumnGetsItsNumberFromItsText() throws SQLException, IOException {
        DataSource database = freshDatabase();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE coord_schema_version (version integer PRIMARY KEY, script text NOT NULL)");
            s.execute(resource("V1__coordinator_state.sql"));
            s.execute("INSERT INTO coord_schema_version VALUES (1, 'V1__coordinator_state.sql')");
            s.execute(resource("V2__retention.sql"));
            s.execute("INSERT INTO coord_schema_version VALUES (2, 'V2__retention.sql')");
            s.execute("INSERT INTO coord_idempotency_keys (miner, key, request_hash, reserved_until) VALUES ('" + A
                    + "', 'reserved-by-v2', 'h', '" + T0.plusSeconds(60) + "')");
        }
        try (PostgresStateStore store = PostgresStateStore.open(database, 2)) {
            assertEquals(new Forgotten(0, 0, 0), store.forgetExpired(T0.plusSeconds(60).plus(DAY).minusMillis(1), DAY));
            assertEquals(new Forgotten(0, 1, 0), store.forgetExpired(T0.plusSeconds(60).plus(DAY), DAY));
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PostgresStateStore.class.getResourceAsStream("migrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rowsWrittenBeforeTheRetentionMigrationAreForgottenByTheSameRules() throws SQLException, IOException {
        DataSource database = freshDatabase();
        // The schema and rows as the previous release left them: no answer times, expiries as text only.
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE coord_schema_version (version integer PRIMARY KEY, script text NOT NULL)");
            s.execute(resource("V1__coordinator_state.sql"));
            s.execute("INSERT INTO coord_schema_version VALUES (1, 'V1__coordinator_state.sql')");
            for (SessionRecord r : new SessionRecord[] {session(A, 0, 0, T0), session(A, 0, 1, T0.plusSeconds(1000))}) {
                s.execute("INSERT INTO coord_sessions (session_id, miner, epoch, solve_index, previous_receipt_hash, draw, "
                        + "challenge_id, opened_at, expires_at) VALUES ('" + r.sessionId() + "', '" + r.miner() + "', 0, "
                        + r.solveIndex() + ", '" + r.previousReceiptHash() + "', " + r.draw() + ", '" + r.challengeId()
                        + "', '" + r.openedAt() + "', '" + r.expiresAt() + "')");
            }
            s.execute("INSERT INTO coord_idempotency_keys (miner, key, request_hash, status, body) VALUES ('" + A
                    + "', 'legacy', 'h', 200, '{\"legacy\":1}')");
        }
        Instant firstSeen = T0.plus(Duration.ofDays(30));
        try (PostgresStateStore store = PostgresStateStore.open(database, 2)) {
            // The superseded session's expiry came over from its text; the key is timed from now.
            assertEquals(new Forgotten(1, 0, 0), store.forgetExpired(firstSeen, DAY));
            assertEquals(new Forgotten(0, 0, 0), store.forgetExpired(firstSeen.plus(DAY).minusMillis(1), DAY));
            assertEquals(new Forgotten(0, 1, 0), store.forgetExpired(firstSeen.plus(DAY), DAY));
            assertEquals(1, store.latestSession(A).orElseThrow().draw());
        }
    }
}
