package io.dacr.core.session;

import io.dacr.core.verify.Fixtures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Attempt;
import io.dacr.api.FormatException;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.verify.DacrVerifier;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlAttemptStoreTest {

    @TempDir
    Path dir;

    private static AttemptRecord record(String sessionId, int number) {
        return new AttemptRecord(attempt(sessionId, number), List.of());
    }

    private static Attempt attempt(String sessionId, int number) {
        return new Attempt(sessionId, Fixtures.ID.toString(), number, "model-a", Fixtures.oracle(),
                DacrVerifier.builder().build().verify(Fixtures.CHALLENGE, Fixtures.KEY, Fixtures.oracle()),
                "PASS", MutableClock.START.plusSeconds(number), Duration.ofMillis(1500));
    }

    @Test
    void recordsAreReadBackEqualAndInOrder() throws IOException {
        Path file = dir.resolve("attempts.jsonl");
        List<AttemptRecord> written = List.of(record("s-1", 1), new AttemptRecord(attempt("s-1", 2), List.of("q5")),
                record("s-2", 1));
        try (JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            written.forEach(store::append);

            StoredAttempts read = store.readAll();

            assertEquals(written, read.records());
            assertFalse(read.hadTornTail());
        }
    }

    @Test
    void eachRecordIsOneNewlineTerminatedLine() throws IOException {
        Path file = dir.resolve("attempts.jsonl");
        try (JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            store.append(record("s-1", 1));
            store.append(record("s-1", 2));
        }

        String text = Files.readString(file, StandardCharsets.UTF_8);

        assertTrue(text.endsWith("\n"));
        assertEquals(2, text.lines().count());
    }

    @Test
    void anUnterminatedLastLineIsIgnoredAndReported() throws IOException {
        Path file = dir.resolve("attempts.jsonl");
        try (JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            store.append(record("s-1", 1));
        }
        Files.writeString(file, "{\"schemaVersion\":1,\"sessionId\":\"s-", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        StoredAttempts read = JsonlAttemptStore.read(file);

        assertEquals(List.of(attempt("s-1", 1)), read.attempts());
        assertEquals(34, read.ignoredTailBytes());
    }

    @Test
    void anUnterminatedCompleteLookingLastLineIsIgnoredToo() throws IOException {
        Path file = dir.resolve("attempts.jsonl");
        try (JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            store.append(record("s-1", 1));
        }
        String whole = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, whole + whole.strip(), StandardCharsets.UTF_8);

        StoredAttempts read = JsonlAttemptStore.read(file);

        assertEquals(1, read.attempts().size());
        assertTrue(read.hadTornTail());
    }

    @Test
    void reopeningAStoreWithATornTailDropsTheFragmentBeforeAppending() throws IOException {
        Path file = dir.resolve("attempts.jsonl");
        try (JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            store.append(record("s-1", 1));
        }
        Files.writeString(file, "{\"schemaVer", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            store.append(record("s-1", 2));
        }

        StoredAttempts read = JsonlAttemptStore.read(file);
        assertEquals(List.of(attempt("s-1", 1), attempt("s-1", 2)), read.attempts());
        assertFalse(read.hadTornTail());
    }

    @Test
    void anEmptyStoreHasNoRecords() throws IOException {
        try (JsonlAttemptStore store = JsonlAttemptStore.open(dir.resolve("new.jsonl"))) {
            assertEquals(new StoredAttempts(List.of(), 0), store.readAll());
        }
    }

    @Test
    void aCompleteLineThatIsNotAnAttemptIsAFormatError() throws IOException {
        Path file = dir.resolve("attempts.jsonl");
        Files.writeString(file, "{\"schemaVersion\":1}\n", StandardCharsets.UTF_8);

        assertThrows(FormatException.class, () -> JsonlAttemptStore.read(file));
    }

    @Test
    void appendingToAClosedStoreFails() throws IOException {
        JsonlAttemptStore store = JsonlAttemptStore.open(dir.resolve("attempts.jsonl"));
        store.close();

        assertThrows(UncheckedIOException.class, () -> store.append(record("s-1", 1)));
    }

    @Test
    void concurrentAppendsFromManyThreadsGiveWholeLines() throws Exception {
        int threads = 16;
        int perThread = 20;
        Path file = dir.resolve("attempts.jsonl");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String sessionId = "s-" + t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int n = 1; n <= perThread; n++) {
                        store.append(record(sessionId, n));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }

        List<Attempt> read = new ArrayList<>(JsonlAttemptStore.read(file).attempts());
        read.sort(Comparator.comparing(Attempt::sessionId).thenComparingInt(Attempt::number));
        List<Attempt> expected = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            for (int n = 1; n <= perThread; n++) {
                expected.add(attempt("s-" + t, n));
            }
        }
        expected.sort(Comparator.comparing(Attempt::sessionId).thenComparingInt(Attempt::number));
        assertEquals(expected, read);
    }

    /** A file whose {@code failAt}-th write writes half its bytes and fails, as a full disk does. */
    private static final class FailingFile extends RandomAccessFile {

        private final int failAt;
        private final boolean undoFails;
        private int writes;

        FailingFile(File file, int failAt, boolean undoFails) throws IOException {
            super(file, "rw");
            this.failAt = failAt;
            this.undoFails = undoFails;
        }

        @Override
        public void write(byte[] b) throws IOException {
            if (++writes == failAt) {
                super.write(b, 0, b.length / 2);
                throw new IOException("No space left on device");
            }
            super.write(b);
        }

        @Override
        public void setLength(long newLength) throws IOException {
            if (undoFails && writes >= failAt) {
                throw new IOException("Input/output error");
            }
            super.setLength(newLength);
        }
    }

    /** A store that appended record 1 of s-1 and then failed halfway through record 2. */
    private static JsonlAttemptStore storeWhoseSecondWriteFailed(Path file, boolean undoFails) {
        JsonlAttemptStore store = JsonlAttemptStore.open(file, false, f -> new FailingFile(f, 2, undoFails));
        store.append(record("s-1", 1));
        assertThrows(UncheckedIOException.class, () -> store.append(record("s-1", 2)));
        return store;
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNoFragmentForTheNextRecordToJoin() throws IOException {
        Path file = dir.resolve("attempts.jsonl");
        try (JsonlAttemptStore store = storeWhoseSecondWriteFailed(file, false)) {
            store.append(record("s-1", 3));
        }

        StoredAttempts read = JsonlAttemptStore.read(file);
        assertEquals(List.of(attempt("s-1", 1), attempt("s-1", 3)), read.attempts());
        assertFalse(read.hadTornTail());
    }

    @Test
    void aFailedWriteThatCannotBeUndoneStopsTheStoreUntilItIsReopened() throws IOException {
        Path file = dir.resolve("attempts.jsonl");
        try (JsonlAttemptStore store = storeWhoseSecondWriteFailed(file, true)) {
            UncheckedIOException later = assertThrows(UncheckedIOException.class, () -> store.append(record("s-1", 3)));
            assertTrue(later.getCause().getMessage().contains("reopen"), later.getCause().getMessage());
        }
        assertTrue(JsonlAttemptStore.read(file).hadTornTail());

        try (JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            store.append(record("s-1", 3));
        }
        StoredAttempts read = JsonlAttemptStore.read(file);
        assertEquals(List.of(attempt("s-1", 1), attempt("s-1", 3)), read.attempts());
        assertFalse(read.hadTornTail());
    }

    @Test
    void anInterruptedAppenderNeitherFailsNorClosesTheStoreForOthers() throws Exception {
        Path file = dir.resolve("attempts.jsonl");
        try (JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            Thread.currentThread().interrupt();
            try {
                store.append(record("s-1", 1));
            } finally {
                assertTrue(Thread.interrupted(), "the interrupt stays set for the caller to see");
            }
            CompletableFuture.runAsync(() -> store.append(record("s-2", 1))).get(30, TimeUnit.SECONDS);
        }

        assertEquals(List.of(attempt("s-1", 1), attempt("s-2", 1)), JsonlAttemptStore.read(file).attempts());
    }

    @Test
    void aSecondStoreOnTheSameFileIsRefusedUntilTheFirstIsClosed() throws IOException {
        Path file = dir.resolve("attempts.jsonl");
        try (JsonlAttemptStore first = JsonlAttemptStore.open(file)) {
            first.append(record("s-1", 1));

            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> JsonlAttemptStore.open(file));
            assertTrue(e.getCause().getMessage().contains("another attempt store"), e.getCause().getMessage());
            first.append(record("s-1", 2));
        }
        try (JsonlAttemptStore second = JsonlAttemptStore.open(file)) {
            second.append(record("s-2", 1));
        }

        assertEquals(List.of(attempt("s-1", 1), attempt("s-1", 2), attempt("s-2", 1)),
                JsonlAttemptStore.read(file).attempts());
    }

    @Test
    void aFileOfOtherDocumentsIsRefusedAndLeftAsItWas() throws IOException {
        Path file = dir.resolve("challenges.jsonl");
        byte[] before = "{\"schemaVersion\":1,\"id\":\"c-1\"}\n{\"schemaVersion\":1,\"id\":\"c-2\"".getBytes(StandardCharsets.UTF_8);
        Files.write(file, before);

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> JsonlAttemptStore.open(file));

        assertTrue(e.getCause().getMessage().contains("does not hold attempt records"), e.getCause().getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
