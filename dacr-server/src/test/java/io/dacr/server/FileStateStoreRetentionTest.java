package io.dacr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.reward.Receipt;
import io.dacr.server.internal.Claim;
import io.dacr.server.internal.FileStateStore;
import io.dacr.server.internal.Forgotten;
import io.dacr.server.internal.KeyReservation;
import io.dacr.server.internal.SessionRecord;
import io.dacr.server.internal.StoredResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the single-instance state forgets ({@code forgetExpired}), and that compacting its log keeps exactly
 * the live state, also when a crash cuts a compaction short.
 */
class FileStateStoreRetentionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final String A = "0x00000000000000000000000000000000000000aa";
    private static final String B = "0x00000000000000000000000000000000000000bb";
    private static final String C = "0x00000000000000000000000000000000000000cc";
    private static final String HASH = "0x" + "ab".repeat(32);
    /** Compacts whenever the log has more than twice the live state's lines. */
    private static final FileStateStore.Limits EAGER = new FileStateStore.Limits(1 << 20, 0);
    /** Never compacts. */
    private static final FileStateStore.Limits NEVER = new FileStateStore.Limits(1 << 20, Long.MAX_VALUE);

    @TempDir
    Path dir;

    private static SessionRecord session(String miner, long solveIndex, int draw, Instant openedAt) {
        String id = "dacr1.g2.corporate-finance.0123456789abcdef.epoch-0." + miner.substring(38) + solveIndex + "x" + draw;
        return new SessionRecord(SessionRecord.idOf(id), miner, 0, solveIndex, Receipt.GENESIS_HASH, draw, id, openedAt,
                openedAt.plusSeconds(900), 0, false, null, null);
    }

    private static void answer(FileStateStore store, String miner, String key, String body, Instant at) {
        assertInstanceOf(KeyReservation.Reserved.class, store.reserveKey(miner, key, "h-" + key, at, at.plusSeconds(60)));
        store.completeKey(miner, key, new StoredResponse(200, body), at);
    }

    private static void fail(FileStateStore store, SessionRecord s, Instant at) {
        store.finishAttempt(assertInstanceOf(Claim.Granted.class, store.claimAttempt(s.sessionId(), 3, at, at.plusSeconds(60))),
                false, null, null);
    }

    private static void pass(FileStateStore store, SessionRecord s, Instant at) {
        store.finishAttempt(assertInstanceOf(Claim.Granted.class, store.claimAttempt(s.sessionId(), 3, at, at.plusSeconds(60))),
                true, HASH, "{\"receipt\":\"" + s.sessionId() + "\"}");
    }

    @Test
    void expiredNoncesKeysAndSupersededSessionsAreForgottenAndLiveOnesKeptAcrossARestart() {
        SessionRecord failedA = session(A, 0, 0, T0);
        SessionRecord latestA = session(A, 0, 1, T0.plusSeconds(1000));
        SessionRecord passedB = session(B, 0, 0, T0);
        SessionRecord latestB = session(B, 1, 0, T0.plusSeconds(1000));
        SessionRecord onlyC = session(C, 0, 0, T0);
        Instant now = failedA.expiresAt().plus(DAY);
        try (FileStateStore store = FileStateStore.open(dir, EAGER)) {
            store.openSession(failedA);
            fail(store, failedA, T0);
            store.openSession(latestA);
            store.openSession(passedB);
            pass(store, passedB, T0);
            store.openSession(latestB);
            store.openSession(onlyC);
            fail(store, onlyC, T0);
            answer(store, A, "key-old", "{\"old\":1}", T0);
            answer(store, A, "key-new", "{\"new\":1}", now.minus(DAY).plusSeconds(1));
            store.useNonce("nonce-old", T0.plusSeconds(300), T0);
            store.useNonce("nonce-live", now.plusSeconds(1), T0);
            for (int i = 0; i < 20; i++) {
                store.useNonce("nonce-dead-" + i, T0.plusSeconds(300), T0);
            }

            Forgotten forgotten = store.forgetExpired(now, DAY);

            assertEquals(new Forgotten(2, 1, 21), forgotten);
        }

        try (FileStateStore store = FileStateStore.open(dir, NEVER)) {
            // Superseded, passed or not: gone (a pass's receipt is in the ledger).
            assertEquals(Optional.empty(), store.session(failedA.sessionId()));
            assertEquals(Optional.empty(), store.session(passedB.sessionId()));
            // Latest sessions (the next challenge follows from them) stay, passed or not.
            assertEquals(latestA, store.session(latestA.sessionId()).orElseThrow());
            assertEquals(latestA, store.latestSession(A).orElseThrow());
            assertEquals(latestB, store.latestSession(B).orElseThrow());
            assertEquals(1, store.latestSession(C).orElseThrow().attemptsUsed());
            assertInstanceOf(KeyReservation.Reserved.class, store.reserveKey(A, "key-old", "other body", now, now.plusSeconds(60)));
            assertEquals(new KeyReservation.Replay(new StoredResponse(200, "{\"new\":1}")),
                    store.reserveKey(A, "key-new", "h-key-new", now, now.plusSeconds(60)));
            assertFalse(store.useNonce("nonce-live", now.plusSeconds(1), now));
            assertTrue(store.useNonce("nonce-dead-3", T0.plusSeconds(300), now));
        }
    }

    @Test
    void aKeyIsKeptUntilTheRetentionHasPassedSinceItsAnswerAndAReservationAsLongAfterItLapses() {
        try (FileStateStore store = FileStateStore.open(dir, EAGER)) {
            answer(store, A, "key-1", "{}", T0);
            store.reserveKey(A, "key-2", "h", T0, T0.plusSeconds(60));

            assertEquals(new Forgotten(0, 0, 0), store.forgetExpired(T0.plus(DAY).minusMillis(1), DAY));
            assertEquals(new Forgotten(0, 1, 0), store.forgetExpired(T0.plus(DAY), DAY));
            assertEquals(new Forgotten(0, 1, 0), store.forgetExpired(T0.plusSeconds(60).plus(DAY), DAY));
        }
    }

    @Test
    void aSessionWithAnAttemptReservedIsKeptEvenPastItsRetention() {
        SessionRecord old = session(A, 0, 0, T0);
        try (FileStateStore store = FileStateStore.open(dir, EAGER)) {
            store.openSession(old);
            Instant late = old.expiresAt().minusSeconds(1);
            Claim.Granted held = assertInstanceOf(Claim.Granted.class,
                    store.claimAttempt(old.sessionId(), 3, late, late.plus(DAY).plus(DAY)));
            store.openSession(session(A, 0, 1, T0.plusSeconds(1000)));

            assertEquals(0, store.forgetExpired(old.expiresAt().plus(DAY), DAY).sessions());
            store.finishAttempt(held, false, null, null);
            assertEquals(1, store.forgetExpired(old.expiresAt().plus(DAY), DAY).sessions());
            // An attempt of a session the log no longer holds is refused, not logged (replay would fail on it).
            Claim.Granted stale = new Claim.Granted(old, 2, late.plus(DAY).plus(DAY));
            assertThrows(IllegalStateException.class, () -> store.finishAttempt(stale, false, null, null));
        }
        try (FileStateStore store = FileStateStore.open(dir, EAGER)) {
            assertEquals(1, store.latestSession(A).orElseThrow().draw());
        }
    }

    @Test
    void aKeyAnsweredBeforeAnswersWereTimedIsKeptAWholeRetentionFromWhenItIsFirstSeen() throws IOException {
        // A line as the previous release wrote it: no "at".
        Files.writeString(dir.resolve(FileStateStore.FILE_NAME), "{\"e\":\"key\",\"miner\":\"" + A + "\",\"key\":\"legacy-1\","
                + "\"requestHash\":\"h\",\"status\":200,\"body\":\"{}\"}\n", StandardCharsets.UTF_8);
        Instant firstSeen = T0.plus(Duration.ofDays(30));
        try (FileStateStore store = FileStateStore.open(dir, NEVER)) {
            assertEquals(new Forgotten(0, 0, 0), store.forgetExpired(firstSeen, DAY));
        }
        // The time it was first seen is in the log now, though no compaction was due.
        try (FileStateStore store = FileStateStore.open(dir, NEVER)) {
            assertEquals(new Forgotten(0, 0, 0), store.forgetExpired(firstSeen.plus(DAY).minusMillis(1), DAY));
            assertEquals(new Forgotten(0, 1, 0), store.forgetExpired(firstSeen.plus(DAY), DAY));
        }
    }

    /** Everything a store answers about the sessions, keys and nonces an operation sequence touched. */
    private static List<Object> observe(FileStateStore store, List<String> sessionIds, List<String> keys,
                                        List<String> nonces, Instant now) {
        List<Object> seen = new ArrayList<>();
        for (String miner : List.of(A, B, C)) {
            seen.add(store.latestSession(miner));
        }
        for (String id : sessionIds) {
            seen.add(store.session(id));
        }
        for (String key : keys) {
            KeyReservation r = store.reserveKey(A, key, "h-" + key, now, now.plusSeconds(60));
            seen.add(r);
            if (r instanceof KeyReservation.Reserved) {
                store.releaseKey(A, key);
            }
        }
        for (String nonce : nonces) {
            seen.add(store.useNonce(nonce, now.plus(DAY), now));
        }
        return seen;
    }

    private static final Duration SHORTEST = Duration.ofHours(1);

    @Test
    void compactionKeepsExactlyTheLiveStateOverManyRandomOperations() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            Path compacted = dir.resolve("compacted-" + seed);
            Path plain = dir.resolve("plain-" + seed);
            Random random = new Random(seed);
            List<String> sessionIds = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            List<String> nonces = new ArrayList<>();
            Map<String, int[]> next = new LinkedHashMap<>(); // miner -> {solve index, draw}
            Instant now = T0;
            try (FileStateStore x = FileStateStore.open(compacted, EAGER); FileStateStore y = FileStateStore.open(plain, NEVER)) {
                for (int op = 0; op < 300; op++) {
                    now = now.plusSeconds(random.nextInt(3_000));
                    String miner = List.of(A, B, C).get(random.nextInt(3));
                    switch (random.nextInt(6)) {
                        case 0, 1 -> {
                            int[] at = next.computeIfAbsent(miner, m -> new int[2]);
                            SessionRecord s = session(miner, at[0], at[1], now);
                            assertEquals(x.openSession(s), y.openSession(s));
                            sessionIds.add(s.sessionId());
                            if (random.nextBoolean()) {
                                Claim cx = x.claimAttempt(s.sessionId(), 3, now, now.plusSeconds(60));
                                assertEquals(cx, y.claimAttempt(s.sessionId(), 3, now, now.plusSeconds(60)));
                                boolean passed = random.nextInt(3) == 0;
                                String receipt = passed ? "{\"r\":" + op + "}" : null;
                                x.finishAttempt((Claim.Granted) cx, passed, passed ? HASH : null, receipt);
                                y.finishAttempt((Claim.Granted) cx, passed, passed ? HASH : null, receipt);
                                at[0] += passed ? 1 : 0;
                                at[1] = passed ? 0 : at[1] + 1;
                            } else {
                                at[1]++;
                            }
                        }
                        case 2 -> {
                            String key = "key-" + op;
                            keys.add(key);
                            assertEquals(x.reserveKey(A, key, "h-" + key, now, now.plusSeconds(60)),
                                    y.reserveKey(A, key, "h-" + key, now, now.plusSeconds(60)));
                            x.completeKey(A, key, new StoredResponse(200, "{\"op\":" + op + "}"), now);
                            y.completeKey(A, key, new StoredResponse(200, "{\"op\":" + op + "}"), now);
                        }
                        case 3 -> {
                            String nonce = "nonce-" + op;
                            nonces.add(nonce);
                            Instant expiry = now.plusSeconds(random.nextInt(20_000));
                            assertEquals(x.useNonce(nonce, expiry, now), y.useNonce(nonce, expiry, now));
                        }
                        default -> {
                            Duration retention = SHORTEST.plusSeconds(random.nextInt(40_000));
                            assertEquals(x.forgetExpired(now, retention), y.forgetExpired(now, retention));
                        }
                    }
                }
                assertEquals(x.forgetExpired(now, DAY), y.forgetExpired(now, DAY));
            }
            assertTrue(Files.size(compacted.resolve(FileStateStore.FILE_NAME)) < Files.size(plain.resolve(FileStateStore.FILE_NAME)),
                    "seed " + seed + ": the log was compacted");
            // Reopened, the compacted log answers exactly as the log that kept everything (once that one has
            // forgotten the same entries again) and as the compacted store did before it closed.
            try (FileStateStore x = FileStateStore.open(compacted, NEVER); FileStateStore y = FileStateStore.open(plain, NEVER)) {
                // Entries forgotten since the last compaction come back with the log and are forgotten again; the
                // shortest retention used forgets at least everything any earlier call forgot.
                x.forgetExpired(now, SHORTEST);
                y.forgetExpired(now, SHORTEST);
                List<Object> expected = observe(y, sessionIds, keys, nonces, now);
                List<Object> actual = observe(x, sessionIds, keys, nonces, now);
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i), actual.get(i), "seed " + seed + ", answer " + i);
                }
            }
        }
    }

    private static final Instant LATER = T0.plus(DAY).plus(DAY).minusSeconds(1);

    /** Writes a store with dead and live entries; forgets them (and compacts, with eager limits) if asked. */
    private static void storeWithDeadEntries(Path directory, FileStateStore.Limits limits, boolean forget) {
        try (FileStateStore store = FileStateStore.open(directory, limits)) {
            SessionRecord failed = session(A, 0, 0, T0);
            store.openSession(failed);
            fail(store, failed, T0);
            SessionRecord passed = session(A, 0, 1, T0);
            store.openSession(passed);
            pass(store, passed, T0);
            store.openSession(session(A, 1, 0, T0));
            for (int i = 0; i < 50; i++) {
                store.useNonce("dead-" + i, T0.plusSeconds(1), T0);
            }
            answer(store, A, "key-live", "{\"live\":true}", T0.plus(DAY));
            store.useNonce("live", T0.plus(DAY).plus(DAY), T0);
            if (forget) {
                store.forgetExpired(LATER, DAY);
            }
        }
    }

    /** What a store answers once reopened and its expired entries forgotten. */
    private static List<Object> answers(Path directory) {
        try (FileStateStore store = FileStateStore.open(directory, NEVER)) {
            assertFalse(Files.exists(directory.resolve(FileStateStore.COMPACTION_FILE_NAME)), directory.toString());
            store.forgetExpired(LATER, DAY);
            return observe(store, List.of(session(A, 0, 0, T0).sessionId(), session(A, 0, 1, T0).sessionId()),
                    List.of("key-live"), List.of("dead-1", "live"), LATER);
        }
    }

    @Test
    void aCompactionCutShortBeforeItsRenameLeavesTheOldLogWhichIsComplete() throws IOException {
        Path reference = dir.resolve("reference");
        storeWithDeadEntries(reference, NEVER, false);
        List<Object> expected = answers(reference);
        Path old = dir.resolve("old");
        storeWithDeadEntries(old, NEVER, false);
        Path compacted = dir.resolve("compacted");
        storeWithDeadEntries(compacted, EAGER, true);
        assertTrue(Files.size(compacted.resolve(FileStateStore.FILE_NAME)) < Files.size(old.resolve(FileStateStore.FILE_NAME)));

        // The crash: the new log complete beside the old one, not renamed yet; or the new one written halfway.
        Path crashed = dir.resolve("crashed");
        Files.createDirectories(crashed);
        Files.copy(old.resolve(FileStateStore.FILE_NAME), crashed.resolve(FileStateStore.FILE_NAME));
        Files.copy(compacted.resolve(FileStateStore.FILE_NAME), crashed.resolve(FileStateStore.COMPACTION_FILE_NAME));
        Path halfway = dir.resolve("halfway");
        Files.createDirectories(halfway);
        Files.copy(old.resolve(FileStateStore.FILE_NAME), halfway.resolve(FileStateStore.FILE_NAME));
        Files.writeString(halfway.resolve(FileStateStore.COMPACTION_FILE_NAME), "{\"e\":\"session\",\"sessi",
                StandardCharsets.UTF_8);

        assertEquals(expected, answers(crashed));
        assertEquals(expected, answers(halfway));
        // After the rename (directory forced or not) the new log is the log: the same answers.
        assertEquals(expected, answers(compacted));
    }

    @Test
    void aCompactionThatCannotWriteItsFileLeavesTheLogAsItWasAndTheStoreGoesOn() throws IOException {
        Path inTheWay = dir.resolve(FileStateStore.COMPACTION_FILE_NAME).resolve("in-the-way");
        try (FileStateStore store = FileStateStore.open(dir, EAGER)) {
            // A directory where the compacted file would go: writing it fails.
            Files.createDirectories(inTheWay);
            for (int i = 0; i < 10; i++) {
                store.useNonce("dead-" + i, T0.plusSeconds(1), T0);
            }
            long before = Files.size(dir.resolve(FileStateStore.FILE_NAME));

            assertEquals(new Forgotten(0, 0, 10), store.forgetExpired(T0.plusSeconds(2), DAY));

            assertEquals(before, Files.size(dir.resolve(FileStateStore.FILE_NAME)));
            assertTrue(store.useNonce("after", T0.plus(DAY), T0.plusSeconds(2)));
        }
        Files.delete(inTheWay);
        try (FileStateStore store = FileStateStore.open(dir, NEVER)) {
            assertFalse(store.useNonce("after", T0.plus(DAY), T0.plusSeconds(2)));
        }
    }

    @Test
    void aLogOfManyDeadEntriesIsReplayedWithOneLineBufferedAndCompactedToItsLiveState() throws IOException {
        // Written directly (no fsync per line): 200,000 used nonces long expired, then one live.
        Path log = dir.resolve(FileStateStore.FILE_NAME);
        try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            for (int i = 0; i < 200_000; i++) {
                out.write("{\"e\":\"nonce\",\"nonce\":\"dead-" + i + "\",\"expiresAt\":\"2026-03-01T12:05:00Z\"}\n");
            }
            out.write("{\"e\":\"nonce\",\"nonce\":\"live\",\"expiresAt\":\"2026-03-09T12:05:00Z\"}\n");
        }
        long before = Files.size(log);
        // Lines of at most 128 bytes: replay never holds more than one such line of the file.
        FileStateStore.Limits small = new FileStateStore.Limits(128, FileStateStore.Limits.DEFAULT.compactionMinBytes());
        try (FileStateStore store = FileStateStore.open(dir, small)) {
            assertEquals(new Forgotten(0, 0, 200_000), store.forgetExpired(T0.plus(DAY), DAY));
        }

        assertTrue(before > 10_000_000 && Files.size(log) < 100, before + " -> " + Files.size(log));
        try (FileStateStore store = FileStateStore.open(dir, small)) {
            assertFalse(store.useNonce("live", Instant.parse("2026-03-09T12:05:00Z"), T0.plus(DAY)));
        }
    }

    @Test
    void aLongLogWithLittleLiveStateIsCompactedByTheFirstForgetNotByOpening() throws IOException {
        Path log = dir.resolve(FileStateStore.FILE_NAME);
        try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            // One key answered again and again (a released and retried key): one live line.
            for (int i = 0; i < 30_000; i++) {
                out.write("{\"e\":\"key\",\"miner\":\"" + A + "\",\"key\":\"k\",\"requestHash\":\"h\",\"status\":200,"
                        + "\"body\":\"{\\\"n\\\":" + i + "}\",\"at\":\"2026-03-01T12:00:00Z\"}\n");
            }
        }
        long before = Files.size(log);
        try (FileStateStore store = FileStateStore.open(dir)) {
            // Opening alone rewrites nothing: another process may still be appending to this log.
            assertEquals(before, Files.size(log));

            assertEquals(new Forgotten(0, 0, 0), store.forgetExpired(T0, DAY));

            assertEquals(1, Files.readAllLines(log).size());
            assertEquals(new KeyReservation.Replay(new StoredResponse(200, "{\"n\":29999}")),
                    store.reserveKey(A, "k", "h", T0, T0.plusSeconds(60)));
        }
    }

    @Test
    void anEarlierReleasesLogOfManyUsedNoncesIsReplayedHoldingOnlyTheFewNotYetExpired() throws IOException {
        // As an earlier release wrote it: every nonce ever used, with the sessions opened meanwhile.
        Path log = dir.resolve(FileStateStore.FILE_NAME);
        int count = 200_000;
        try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            for (int i = 0; i < count; i++) {
                if (i % 1_000 == 0) {
                    SessionRecord s = session(A, 0, i / 1_000, T0.plusSeconds(i));
                    out.write("{\"e\":\"session\",\"sessionId\":\"" + s.sessionId() + "\",\"miner\":\"" + A + "\",\"epoch\":0,"
                            + "\"solveIndex\":0,\"previousReceiptHash\":\"" + Receipt.GENESIS_HASH + "\",\"draw\":" + s.draw()
                            + ",\"challengeId\":\"" + s.challengeId() + "\",\"openedAt\":\"" + s.openedAt()
                            + "\",\"expiresAt\":\"" + s.expiresAt() + "\"}\n");
                }
                out.write("{\"e\":\"nonce\",\"nonce\":\"n-" + i + "\",\"expiresAt\":\"" + T0.plusSeconds(i + 300) + "\"}\n");
            }
        }

        try (FileStateStore store = FileStateStore.open(dir)) {
            // One nonce a second, each valid for five minutes: a few hundred live at any point of the log.
            assertTrue(store.replayPeakEntries() < 12_000, "held at most " + store.replayPeakEntries());
            Instant end = T0.plusSeconds(count - 1);
            assertFalse(store.useNonce("n-" + (count - 1), end.plusSeconds(300), end));
            assertFalse(store.useNonce("n-" + (count - 250), end.plusSeconds(50), end));
        }
    }
}
