package io.dacr.core.ledger.internal;

import io.dacr.api.LedgerException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Appends framed records to the journal with group commit: one writer thread takes every record queued
 * since its last write, writes them with one call, forces them to the disk with one fsync, and only
 * then completes their futures. Many concurrent appends thus share one fsync, and a future never
 * completes before its record (and every record queued before it) is durable.
 *
 * <p>An append without bytes is a barrier: it completes once everything queued before it is durable.
 * After a write or fsync fails, every pending and later append fails with
 * {@link LedgerException.Reason#STORAGE}: what reached the file is unknown, so the journal must be
 * reopened, which recovers it from the file.
 */
public final class GroupCommitLog implements AutoCloseable {

    private static final int MAX_BATCH_BYTES = 8 << 20;

    private static final class Entry {
        final byte[] frame;
        final CompletableFuture<Object> future = new CompletableFuture<>();
        final Object value;

        Entry(byte[] frame, Object value) {
            this.frame = frame;
            this.value = value;
        }
    }

    private final FileChannel channel;
    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private final ArrayDeque<Entry> pending = new ArrayDeque<>();
    private final ByteBuffer batch = ByteBuffer.allocateDirect(MAX_BATCH_BYTES + JournalCodec.MAX_PAYLOAD
            + JournalCodec.FRAME_HEADER);
    private final Thread writer;
    private long end;
    private volatile long durableEnd;
    private boolean closing;
    private LedgerException failure;

    /**
     * Starts the writer thread.
     *
     * @param channel the journal, open for writing
     * @param file its path, for messages and the thread's name
     * @param end where the next record goes
     */
    public GroupCommitLog(FileChannel channel, Path file, long end) {
        this.channel = channel;
        this.file = file;
        this.end = end;
        this.durableEnd = end;
        this.writer = new Thread(this::run, "dacr-journal-writer " + file.getFileName());
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Queues a record. Callers that need records in a given order queue them in that order (under
     * their own lock).
     *
     * @param frame the framed record, or null for a barrier
     * @param value what the future completes with
     * @param <T> the value's type
     * @return a future completed with {@code value} once the record is durable, or exceptionally with a
     *     {@link LedgerException} if it cannot be made durable
     */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> append(byte[] frame, T value) {
        Entry entry = new Entry(frame, value);
        lock.lock();
        try {
            if (failure != null) {
                return CompletableFuture.failedFuture(failure);
            }
            if (closing) {
                return CompletableFuture.failedFuture(new LedgerException(LedgerException.Reason.STORAGE,
                        "the ledger journal " + file + " is closed"));
            }
            pending.add(entry);
            queued.signal();
        } finally {
            lock.unlock();
        }
        return (CompletableFuture<T>) entry.future;
    }

    /** @return the end of the records known to be on the disk */
    public long durableEnd() {
        return durableEnd;
    }

    /** Writes what is queued, then stops the writer thread. Idempotent. */
    @Override
    public void close() {
        lock.lock();
        try {
            closing = true;
            queued.signal();
        } finally {
            lock.unlock();
        }
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Entry> taken = new ArrayList<>();
        while (true) {
            lock.lock();
            try {
                while (pending.isEmpty() && !closing) {
                    queued.awaitUninterruptibly();
                }
                if (pending.isEmpty()) {
                    return;
                }
                int bytes = 0;
                while (!pending.isEmpty() && (taken.isEmpty() || bytes + length(pending.peek()) <= MAX_BATCH_BYTES)) {
                    Entry e = pending.poll();
                    bytes += length(e);
                    taken.add(e);
                }
            } finally {
                lock.unlock();
            }
            try {
                writeAndForce(taken);
                for (Entry e : taken) {
                    e.future.complete(e.value);
                }
            } catch (IOException | RuntimeException e) {
                fail(taken, e);
                return;
            } finally {
                taken.clear();
            }
        }
    }

    private void writeAndForce(List<Entry> entries) throws IOException {
        batch.clear();
        for (Entry e : entries) {
            if (e.frame != null) {
                batch.put(e.frame);
            }
        }
        if (batch.position() == 0) {
            return;
        }
        batch.flip();
        long at = end;
        while (batch.hasRemaining()) {
            at += channel.write(batch, at);
        }
        channel.force(false);
        end = at;
        durableEnd = at;
    }

    private void fail(List<Entry> taken, Exception cause) {
        LedgerException failed = new LedgerException(LedgerException.Reason.STORAGE, "writing the ledger journal " + file
                + " failed (" + cause + "); records not acknowledged may or may not be in it: close the ledger and "
                + "open it again to recover", cause);
        List<Entry> rest = new ArrayList<>(taken);
        lock.lock();
        try {
            failure = failed;
            rest.addAll(pending);
            pending.clear();
        } finally {
            lock.unlock();
        }
        for (Entry e : rest) {
            e.future.completeExceptionally(failed);
        }
    }

    private static int length(Entry e) {
        return e.frame == null ? 0 : e.frame.length;
    }
}
