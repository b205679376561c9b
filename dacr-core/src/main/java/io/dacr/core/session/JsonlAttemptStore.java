package io.dacr.core.session;

import io.dacr.api.FormatException;
import io.dacr.api.internal.Checks;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.session.internal.JsonlFile;
import io.dacr.core.storage.internal.DurableFiles;
import io.dacr.core.storage.internal.ProcessLocks;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded attempt store: a JSON Lines file of {@link DocumentFormat#ATTEMPT_RECORD} documents, one per
 * line, each written whole and handed to the operating system before {@link #append} returns.
 * Appends from many threads are serialised by one writer lock, so lines never interleave; the file
 * is locked against a second store (in this process or another) while this one is open. A failed
 * append leaves nothing behind, and an interrupted caller neither tears a line nor closes the store.
 *
 * <p>A reader never sees a torn record: a last line without its terminating newline (a record being
 * written, or one cut short by a crash) is ignored and reported in
 * {@link StoredAttempts#ignoredTailBytes()}. Opening a store whose file ends in such a fragment
 * truncates the fragment first, so the next record starts on a line of its own.
 *
 * <pre>{@code
 * try (JsonlAttemptStore store = JsonlAttemptStore.open(Path.of("attempts.jsonl"))) {
 *     AttemptSession session = AttemptSession.builder("s-1", challenge, key, store).build();
 *     ...
 * }
 * }</pre>
 */
public final class JsonlAttemptStore implements AttemptStore, Closeable {

    private final Path file;
    private final RandomAccessFile out;
    private final ReentrantLock writer = new ReentrantLock();
    private final boolean forceToDisk;
    /** Set when a failed append left bytes it could not remove: appending again would corrupt a line. */
    private boolean broken;

    /** This process's claim on the file, given up on {@link #close}. */
    private final ProcessLocks.Claim claim;

    private JsonlAttemptStore(Path file, RandomAccessFile out, ProcessLocks.Claim claim, boolean forceToDisk) {
        this.file = file;
        this.out = out;
        this.claim = claim;
        this.forceToDisk = forceToDisk;
    }

    /**
     * Opens (creating if absent) a store that hands each record to the operating system before
     * returning, without forcing it to the disk.
     *
     * @param file the JSON Lines file
     * @return the store; close it when done
     * @throws UncheckedIOException if the file cannot be opened or repaired, or another store (in this
     *     or another process) has it open
     */
    public static JsonlAttemptStore open(Path file) {
        return open(file, false);
    }

    /**
     * Opens (creating if absent) a store. The store holds an exclusive lock on the file until it is
     * closed, so two stores can never write one file over each other; reading with {@link #read} needs
     * no lock.
     *
     * @param file the JSON Lines file
     * @param forceToDisk whether each append also waits for the record to reach the storage device
     *     (survives a power loss; much slower)
     * @return the store; close it when done
     * @throws UncheckedIOException if the file cannot be opened or repaired, or another store (in this
     *     or another process) has it open
     */
    public static JsonlAttemptStore open(Path file, boolean forceToDisk) {
        return open(file, forceToDisk, f -> new RandomAccessFile(f, "rw"));
    }

    /** Opens the file through {@code opener}: tests pass one whose writes fail. */
    static JsonlAttemptStore open(Path file, boolean forceToDisk, Opener opener) {
        Checks.notNull(file, "file");
        ProcessLocks.Claim claim;
        RandomAccessFile out;
        try {
            // Refused before any channel is opened: closing one would release this process's lock on the file.
            claim = ProcessLocks.claim(file);
            if (claim == null) {
                throw new IOException("another attempt store in this process has the file open for writing; close it first");
            }
            try {
                out = opener.open(file.toFile());
            } catch (IOException e) {
                claim.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open attempt store " + file, e);
        }
        try {
            FileLock lock;
            try {
                lock = out.getChannel().tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IOException("another attempt store has the file open for writing; close it first");
            }
            // The lock is released when the file is closed.
            long end = JsonlFile.endOfLastCompleteLine(out);
            refuseOtherDocuments(file, out, end);
            out.setLength(end);
            out.seek(end);
            if (forceToDisk) {
                // Forced records survive a crash only if the file's name does too (also when an earlier open
                // created it and crashed before forcing the directory).
                DurableFiles.syncDirectory(file.toAbsolutePath().getParent());
            }
            return new JsonlAttemptStore(file, out, claim, forceToDisk);
        } catch (IOException e) {
            try {
                out.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            claim.close();
            throw new UncheckedIOException("cannot open attempt store " + file, e);
        } catch (RuntimeException e) {
            try {
                out.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            claim.close();
            throw e;
        }
    }

    /**
     * Refuses to append to a file whose first record is not an attempt record (a challenges or keys
     * file named by mistake): appending would spoil it, and opening would cut its unterminated tail.
     */
    private static void refuseOtherDocuments(Path file, RandomAccessFile out, long end) throws IOException {
        String first = JsonlFile.firstCompleteLine(out, end);
        if (first == null || first.isBlank()) {
            return;
        }
        try {
            DacrJson.read(DocumentFormat.ATTEMPT_RECORD, first);
        } catch (FormatException e) {
            throw new IOException(file + " does not hold attempt records (its first line is not one: " + e.getMessage()
                    + "); name a new file or an attempt store", e);
        }
    }

    /** How a store opens its file. */
    @FunctionalInterface
    interface Opener {
        RandomAccessFile open(File file) throws IOException;
    }

    /**
     * Reads a store's file without opening it for writing (for example while another process writes).
     *
     * @param file the JSON Lines file
     * @return the complete records and the length of an ignored unterminated tail
     * @throws UncheckedIOException if the file cannot be read
     * @throws io.dacr.api.FormatException if a complete line is not an attempt record document
     */
    public static StoredAttempts read(Path file) {
        Checks.notNull(file, "file");
        JsonlFile.Lines lines;
        try {
            lines = JsonlFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attempt store " + file, e);
        }
        List<AttemptRecord> records = new ArrayList<>(lines.complete().size());
        for (String line : lines.complete()) {
            if (!line.isBlank()) {
                records.add(DacrJson.read(DocumentFormat.ATTEMPT_RECORD, line));
            }
        }
        return new StoredAttempts(records, lines.ignoredTailBytes());
    }

    /** @return the file this store writes */
    public Path file() {
        return file;
    }

    /**
     * Appends a record as one line, or nothing: if the write fails, what was written of the line is cut
     * back, so the file keeps only whole records and later appends still work. The write cannot be
     * interrupted (an interrupted caller does not close the store for others).
     *
     * @param record the record, written as one line
     * @throws UncheckedIOException if writing fails, the store is closed, or an earlier failed write
     *     could not be undone (then reopen the store, which cuts the fragment off)
     * @throws IllegalArgumentException if a string of the record holds an unpaired surrogate
     */
    @Override
    public void append(AttemptRecord record) {
        Checks.notNull(record, "record");
        // Encode outside the lock: only the write itself needs to be exclusive.
        byte[] line = (DacrJson.writeString(DocumentFormat.ATTEMPT_RECORD, record) + "\n").getBytes(StandardCharsets.UTF_8);
        writer.lock();
        try {
            if (broken) {
                throw new IOException("an earlier write failed and left a partial line; reopen the store to repair it");
            }
            JsonlFile.appendWhole(out, line, forceToDisk);
        } catch (JsonlFile.UndoFailedException e) {
            broken = true;
            throw new UncheckedIOException("cannot append to attempt store " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to attempt store " + file, e);
        } finally {
            writer.unlock();
        }
    }

    /**
     * @return the records written so far
     * @throws UncheckedIOException if the file cannot be read
     */
    @Override
    public StoredAttempts readAll() {
        return read(file);
    }

    /**
     * Closes the file; later appends fail.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        writer.lock();
        try {
            out.close();
        } finally {
            claim.close();
            writer.unlock();
        }
    }
}
