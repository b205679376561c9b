package io.dacr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.reward.Receipt;
import io.dacr.server.internal.Claim;
import io.dacr.server.internal.FileStateStore;
import io.dacr.server.internal.PostgresStateStore;
import io.dacr.server.internal.SessionRecord;
import io.dacr.server.internal.StateStore;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attempt whose reservation lapsed while it was graded (its instance stalled past the reservation
 * timeout) lets a second request claim the same number. Only the current holder of the reservation
 * records: a late failure must not overwrite a pass (the ledger holds its receipt, and the miner's next
 * challenge chains on it), and a lapsed holder that finishes first must neither be counted nor free the
 * current holder's reservation.
 */
class LateAttemptFinishTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final String MINER = "0x00000000000000000000000000000000000000aa";
    private static final String HASH = "0x" + "ab".repeat(32);
    @RegisterExtension
    static final EmbeddedDatabase POSTGRES = new EmbeddedDatabase();

    @TempDir
    Path dir;

    private static PostgresStateStore postgresStore() throws SQLException {
        return PostgresStateStore.open(POSTGRES.fresh(), 2);
    }

    private static SessionRecord session() {
        String id = "dacr1.g2.corporate-finance.0123456789abcdef.epoch-0.7.late";
        return new SessionRecord(SessionRecord.idOf(id), MINER, 0, 0, Receipt.GENESIS_HASH, 0, id, T0,
                T0.plusSeconds(900), 0, false, null, null);
    }

    /** Two requests granted attempt 1: the first's reservation of 60 s lapsed before the second claimed. */
    private static Claim.Granted[] twoClaimsOfOneNumber(StateStore store) {
        SessionRecord s = session();
        store.openSession(s);
        Claim first = store.claimAttempt(s.sessionId(), 3, T0, T0.plusSeconds(60));
        Claim second = store.claimAttempt(s.sessionId(), 3, T0.plusSeconds(61), T0.plusSeconds(121));
        assertEquals(1, assertInstanceOf(Claim.Granted.class, first).attemptNumber());
        assertEquals(1, assertInstanceOf(Claim.Granted.class, second).attemptNumber());
        return new Claim.Granted[] {(Claim.Granted) first, (Claim.Granted) second};
    }

    private static void aLateFailureDoesNotUndoAPass(StateStore store) {
        Claim.Granted[] claims = twoClaimsOfOneNumber(store);
        String id = claims[0].session().sessionId();

        assertTrue(store.finishAttempt(claims[1], true, HASH, "{}"));
        assertFalse(store.finishAttempt(claims[0], false, null, null));

        SessionRecord after = store.session(id).orElseThrow();
        assertTrue(after.passed());
        assertEquals(HASH, after.receiptHash());
        assertEquals(1, after.attemptsUsed());
    }

    private static void theLapsedHolderLosesEvenWhenItFinishesFirst(StateStore store) {
        Claim.Granted[] claims = twoClaimsOfOneNumber(store);
        String id = claims[0].session().sessionId();

        assertFalse(store.finishAttempt(claims[0], true, HASH, "{}"));
        store.releaseAttempt(claims[0]);
        // The current holder's reservation still stands: nobody else can claim the session meanwhile.
        assertInstanceOf(Claim.Refused.class, store.claimAttempt(id, 3, T0.plusSeconds(70), T0.plusSeconds(130)));
        assertTrue(store.finishAttempt(claims[1], false, null, null));

        SessionRecord after = store.session(id).orElseThrow();
        assertFalse(after.passed());
        assertEquals(1, after.attemptsUsed());
        Claim next = store.claimAttempt(id, 3, T0.plusSeconds(130), T0.plusSeconds(190));
        assertEquals(2, assertInstanceOf(Claim.Granted.class, next).attemptNumber());
    }

    @Test
    void directoryStoreALateFailureDoesNotUndoAPass() {
        try (FileStateStore store = FileStateStore.open(dir)) {
            aLateFailureDoesNotUndoAPass(store);
        }
        try (FileStateStore reopened = FileStateStore.open(dir)) {
            assertTrue(reopened.session(session().sessionId()).orElseThrow().passed());
        }
    }

    @Test
    void directoryStoreTheLapsedHolderLosesEvenWhenItFinishesFirst() {
        try (FileStateStore store = FileStateStore.open(dir)) {
            theLapsedHolderLosesEvenWhenItFinishesFirst(store);
        }
    }

    @Test
    void postgresALateFailureDoesNotUndoAPass() throws SQLException {
        try (PostgresStateStore store = postgresStore()) {
            aLateFailureDoesNotUndoAPass(store);
        }
    }

    @Test
    void postgresTheLapsedHolderLosesEvenWhenItFinishesFirst() throws SQLException {
        try (PostgresStateStore store = postgresStore()) {
            theLapsedHolderLosesEvenWhenItFinishesFirst(store);
        }
    }
}
