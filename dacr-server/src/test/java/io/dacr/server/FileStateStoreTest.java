package io.dacr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ConfigurationException;
import io.dacr.api.reward.Receipt;
import io.dacr.server.internal.Claim;
import io.dacr.server.internal.ErrorCode;
import io.dacr.server.internal.FileStateStore;
import io.dacr.server.internal.KeyReservation;
import io.dacr.server.internal.SessionRecord;
import io.dacr.server.internal.StoredResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStateStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final String MINER = "0x00000000000000000000000000000000000000aa";

    @TempDir
    Path dir;

    private static SessionRecord session(long solveIndex, int draw) {
        String id = "dacr1.g2.corporate-finance.0123456789abcdef.epoch-0." + (solveIndex * 10 + draw) + "."
                + String.format("%032x", solveIndex * 10 + draw);
        return new SessionRecord(SessionRecord.idOf(id), MINER, 0, solveIndex, Receipt.GENESIS_HASH, draw, id, T0,
                T0.plusSeconds(900), 0, false, null, null);
    }

    @Test
    void everyAcknowledgedChangeSurvivesAReopen() {
        SessionRecord s = session(0, 0);
        try (FileStateStore store = FileStateStore.open(dir)) {
            store.openSession(s);
            store.finishAttempt((Claim.Granted) store.claimAttempt(s.sessionId(), 3, T0, T0.plusSeconds(60)), false, null, null);
            store.reserveKey(MINER, "key-1", "h", T0, T0.plusSeconds(60));
            store.completeKey(MINER, "key-1", new StoredResponse(200, "{\"attempt\":1}"), T0);
            store.useNonce("n-1", T0.plusSeconds(300), T0);
        }

        try (FileStateStore store = FileStateStore.open(dir)) {
            assertEquals(1, store.latestSession(MINER).orElseThrow().attemptsUsed());
            KeyReservation replay = store.reserveKey(MINER, "key-1", "h", T0, T0.plusSeconds(60));
            assertEquals("{\"attempt\":1}", ((KeyReservation.Replay) replay).response().body());
            assertEquals(false, store.useNonce("n-1", T0.plusSeconds(300), T0));
        }
    }

    @Test
    void aLineCutShortByACrashIsDroppedAndTheLogGoesOn() throws IOException {
        try (FileStateStore store = FileStateStore.open(dir)) {
            store.openSession(session(0, 0));
        }
        Files.writeString(dir.resolve(FileStateStore.FILE_NAME), "{\"e\":\"nonce\",\"non", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        try (FileStateStore store = FileStateStore.open(dir)) {
            store.openSession(session(0, 1));
        }

        try (FileStateStore store = FileStateStore.open(dir)) {
            assertEquals(1, store.latestSession(MINER).orElseThrow().draw());
        }
    }

    @Test
    void aSecondStoreOnTheDirectoryIsRefusedBeforeItTouchesTheLog() throws IOException {
        try (FileStateStore first = FileStateStore.open(dir)) {
            first.openSession(session(0, 0));
            // A write of the first store in progress: a second store must not cut it, nor delete a compaction file.
            Files.writeString(dir.resolve(FileStateStore.FILE_NAME), "{\"e\":\"nonce\",\"non", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            Files.writeString(dir.resolve(FileStateStore.COMPACTION_FILE_NAME), "in progress", StandardCharsets.UTF_8);
            long length = Files.size(dir.resolve(FileStateStore.FILE_NAME));

            ConfigurationException e = assertThrows(ConfigurationException.class, () -> FileStateStore.open(dir));

            assertTrue(e.getMessage().contains("in use by another coordinator"), e.getMessage());
            assertEquals(length, Files.size(dir.resolve(FileStateStore.FILE_NAME)));
            assertTrue(Files.exists(dir.resolve(FileStateStore.COMPACTION_FILE_NAME)));
        }
        try (FileStateStore again = FileStateStore.open(dir)) {
            assertEquals(0, again.latestSession(MINER).orElseThrow().draw());
        }
    }

    /** Exit 0 if it could lock the file, 1 if not. */
    public static final class LockProbe {
        public static void main(String[] args) throws IOException {
            try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(Path.of(args[0]),
                    StandardOpenOption.WRITE)) {
                System.exit(c.tryLock() != null ? 0 : 1);
            }
        }
    }

    @Test
    void aSecondStoreRefusedInThisProcessLeavesTheFirstOnesLockInPlace() throws Exception {
        Path lockFile = dir.resolve(FileStateStore.LOCK_FILE_NAME);
        try (FileStateStore first = FileStateStore.open(dir)) {
            assertThrows(ConfigurationException.class, () -> FileStateStore.open(dir));

            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), LockProbe.class.getName(), lockFile.toString()).inheritIO().start();
            assertEquals(1, p.waitFor(), "another process could lock " + lockFile + " while the first store is open");
        }
    }

    @Test
    void aDamagedCompleteLineIsRefusedWithItsLineNumber() throws IOException {
        try (FileStateStore store = FileStateStore.open(dir)) {
            store.openSession(session(0, 0));
        }
        Files.writeString(dir.resolve(FileStateStore.FILE_NAME), "not json\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> FileStateStore.open(dir));

        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void aSessionOpenedTwiceAtTheSameDrawIsOneSession() {
        try (FileStateStore store = FileStateStore.open(dir)) {
            SessionRecord first = store.openSession(session(0, 0));
            SessionRecord other = new SessionRecord("ses-other", MINER, 0, 0, Receipt.GENESIS_HASH, 0, "x", T0,
                    T0.plusSeconds(900), 0, false, null, null);

            assertEquals(first, store.openSession(other));
        }
    }

    @Test
    void aReservedAttemptBlocksAnotherUntilItFinishesOrLapses() {
        try (FileStateStore store = FileStateStore.open(dir)) {
            SessionRecord s = store.openSession(session(0, 0));
            assertInstanceOf(Claim.Granted.class, store.claimAttempt(s.sessionId(), 3, T0, T0.plusSeconds(60)));

            Claim blocked = store.claimAttempt(s.sessionId(), 3, T0.plusSeconds(1), T0.plusSeconds(61));
            Claim lapsed = store.claimAttempt(s.sessionId(), 3, T0.plusSeconds(60), T0.plusSeconds(120));

            assertEquals(ErrorCode.ATTEMPT_IN_FLIGHT, ((Claim.Refused) blocked).code());
            assertEquals(1, ((Claim.Granted) lapsed).attemptNumber());
        }
    }

    @Test
    void replayReadsTheLogLineByLineAndRefusesALineLongerThanTheLimitWithItsNumber() throws IOException {
        try (FileStateStore store = FileStateStore.open(dir)) {
            store.openSession(session(0, 0));
        }
        // Replay holds one line at a time, at most the limit: this line is refused before it is read whole.
        Files.writeString(dir.resolve(FileStateStore.FILE_NAME), "{\"e\":\"nonce\",\"nonce\":\"" + "x".repeat(200_000)
                + "\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> FileStateStore.open(dir, new FileStateStore.Limits(4096, FileStateStore.Limits.DEFAULT.compactionMinBytes())));

        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("longer than 4096 bytes"), e.getMessage());
    }

    @Test
    void linesThatCrossReadBuffersReplayExactlyAndALongCutShortLastLineIsDropped() throws IOException {
        try (FileStateStore store = FileStateStore.open(dir)) {
            for (int i = 0; i < 1_500; i++) {
                store.useNonce("nonce-" + i + "-" + "y".repeat(i % 97), T0.plusSeconds(300), T0);
            }
        }
        Files.writeString(dir.resolve(FileStateStore.FILE_NAME), "{\"e\":\"nonce\",\"nonce\":\"" + "z".repeat(150_000),
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (FileStateStore store = FileStateStore.open(dir)) {
            for (int i = 0; i < 1_500; i++) {
                assertEquals(false, store.useNonce("nonce-" + i + "-" + "y".repeat(i % 97), T0.plusSeconds(300), T0), "nonce " + i);
            }
            assertTrue(store.useNonce("fresh", T0.plusSeconds(300), T0));
        }
        try (FileStateStore store = FileStateStore.open(dir)) {
            assertEquals(false, store.useNonce("fresh", T0.plusSeconds(300), T0));
        }
    }
}
