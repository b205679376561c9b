package io.dacr.core.session;

import io.dacr.api.internal.Checks;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.session.internal.JsonlFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded attempt store: a JSON Lines file of {@link DocumentFormat#ATTEMPT_RECORD} documents, one per
 * line, each written whole and handed to the operating system before {@link #append} returns.
 * Appends from many threads are serialised by one writer lock, so lines never interleave.
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
    private final FileChannel channel;
    private final ReentrantLock writer = new ReentrantLock();
    private final boolean forceToDisk;

    private JsonlAttemptStore(Path file, FileChannel channel, boolean forceToDisk) {
        this.file = file;
        this.channel = channel;
        this.forceToDisk = forceToDisk;
    }

    /**
     * Opens (creating if absent) a store that hands each record to the operating system before
     * returning, without forcing it to the disk.
     *
     * @param file the JSON Lines file
     * @return the store; close it when done
     * @throws UncheckedIOException if the file cannot be opened or repaired
     */
    public static JsonlAttemptStore open(Path file) {
        return open(file, false);
    }

    /**
     * @param file the JSON Lines file
     * @param forceToDisk whether each append also waits for the record to reach the storage device
     *     (survives a power loss; much slower)
     * @return the store; close it when done
     * @throws UncheckedIOException if the file cannot be opened or repaired
     */
    public static JsonlAttemptStore open(Path file, boolean forceToDisk) {
        Checks.notNull(file, "file");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                long end = JsonlFile.endOfLastCompleteLine(channel);
                channel.truncate(end);
                channel.position(end);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return new JsonlAttemptStore(file, channel, forceToDisk);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open attempt store " + file, e);
        }
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
     * @param record the record, written as one line
     * @throws UncheckedIOException if writing fails or the store is closed
     * @throws IllegalArgumentException if a string of the record holds an unpaired surrogate
     */
    @Override
    public void append(AttemptRecord record) {
        Checks.notNull(record, "record");
        // Encode outside the lock: only the write itself needs to be exclusive.
        byte[] line = (DacrJson.writeString(DocumentFormat.ATTEMPT_RECORD, record) + "\n").getBytes(StandardCharsets.UTF_8);
        writer.lock();
        try {
            JsonlFile.writeFully(channel, line);
            if (forceToDisk) {
                channel.force(false);
            }
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
            channel.close();
        } finally {
            writer.unlock();
        }
    }
}
