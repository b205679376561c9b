package io.dacr.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.ConfigurationException;
import io.dacr.core.storage.internal.DurableFiles;
import io.dacr.core.storage.internal.ProcessLocks;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single-instance state: held in memory and made durable in an append-only JSON Lines log
 * ({@value #FILE_NAME}) in the data directory, each change written and forced to disk before the call
 * returns. On opening, the log is replayed; a last line cut short by a crash is dropped (its change was
 * never acknowledged); a damaged complete line is refused with the line number. Reservations (an attempt
 * or an idempotency key being processed) live in memory only: after a restart the process that held them
 * is gone, so they are void.
 *
 * <p>{@link #forgetExpired} drops what no later request needs from memory. The log keeps it until the
 * next compaction, which that call starts if it is due: it rewrites the log to the live state once it has more than twice as many lines as
 * that state and at least {@link Limits#compactionMinBytes} bytes: the new log is written to
 * {@value #COMPACTION_FILE_NAME} in the same directory and forced to disk, renamed atomically over the log,
 * and the directory forced too. A crash before the rename leaves the old log, complete (the half-written
 * file is deleted at the next open); after it, the new one, complete. Until a compaction, a restart
 * replays forgotten entries, and the next {@link #forgetExpired} forgets them again.
 */
public final class FileStateStore implements StateStore {

    /** The log's file name inside the data directory. */
    public static final String FILE_NAME = "coordinator-state.jsonl";
    /** The file a compaction writes before it renames it over the log; never read. */
    public static final String COMPACTION_FILE_NAME = FILE_NAME + ".compacting";
    /**
     * The file whose exclusive lock a store holds while open: the log itself is replaced by compaction,
     * so it cannot carry the lock.
     */
    public static final String LOCK_FILE_NAME = "coordinator.lock";

    private static final Logger LOG = LoggerFactory.getLogger(FileStateStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NONCE_PRUNE_THRESHOLD = 10_000;

    /**
     * The log's limits.
     *
     * @param maxLineBytes the longest line the log holds: replay needs at most this much memory for one line,
     *     and a change whose line would be longer is refused
     * @param compactionMinBytes the size below which the log is never compacted (rewriting a small log gains
     *     nothing); 0 compacts whenever the log has more than twice the live state's lines
     */
    public record Limits(int maxLineBytes, long compactionMinBytes) {

        /** What {@link #open(Path)} uses: 16 MiB lines, compaction from 1 MiB. */
        public static final Limits DEFAULT = new Limits(16 << 20, 1 << 20);

        /** Validates. */
        public Limits {
            io.dacr.api.internal.Checks.positive(maxLineBytes, "maxLineBytes");
            io.dacr.api.internal.Checks.nonNegative(compactionMinBytes, "compactionMinBytes");
        }
    }

    private final Path file;
    private FileChannel log;
    /** Set when the log could not be reopened after a compaction: no change can be made durable. */
    private boolean broken;
    /** Complete lines in the log, the measure compaction compares with the live state. */
    private long logLines;
    /**
     * While replaying: the latest instant the log shows the coordinator's clock had reached (a session opened,
     * a key answered). A nonce expired by then is expired now, so replay need not keep it.
     */
    private Instant logClock;
    /** The nonce count at which expired nonces are swept from memory next. */
    private int noncePruneAt = NONCE_PRUNE_THRESHOLD;
    /** The most sessions, keys and nonces held at once while replaying. */
    private long replayPeakEntries;
    private final Map<String, SessionRecord> sessions = new HashMap<>();
    private final Map<String, SessionRecord> latestByMiner = new HashMap<>();
    private final Map<String, Instant> attemptReservations = new HashMap<>();
    private final Map<String, StoredKey> keys = new HashMap<>();
    private final Map<String, Instant> nonces = new HashMap<>();

    /**
     * @param response the answer, or null while reserved
     * @param reservedUntil when a reservation lapses; null once answered
     * @param answeredAt when it was answered; null while reserved, and for a key answered by a release that
     *     did not time answers until {@link #forgetExpired} first sees it
     */
    private record StoredKey(String requestHash, StoredResponse response, Instant reservedUntil, Instant answeredAt) {
    }

    private final Limits limits;

    /** Holds the directory's lock until {@link #close}. */
    private final FileChannel lock;

    /** This process's claim on the lock file, given up on {@link #close}. */
    private final ProcessLocks.Claim claim;

    private FileStateStore(Path file, FileChannel log, FileChannel lock, ProcessLocks.Claim claim, Limits limits) {
        this.file = file;
        this.log = log;
        this.lock = lock;
        this.claim = claim;
        this.limits = limits;
    }

    /**
     * Opens (or creates) the state in a directory.
     *
     * @param directory the data directory; created if missing
     * @return the store, with the log replayed
     * @throws ConfigurationException if the directory or log cannot be opened, or the log is damaged
     */
    public static FileStateStore open(Path directory) {
        return open(directory, Limits.DEFAULT);
    }

    /**
     * Opens (or creates) the state in a directory, with other limits than the default ones (tests).
     *
     * @param directory the data directory; created if missing
     * @param limits the log's limits
     * @return the store, with the log replayed
     * @throws ConfigurationException if the directory or log cannot be opened, or the log is damaged
     */
    public static FileStateStore open(Path directory, Limits limits) {
        io.dacr.api.internal.Checks.notNull(limits, "limits");
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = null;
        ProcessLocks.Claim claim = null;
        FileChannel lock = null;
        try {
            DurableFiles.createDirectories(directory);
            // Before anything is read, cut or deleted: a second coordinator on the directory must not trim a
            // line the first is writing or delete its compaction file. One in this process is refused before
            // a channel is opened on the lock file, since closing that channel would release this process's lock.
            Path lockFile = directory.resolve(LOCK_FILE_NAME);
            claim = ProcessLocks.claim(lockFile);
            if (claim == null) {
                throw new ConfigurationException("the coordinator state in " + directory + " is in use by another "
                        + "coordinator in this process; one coordinator at a time may use a directory");
            }
            lock = lockDirectory(directory);
            // What a compaction cut short by a crash left: the log it was to replace is complete.
            Files.deleteIfExists(directory.resolve(COMPACTION_FILE_NAME));
            channel = DurableFiles.openDurably(file);
            FileStateStore store = new FileStateStore(file, channel, lock, claim, limits);
            store.replay();
            // No compaction here: the coordinator's first forgetExpired, at startup, compacts.
            return store;
        } catch (IOException e) {
            closeQuietly(channel);
            closeQuietly(lock);
            if (claim != null) {
                claim.close();
            }
            throw new ConfigurationException("cannot open the coordinator state " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            closeQuietly(lock);
            if (claim != null) {
                claim.close();
            }
            throw e;
        }
    }

    private static FileChannel lockDirectory(Path directory) throws IOException {
        Path lockFile = directory.resolve(LOCK_FILE_NAME);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
        if (held == null) {
            closeQuietly(channel);
            throw new ConfigurationException("the coordinator state in " + directory + " is in use by another coordinator ("
                    + lockFile + " is locked); one coordinator at a time may use a directory");
        }
        // The lock is released when the channel is closed.
        return channel;
    }

    /**
     * Reads the log line by line: memory is bounded by the longest line ({@link Limits#maxLineBytes}), not the
     * log's size, so a large log restarts without holding it in memory.
     */
    private void replay() throws IOException {
        long end = 0; // just past the last complete line
        long lineNumber = 0;
        byte[] chunk = new byte[1 << 16];
        byte[] line = new byte[1 << 12];
        int lineLength = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] != '\n') {
                        continue;
                    }
                    line = append(line, lineLength, chunk, start, i - start, lineNumber + 1);
                    lineLength += i - start;
                    lineNumber++;
                    applyLine(line, lineLength, lineNumber);
                    logLines++;
                    end += lineLength + 1;
                    lineLength = 0;
                    start = i + 1;
                }
                line = append(line, lineLength, chunk, start, n - start, lineNumber + 1);
                lineLength += n - start;
            }
        }
        // An unterminated last line is a write cut short by a crash: never acknowledged, so dropped.
        log.truncate(end);
        log.position(end);
    }

    private byte[] append(byte[] line, int length, byte[] chunk, int from, int count, long lineNumber) {
        if (count == 0) {
            return line;
        }
        if ((long) length + count > limits.maxLineBytes()) {
            throw damaged(lineNumber, "a line longer than " + limits.maxLineBytes() + " bytes", null);
        }
        byte[] grown = line;
        if (length + count > line.length) {
            grown = java.util.Arrays.copyOf(line, Math.min(limits.maxLineBytes(), Math.max(length + count, 2 * line.length)));
        }
        System.arraycopy(chunk, from, grown, length, count);
        return grown;
    }

    private void applyLine(byte[] line, int length, long lineNumber) {
        try {
            apply(JSON.readTree(line, 0, length));
        } catch (IOException | RuntimeException e) {
            throw damaged(lineNumber, e.getMessage(), e);
        }
        replayPeakEntries = Math.max(replayPeakEntries, (long) sessions.size() + keys.size() + nonces.size());
    }

    private ConfigurationException damaged(long lineNumber, String why, Exception cause) {
        return new ConfigurationException("the coordinator state " + file + " is damaged at line " + lineNumber
                + " (" + why + "); it was not written by this coordinator or was edited", cause);
    }

    private void apply(JsonNode event) {
        switch (event.get("e").asText()) {
            case "session" -> {
                Instant openedAt = Instant.parse(event.get("openedAt").asText());
                putSession(new SessionRecord(event.get("sessionId").asText(), event.get("miner").asText(),
                        event.get("epoch").asLong(), event.get("solveIndex").asLong(),
                        event.get("previousReceiptHash").asText(), event.get("draw").asInt(),
                        event.get("challengeId").asText(), openedAt,
                        Instant.parse(event.get("expiresAt").asText()), 0, false, null, null));
                logClockReached(openedAt);
            }
            case "attempt" -> {
                SessionRecord s = sessions.get(event.get("sessionId").asText());
                if (s == null) {
                    throw new IllegalStateException("an attempt of an unknown session");
                }
                putSession(s.afterAttempt(event.get("number").asInt(), event.get("passed").asBoolean(),
                        text(event.get("receiptHash")), text(event.get("receipt"))));
            }
            case "key" -> {
                Instant at = event.hasNonNull("at") ? Instant.parse(event.get("at").asText()) : null;
                keys.put(keyId(event.get("miner").asText(), event.get("key").asText()),
                        new StoredKey(event.get("requestHash").asText(),
                                new StoredResponse(event.get("status").asInt(), event.get("body").asText()), null, at));
                if (at != null) {
                    logClockReached(at);
                }
            }
            case "nonce" -> {
                nonces.put(event.get("nonce").asText(), Instant.parse(event.get("expiresAt").asText()));
                // Logs of earlier releases hold every nonce ever used: keep only those the log's clock
                // has not seen expire (the clock is assumed not to run back, as the live sweep assumes).
                if (logClock != null) {
                    sweepNoncesIfMany(logClock);
                }
            }
            default -> throw new IllegalStateException("unknown event " + event.get("e"));
        }
    }

    private void logClockReached(Instant t) {
        if (logClock == null || t.isAfter(logClock)) {
            logClock = t;
        }
    }

    /**
     * Drops expired nonces once there are many; the next sweep waits until their number has doubled, so
     * that sweeping costs constant time per nonce even when most are live.
     */
    private void sweepNoncesIfMany(Instant now) {
        if (nonces.size() < noncePruneAt) {
            return;
        }
        nonces.values().removeIf(expiresAt -> !now.isBefore(expiresAt));
        noncePruneAt = Math.max(NONCE_PRUNE_THRESHOLD, 2 * nonces.size());
    }

    /**
     * @return the most sessions, idempotency keys and nonces the store held at once while it replayed its
     *     log (diagnostics: replay keeps live entries, not the log)
     */
    public synchronized long replayPeakEntries() {
        return replayPeakEntries;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private void putSession(SessionRecord s) {
        sessions.put(s.sessionId(), s);
        SessionRecord latest = latestByMiner.get(s.miner());
        if (latest == null || latest.sessionId().equals(s.sessionId()) || later(s, latest)) {
            latestByMiner.put(s.miner(), s);
        }
    }

    private static boolean later(SessionRecord a, SessionRecord b) {
        return a.solveIndex() > b.solveIndex() || (a.solveIndex() == b.solveIndex() && a.draw() > b.draw());
    }

    @Override
    public synchronized Optional<SessionRecord> latestSession(String miner) {
        return Optional.ofNullable(latestByMiner.get(miner));
    }

    @Override
    public synchronized Optional<SessionRecord> session(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public synchronized SessionRecord openSession(SessionRecord fresh) {
        SessionRecord latest = latestByMiner.get(fresh.miner());
        if (latest != null && latest.solveIndex() == fresh.solveIndex() && latest.draw() == fresh.draw()) {
            return latest;
        }
        write(sessionEvent(fresh));
        putSession(fresh);
        return fresh;
    }

    @Override
    public synchronized Claim claimAttempt(String sessionId, int maxAttempts, Instant now, Instant reservedUntil) {
        SessionRecord s = sessions.get(sessionId);
        if (s == null) {
            return new Claim.Refused(ErrorCode.SESSION_NOT_FOUND, "no session " + sessionId);
        }
        Claim.Refused refused = SessionRules.refusal(s, maxAttempts, now);
        if (refused != null) {
            return refused;
        }
        Instant held = attemptReservations.get(sessionId);
        if (held != null && now.isBefore(held)) {
            return SessionRules.inFlight();
        }
        attemptReservations.put(sessionId, reservedUntil);
        return new Claim.Granted(s, s.attemptsUsed() + 1, reservedUntil);
    }

    @Override
    public synchronized boolean finishAttempt(Claim.Granted attempt, boolean passed, String receiptHash, String receipt) {
        String sessionId = attempt.session().sessionId();
        int attemptNumber = attempt.attemptNumber();
        SessionRecord s = sessions.get(sessionId);
        if (s == null) {
            // Logging an attempt of a session the log does not hold would make the log unreadable.
            throw new IllegalStateException("no session " + sessionId + " to record an attempt of");
        }
        if (!attempt.reservedUntil().equals(attemptReservations.get(sessionId)) || s.passed()
                || s.attemptsUsed() != attemptNumber - 1) {
            return false;
        }
        write(attemptEvent(sessionId, attemptNumber, passed, receiptHash, receipt));
        putSession(s.afterAttempt(attemptNumber, passed, receiptHash, receipt));
        attemptReservations.remove(sessionId);
        return true;
    }

    @Override
    public synchronized void releaseAttempt(Claim.Granted attempt) {
        attemptReservations.remove(attempt.session().sessionId(), attempt.reservedUntil());
    }

    @Override
    public synchronized KeyReservation reserveKey(String miner, String key, String requestHash, Instant now,
                                                  Instant reservedUntil) {
        String id = keyId(miner, key);
        StoredKey stored = keys.get(id);
        if (stored != null) {
            if (!stored.requestHash().equals(requestHash)) {
                return new KeyReservation.Mismatch();
            }
            if (stored.response() != null) {
                return new KeyReservation.Replay(stored.response());
            }
            if (now.isBefore(stored.reservedUntil())) {
                return new KeyReservation.InFlight();
            }
        }
        keys.put(id, new StoredKey(requestHash, null, reservedUntil, null));
        return new KeyReservation.Reserved();
    }

    @Override
    public synchronized void completeKey(String miner, String key, StoredResponse response, Instant now) {
        String id = keyId(miner, key);
        StoredKey stored = keys.get(id);
        if (stored == null) {
            throw new IllegalStateException("the idempotency key " + key + " is not reserved");
        }
        write(keyEvent(id, stored.requestHash(), response, now));
        keys.put(id, new StoredKey(stored.requestHash(), response, null, now));
    }

    @Override
    public synchronized void releaseKey(String miner, String key) {
        String id = keyId(miner, key);
        StoredKey stored = keys.get(id);
        if (stored != null && stored.response() == null) {
            keys.remove(id);
        }
    }

    @Override
    public synchronized boolean useNonce(String nonce, Instant expiresAt, Instant now) {
        sweepNoncesIfMany(now);
        if (nonces.containsKey(nonce)) {
            return false;
        }
        write(nonceEvent(nonce, expiresAt));
        nonces.put(nonce, expiresAt);
        return true;
    }

    @Override
    public synchronized Forgotten forgetExpired(Instant now, Duration retention) {
        io.dacr.api.internal.Checks.notNull(now, "now");
        io.dacr.api.internal.Checks.requireArgument(retention != null && retention.compareTo(Duration.ZERO) > 0,
                "retention must be positive, was %s", retention);
        Instant horizon = now.minus(retention);
        long forgottenNonces = 0;
        for (Iterator<Instant> it = nonces.values().iterator(); it.hasNext(); ) {
            if (!now.isBefore(it.next())) {
                it.remove();
                forgottenNonces++;
            }
        }
        long forgottenKeys = 0;
        boolean timed = false;
        for (Iterator<Map.Entry<String, StoredKey>> it = keys.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, StoredKey> entry = it.next();
            StoredKey k = entry.getValue();
            if (k.response() == null) {
                if (!horizon.isBefore(k.reservedUntil())) {
                    it.remove();
                    forgottenKeys++;
                }
            } else if (k.answeredAt() == null) {
                // Answered before answers were timed: kept a whole retention period from now.
                entry.setValue(new StoredKey(k.requestHash(), k.response(), null, now));
                timed = true;
            } else if (!horizon.isBefore(k.answeredAt())) {
                it.remove();
                forgottenKeys++;
            }
        }
        long forgottenSessions = 0;
        for (Iterator<SessionRecord> it = sessions.values().iterator(); it.hasNext(); ) {
            SessionRecord s = it.next();
            Instant held = attemptReservations.get(s.sessionId());
            if (!latestByMiner.get(s.miner()).sessionId().equals(s.sessionId())
                    && !horizon.isBefore(s.expiresAt()) && (held == null || !now.isBefore(held))) {
                it.remove();
                attemptReservations.remove(s.sessionId());
                forgottenSessions++;
            }
        }
        // Keys just timed are timed for good only once the log holds their time.
        compactIfWorthIt(timed);
        return new Forgotten(forgottenSessions, forgottenKeys, forgottenNonces);
    }

    /**
     * Rewrites the log to the live state if it has more than twice as many lines as that state and is not
     * small, or if {@code force}. A failure before the rename leaves the log as it was and is only logged.
     */
    private void compactIfWorthIt(boolean force) {
        if (broken) {
            return;
        }
        long liveLines = liveLines();
        long size;
        try {
            size = log.size();
        } catch (IOException e) {
            LOG.warn("cannot read the size of the coordinator state {}: {}", file, e.getMessage());
            return;
        }
        if (!force && (logLines <= 2 * liveLines || size < limits.compactionMinBytes())) {
            return;
        }
        Path temporary = file.resolveSibling(COMPACTION_FILE_NAME);
        try {
            writeSnapshot(temporary);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not compact the coordinator state {} (it stays as it was): {}", file, e.toString());
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Deleted at the next open.
            }
            return;
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("could not compact the coordinator state {} (it stays as it was): {}", file, e.toString());
            return;
        }
        FileChannel previous = log;
        try {
            // Until the rename is on the device, a crash would bring back the old log without the changes
            // acknowledged after this point: refuse changes rather than acknowledge them.
            DurableFiles.syncDirectory(file.toAbsolutePath().getParent());
            log = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            log.position(log.size());
        } catch (IOException e) {
            // Writing on through the old channel would go to the replaced file and be lost at restart.
            broken = true;
            closeQuietly(previous);
            throw new UncheckedIOException("cannot force the directory of, or reopen, the coordinator state " + file
                    + " after compacting it", e);
        }
        closeQuietly(previous);
        LOG.info("compacted the coordinator state {}: {} lines, {} bytes before; {} lines after", file, logLines, size,
                liveLines);
        logLines = liveLines;
    }

    private long liveLines() {
        long lines = nonces.size();
        for (StoredKey k : keys.values()) {
            if (k.response() != null) {
                lines++;
            }
        }
        for (SessionRecord s : sessions.values()) {
            lines += s.attemptsUsed() > 0 || s.passed() ? 2 : 1;
        }
        return lines;
    }

    /** Writes the live state as a log, the same lines replay reads, and forces it to disk. */
    private void writeSnapshot(Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            for (SessionRecord s : sessions.values()) {
                out.write(line(sessionEvent(s)));
                if (s.attemptsUsed() > 0 || s.passed()) {
                    out.write(line(attemptEvent(s.sessionId(), s.attemptsUsed(), s.passed(), s.receiptHash(), s.receipt())));
                }
            }
            for (Map.Entry<String, StoredKey> k : keys.entrySet()) {
                if (k.getValue().response() != null) {
                    out.write(line(keyEvent(k.getKey(), k.getValue().requestHash(), k.getValue().response(),
                            k.getValue().answeredAt())));
                }
            }
            for (Map.Entry<String, Instant> n : nonces.entrySet()) {
                out.write(line(nonceEvent(n.getKey(), n.getValue())));
            }
            out.flush();
            channel.force(true);
        }
    }

    private static ObjectNode sessionEvent(SessionRecord s) {
        ObjectNode e = event("session");
        e.put("sessionId", s.sessionId()).put("miner", s.miner()).put("epoch", s.epoch())
                .put("solveIndex", s.solveIndex()).put("previousReceiptHash", s.previousReceiptHash())
                .put("draw", s.draw()).put("challengeId", s.challengeId())
                .put("openedAt", s.openedAt().toString()).put("expiresAt", s.expiresAt().toString());
        return e;
    }

    private static ObjectNode attemptEvent(String sessionId, int number, boolean passed, String receiptHash, String receipt) {
        ObjectNode e = event("attempt");
        e.put("sessionId", sessionId).put("number", number).put("passed", passed).put("receiptHash", receiptHash)
                .put("receipt", receipt);
        return e;
    }

    /** The event of an answered key; {@code id} is its {@link #keyId}, {@code answeredAt} null for a key not yet timed. */
    private static ObjectNode keyEvent(String id, String requestHash, StoredResponse response, Instant answeredAt) {
        int space = id.indexOf(' ');
        ObjectNode e = event("key");
        e.put("miner", id.substring(0, space)).put("key", id.substring(space + 1)).put("requestHash", requestHash)
                .put("status", response.status()).put("body", response.body());
        if (answeredAt != null) {
            e.put("at", answeredAt.toString());
        }
        return e;
    }

    private static ObjectNode nonceEvent(String nonce, Instant expiresAt) {
        ObjectNode e = event("nonce");
        e.put("nonce", nonce).put("expiresAt", expiresAt.toString());
        return e;
    }

    @Override
    public synchronized void close() {
        try {
            log.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the coordinator state " + file, e);
        } finally {
            closeQuietly(lock);
            claim.close();
        }
    }

    private static ObjectNode event(String kind) {
        ObjectNode e = JSON.createObjectNode();
        e.put("e", kind);
        return e;
    }

    private static byte[] line(ObjectNode event) throws IOException {
        return (JSON.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void write(ObjectNode event) {
        if (broken) {
            throw new IllegalStateException("the coordinator state " + file + " could not be reopened after a compaction;"
                    + " restart the coordinator");
        }
        try {
            byte[] line = line(event);
            if (line.length > limits.maxLineBytes()) {
                // Replay would refuse it: better to refuse the one change than the whole log at restart.
                throw new IllegalArgumentException("a coordinator state change of " + line.length
                        + " bytes is larger than the log's line limit of " + limits.maxLineBytes());
            }
            long start = log.position();
            ByteBuffer buffer = ByteBuffer.wrap(line);
            try {
                while (buffer.hasRemaining()) {
                    log.write(buffer);
                }
                log.force(false);
                logLines++;
            } catch (IOException e) {
                // Leave no half line that a later write would glue onto.
                log.truncate(start);
                log.position(start);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the coordinator state " + file, e);
        }
    }

    private static String keyId(String miner, String key) {
        return miner + " " + key;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // The original failure is the one to report.
            }
        }
    }
}
