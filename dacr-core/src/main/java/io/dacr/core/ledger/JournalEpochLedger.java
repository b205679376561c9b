package io.dacr.core.ledger;

import io.dacr.api.LedgerException;
import io.dacr.api.LedgerException.Reason;
import io.dacr.api.Secret;
import io.dacr.api.internal.Checks;
import io.dacr.api.reward.CreditOutcome;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.EpochLedger;
import io.dacr.api.reward.Receipt;
import io.dacr.api.reward.ReceiptHasher;
import io.dacr.core.ledger.internal.Bytes32;
import io.dacr.core.ledger.internal.ChallengeKeys;
import io.dacr.core.ledger.internal.GroupCommitLog;
import io.dacr.core.ledger.internal.JournalCodec;
import io.dacr.core.ledger.internal.JournalFile;
import io.dacr.core.ledger.internal.JournalRecord;
import io.dacr.core.ledger.internal.LedgerState;
import io.dacr.core.storage.internal.DurableFiles;
import io.dacr.core.storage.internal.ProcessLocks;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * The embedded ledger: an append-only journal file ({@value #FILE_NAME} in its directory) of
 * length-prefixed, CRC32C-checked records, with the whole state also held in memory.
 *
 * <p><b>Durability.</b> Every change is checked against the in-memory state, applied to it and queued
 * under one lock; a single writer thread writes everything queued with one write and one fsync (group
 * commit: concurrent callers share the fsync), then completes their calls. A call returns, or its
 * {@link #creditAsync future} completes, only once its record and every record before it are on the
 * disk. Reads also wait until what they report is on the disk, so nothing a caller saw can be lost by
 * a crash.
 *
 * <p><b>Recovery.</b> {@link #open} replays the journal. A torn tail (a batch a crash cut short, never
 * acknowledged) is truncated and reported in {@link #recovery()}; damage followed by intact records is
 * refused with {@link Reason#CORRUPTED}, naming the file and offset, and nothing is changed. If a
 * write or fsync fails, the ledger refuses every later call with {@link Reason#STORAGE} until it is
 * reopened.
 *
 * <p>One process at a time: the file is locked while open. Safe for concurrent use by many threads.
 *
 * <pre>{@code
 * try (JournalEpochLedger ledger = JournalEpochLedger.open(dir, hasher)) {
 *     ledger.open(7, Epoch.commitmentOf(secret));
 *     ledger.credit(receipt);
 * }
 * }</pre>
 */
public final class JournalEpochLedger implements EpochLedger {

    /** The journal's file name inside the ledger directory. */
    public static final String FILE_NAME = "ledger.journal";

    private final Path file;
    private final ReceiptHasher hasher;
    private final FileChannel channel;
    private final FileLock fileLock;
    private final GroupCommitLog log;
    private final RecoveryReport recovery;
    private final ReentrantLock lock = new ReentrantLock();
    private final LedgerState state;
    private boolean closed;

    /** This process's claim on the journal, given up on {@link #close}. */
    private final ProcessLocks.Claim claim;

    private JournalEpochLedger(Path file, ReceiptHasher hasher, FileChannel channel, FileLock fileLock,
                               ProcessLocks.Claim claim, LedgerState state, JournalFile.Recovered recovered) {
        this.file = file;
        this.hasher = hasher;
        this.channel = channel;
        this.fileLock = fileLock;
        this.claim = claim;
        this.state = state;
        this.recovery = new RecoveryReport(recovered.records(), recovered.truncatedBytes());
        this.log = new GroupCommitLog(channel, file, recovered.end());
    }

    /**
     * Opens (creating if absent) the ledger in a directory and recovers it from its journal.
     *
     * @param directory the ledger's directory, created if absent
     * @param hasher computes receipt hashes: the EIP-712 struct hash in production
     * @return the ledger; close it when done
     * @throws LedgerException {@link Reason#STORAGE} if the journal cannot be opened or another process
     *     has it open; {@link Reason#CORRUPTED} if it is damaged before its end
     */
    public static JournalEpochLedger open(Path directory, ReceiptHasher hasher) {
        Checks.notNull(directory, "directory");
        Checks.notNull(hasher, "hasher");
        Path file = directory.resolve(FILE_NAME);
        ProcessLocks.Claim claim;
        FileChannel channel;
        try {
            DurableFiles.createDirectories(directory);
            // Refused before any channel is opened: closing one would release this process's lock on the file.
            claim = ProcessLocks.claim(file);
            if (claim == null) {
                throw new LedgerException(Reason.STORAGE, "the ledger journal " + file + " is open elsewhere "
                        + "(another ledger in this process); one ledger at a time may use it");
            }
            try {
                // A new journal's name is forced to the device too: its first acknowledged credit must survive a crash.
                channel = DurableFiles.openDurably(file);
            } catch (IOException e) {
                claim.close();
                throw e;
            }
        } catch (IOException e) {
            throw new LedgerException(Reason.STORAGE, "cannot open the ledger journal " + file + ": " + e, e);
        }
        try {
            FileLock fileLock;
            try {
                fileLock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                fileLock = null;
            }
            if (fileLock == null) {
                throw new LedgerException(Reason.STORAGE, "the ledger journal " + file + " is open elsewhere "
                        + "(another process or another ledger in this one); one ledger at a time may use it");
            }
            LedgerState state = new LedgerState();
            JournalFile.Recovered recovered = JournalFile.recover(channel, file, (offset, payload) -> {
                try {
                    state.apply(JournalCodec.decode(payload, false), offset, null);
                } catch (LedgerException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            });
            return new JournalEpochLedger(file, hasher, channel, fileLock, claim, state, recovered);
        } catch (IOException e) {
            closeQuietly(channel);
            claim.close();
            throw new LedgerException(Reason.STORAGE, "cannot read the ledger journal " + file + ": " + e, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            claim.close();
            throw e;
        }
    }

    /** @return the journal file */
    public Path file() {
        return file;
    }

    /** @return what opening the journal replayed and repaired */
    public RecoveryReport recovery() {
        return recovery;
    }

    @Override
    public Epoch open(long epoch, String secretCommitment) {
        Checks.nonNegative(epoch, "epoch");
        Checks.bytes32(secretCommitment, "secretCommitment");
        Bytes32 commitment = Bytes32.ofHex(secretCommitment);
        return write(() -> {
            state.checkOpen(epoch);
            JournalRecord record = new JournalRecord.Opened(epoch, commitment);
            state.apply(record, -1, null);
            return log.append(JournalCodec.opened(epoch, commitment), state.epoch(epoch).orElseThrow());
        });
    }

    @Override
    public Optional<Epoch> epoch(long epoch) {
        return read(() -> state.epoch(epoch));
    }

    /**
     * Credits a receipt; returns once the credit is on the disk. Equivalent to
     * {@code creditAsync(receipt).join()} with the {@link LedgerException} unwrapped.
     *
     * @param receipt the receipt, which must continue its miner's chain
     * @return what was done
     * @throws LedgerException if the epoch is unknown or not open, the receipt breaks its miner's chain,
     *     or the journal cannot be written
     * @throws IllegalArgumentException if the hasher returns no bytes32 or the challenge id cannot be stored
     */
    @Override
    public CreditOutcome credit(Receipt receipt) {
        return join(creditAsync(receipt));
    }

    /**
     * Credits a receipt without waiting for the disk: the check happens now, against everything queued
     * before, and the future completes once the credit is durable. A caller with many receipts keeps
     * several in flight, so that one fsync covers them all.
     *
     * @param receipt the receipt, which must continue its miner's chain (including receipts still in flight)
     * @return the outcome once durable; a refusal or storage failure completes it with a {@link LedgerException}
     *     (and a hasher or challenge id that cannot be used with an {@link IllegalArgumentException})
     */
    public CompletableFuture<CreditOutcome> creditAsync(Receipt receipt) {
        try {
            Checks.notNull(receipt, "receipt");
            Bytes32 hash = Bytes32.ofHex(hasher.hash(receipt));
            byte[] challengeId = JournalCodec.challengeIdBytes(receipt.challengeId());
            Bytes32 challengeKey = ChallengeKeys.of(receipt.epoch(), receipt.miner(), challengeId);
            byte[] frame = JournalCodec.credited(receipt, hash, challengeKey, challengeId);
            lock.lock();
            try {
                requireOpen();
                CreditOutcome outcome = state.checkCredit(receipt, hash, challengeKey);
                if (outcome != CreditOutcome.CREDITED) {
                    // Wait for the credit that made this a duplicate to be durable too.
                    return log.append(null, outcome);
                }
                state.apply(new JournalRecord.Credited(receipt.epoch(), receipt.miner(), receipt.solveIndex(), hash,
                        challengeKey, receipt.credits(), receipt), -1, receipt);
                return log.append(frame, CreditOutcome.CREDITED);
            } finally {
                lock.unlock();
            }
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public BigInteger credits(long epoch, String miner) {
        Checks.address(miner, "miner");
        return read(() -> state.credits(epoch, miner));
    }

    @Override
    public BigInteger totalCredits(long epoch) {
        return read(() -> state.totalCredits(epoch));
    }

    @Override
    public SortedMap<String, BigInteger> creditsByMiner(long epoch) {
        return read(() -> state.creditsByMiner(epoch));
    }

    @Override
    public List<Receipt> receipts(long epoch) {
        read(() -> Boolean.TRUE);
        long end = log.durableEnd();
        List<Receipt> found = new ArrayList<>();
        try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ);
             DataInputStream in = new DataInputStream(new BufferedInputStream(
                     Channels.newInputStream(reader.position(JournalCodec.HEADER.length)), 1 << 16))) {
            CRC32C crc = new CRC32C();
            long at = JournalCodec.HEADER.length;
            while (at < end) {
                int length = in.readInt();
                int checksum = in.readInt();
                byte[] payload = new byte[length];
                in.readFully(payload);
                crc.reset();
                crc.update(payload);
                if ((int) crc.getValue() != checksum) {
                    throw new LedgerException(Reason.CORRUPTED, "the ledger journal " + file + " is damaged at offset " + at
                            + ": a record fails its CRC32C checksum");
                }
                if (JournalCodec.decode(ByteBuffer.wrap(payload), true) instanceof JournalRecord.Credited c
                        && c.epoch() == epoch) {
                    found.add(c.receipt());
                }
                at += JournalCodec.FRAME_HEADER + length;
            }
        } catch (EOFException e) {
            throw new LedgerException(Reason.CORRUPTED, "the ledger journal " + file + " ends inside a record", e);
        } catch (IOException e) {
            throw new LedgerException(Reason.STORAGE, "cannot read the ledger journal " + file + ": " + e, e);
        }
        return List.copyOf(found);
    }

    @Override
    public Optional<Receipt> lastReceipt(String miner) {
        Checks.address(miner, "miner");
        Map.Entry<Optional<Receipt>, Long> head = read(() -> Map.entry(state.headReceipt(miner), state.headOffset(miner)));
        if (head.getKey().isPresent() || head.getValue() < 0) {
            return head.getKey();
        }
        return Optional.of(readReceiptAt(head.getValue()));
    }

    @Override
    public Distribution closeEpoch(long epoch, BigInteger pool, DistributionMode mode) {
        Checks.notNull(pool, "pool");
        Checks.requireArgument(pool.signum() >= 0, "pool must not be negative, was %s", pool);
        Checks.notNull(mode, "mode");
        return write(() -> {
            boolean first = state.checkClose(epoch, pool, mode);
            byte[] frame = null;
            if (first) {
                frame = JournalCodec.closed(epoch, mode, pool);
                state.apply(new JournalRecord.Closed(epoch, mode, pool), -1, null);
            }
            return log.append(frame, Distributions.split(epoch, pool, mode, state.creditsByMiner(epoch)));
        });
    }

    @Override
    public Epoch reveal(long epoch, Secret secret) {
        Checks.notNull(secret, "secret");
        byte[] bytes = secret.bytes();
        String hex = "0x" + HexFormat.of().formatHex(bytes);
        return write(() -> {
            byte[] frame = null;
            if (state.checkReveal(epoch, hex)) {
                frame = JournalCodec.revealed(epoch, bytes);
                state.apply(new JournalRecord.Revealed(epoch, hex), -1, null);
            }
            return log.append(frame, state.epoch(epoch).orElseThrow());
        });
    }

    @Override
    public Epoch finalizeEpoch(long epoch) {
        return write(() -> {
            byte[] frame = null;
            if (state.checkFinalize(epoch)) {
                frame = JournalCodec.finalized(epoch);
                state.apply(new JournalRecord.Finalized(epoch), -1, null);
            }
            return log.append(frame, state.epoch(epoch).orElseThrow());
        });
    }

    /** Writes what is queued, stops the writer and releases the file. Idempotent. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            lock.unlock();
        }
        log.close();
        try {
            fileLock.release();
        } catch (IOException e) {
            // Closing the channel releases the lock as well.
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new LedgerException(Reason.STORAGE, "cannot close the ledger journal " + file + ": " + e, e);
        } finally {
            claim.close();
        }
    }

    @Override
    public String toString() {
        return "JournalEpochLedger[" + file + "]";
    }

    /** Checks, applies and queues under the lock; waits for the disk outside it. */
    private <T> T write(Supplier<CompletableFuture<T>> change) {
        CompletableFuture<T> future;
        lock.lock();
        try {
            requireOpen();
            future = change.get();
        } finally {
            lock.unlock();
        }
        return join(future);
    }

    /** Reads under the lock, then waits until everything the value reflects is on the disk. */
    private <T> T read(Supplier<T> query) {
        return write(() -> log.append(null, query.get()));
    }

    private void requireOpen() {
        if (closed) {
            throw new LedgerException(Reason.STORAGE, "the ledger on " + file + " is closed");
        }
    }

    private Receipt readReceiptAt(long offset) {
        try {
            ByteBuffer header = ByteBuffer.allocate(JournalCodec.FRAME_HEADER);
            readFully(header, offset);
            ByteBuffer payload = ByteBuffer.allocate(header.getInt(0));
            readFully(payload, offset + JournalCodec.FRAME_HEADER);
            payload.flip();
            return ((JournalRecord.Credited) JournalCodec.decode(payload, true)).receipt();
        } catch (IOException e) {
            throw new LedgerException(Reason.STORAGE, "cannot read the ledger journal " + file + ": " + e, e);
        }
    }

    private void readFully(ByteBuffer buffer, long offset) throws IOException {
        long at = offset;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new EOFException("end of journal at offset " + at);
            }
            at += n;
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LedgerException le) {
                // A fresh exception, so that the stack trace shows this caller, not the writer thread.
                throw new LedgerException(le.reason(), le.getMessage(), le);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Already failing: the first error is the one to report.
        }
    }
}
