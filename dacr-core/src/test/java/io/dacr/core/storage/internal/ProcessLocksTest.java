package io.dacr.core.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.api.LedgerException;
import io.dacr.core.ledger.JournalEpochLedger;
import io.dacr.core.session.JsonlAttemptStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file lock belongs to the process: a second store in the same JVM that opened (and, refused, closed)
 * its own channel on a locked file released the first store's lock, letting another process in.
 */
class ProcessLocksTest {

    @TempDir
    Path dir;

    /** Exit 0 if it could lock the file, 1 if not. */
    public static final class Probe {
        public static void main(String[] args) throws IOException {
            try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
                System.exit(c.tryLock() != null ? 0 : 1);
            }
        }
    }

    private static int anotherProcessLocks(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Probe.class.getName(), file.toString()).inheritIO().start();
        return p.waitFor();
    }

    @Test
    void aRefusedSecondLedgerLeavesTheFirstOnesLockInPlace() throws Exception {
        try (JournalEpochLedger first = JournalEpochLedger.open(dir, r -> "0x" + "00".repeat(32))) {
            assertThrows(LedgerException.class, () -> JournalEpochLedger.open(dir, r -> "0x" + "00".repeat(32)));

            assertEquals(1, anotherProcessLocks(first.file()));
        }
        assertEquals(0, anotherProcessLocks(dir.resolve(JournalEpochLedger.FILE_NAME)));
    }

    @Test
    void aRefusedSecondAttemptStoreLeavesTheFirstOnesLockInPlace() throws Exception {
        Path file = dir.resolve("attempts.jsonl");
        try (JsonlAttemptStore first = JsonlAttemptStore.open(file)) {
            assertThrows(UncheckedIOException.class, () -> JsonlAttemptStore.open(file));

            assertEquals(1, anotherProcessLocks(file));
        }
        try (JsonlAttemptStore again = JsonlAttemptStore.open(file)) {
            assertNotNull(again);
        }
    }

    @Test
    void aFileIsClaimedOnceWhateverThePathAndFreeAgainWhenReleased() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);

        ProcessLocks.Claim claim = ProcessLocks.claim(real.resolve("f"));
        assertNotNull(claim);
        assertNull(ProcessLocks.claim(link.resolve("f")));
        assertNull(ProcessLocks.claim(real.resolve(".").resolve("f")));
        claim.close();
        claim.close();
        try (ProcessLocks.Claim again = ProcessLocks.claim(link.resolve("f"))) {
            assertNotNull(again);
        }
    }
}
