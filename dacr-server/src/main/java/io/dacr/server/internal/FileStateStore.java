package io.dacr.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The single-instance state: held in memory and made durable in an append-only JSON Lines log
 * ({@value #FILE_NAME}) in the data directory, each change written and forced to disk before the call
 * returns. On opening, the log is replayed; a last line cut short by a crash is dropped (its change was
 * never acknowledged); a damaged complete line is refused with the line number. Reservations (an attempt
 * or an idempotency key being processed) live in memory only: after a restart the process that held them
 * is gone, so they are void.
 */
public final class FileStateStore implements StateStore {

    /** The log's file name inside the data directory. */
    public static final String FILE_NAME = "coordinator-state.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NONCE_PRUNE_THRESHOLD = 10_000;

    /**
     * The log's limits.
     *
     * @param maxLineBytes the longest line the log holds: replay needs at most this much memory for one line,
     *     and a change whose line would be longer is refused
     */
    public record Limits(int maxLineBytes) {

        /** What {@link #open(Path)} uses: 16 MiB lines. */
        public static final Limits DEFAULT = new Limits(16 << 20);

        /** Validates. */
        public Limits {
            io.dacr.api.internal.Checks.positive(maxLineBytes, "maxLineBytes");
        }
    }

    private final Path file;
    private final FileChannel log;
    private final Map<String, SessionRecord> sessions = new HashMap<>();
    private final Map<String, SessionRecord> latestByMiner = new HashMap<>();
    private final Map<String, Instant> attemptReservations = new HashMap<>();
    private final Map<String, StoredKey> keys = new HashMap<>();
    private final Map<String, Instant> nonces = new HashMap<>();

    private record StoredKey(String requestHash, StoredResponse response, Instant reservedUntil) {
    }

    private final Limits limits;

    private FileStateStore(Path file, FileChannel log, Limits limits) {
        this.file = file;
        this.log = log;
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
        try {
            Files.createDirectories(directory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileStateStore store = new FileStateStore(file, channel, limits);
            store.replay();
            return store;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ConfigurationException("cannot open the coordinator state " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * Reads the log line by line: memory is bounded by the longest line ({@link Limits#maxLineBytes}), not the
     * log's size, so a large log restarts without holding it in memory.
     */
    private void replay() throws IOException {
        long end = 0; // just past the last complete line
        int lineNumber = 0;
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

    private byte[] append(byte[] line, int length, byte[] chunk, int from, int count, int lineNumber) {
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

    private void applyLine(byte[] line, int length, int lineNumber) {
        try {
            apply(JSON.readTree(line, 0, length));
        } catch (IOException | RuntimeException e) {
            throw damaged(lineNumber, e.getMessage(), e);
        }
    }

    private ConfigurationException damaged(int lineNumber, String why, Exception cause) {
        return new ConfigurationException("the coordinator state " + file + " is damaged at line " + lineNumber
                + " (" + why + "); it was not written by this coordinator or was edited", cause);
    }

    private void apply(JsonNode event) {
        switch (event.get("e").asText()) {
            case "session" -> putSession(new SessionRecord(event.get("sessionId").asText(), event.get("miner").asText(),
                    event.get("epoch").asLong(), event.get("solveIndex").asLong(),
                    event.get("previousReceiptHash").asText(), event.get("draw").asInt(),
                    event.get("challengeId").asText(), Instant.parse(event.get("openedAt").asText()),
                    Instant.parse(event.get("expiresAt").asText()), 0, false, null, null));
            case "attempt" -> {
                SessionRecord s = sessions.get(event.get("sessionId").asText());
                if (s == null) {
                    throw new IllegalStateException("an attempt of an unknown session");
                }
                putSession(s.afterAttempt(event.get("number").asInt(), event.get("passed").asBoolean(),
                        text(event.get("receiptHash")), text(event.get("receipt"))));
            }
            case "key" -> keys.put(keyId(event.get("miner").asText(), event.get("key").asText()),
                    new StoredKey(event.get("requestHash").asText(),
                            new StoredResponse(event.get("status").asInt(), event.get("body").asText()), null));
            case "nonce" -> nonces.put(event.get("nonce").asText(), Instant.parse(event.get("expiresAt").asText()));
            default -> throw new IllegalStateException("unknown event " + event.get("e"));
        }
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
        ObjectNode e = event("session");
        e.put("sessionId", fresh.sessionId()).put("miner", fresh.miner()).put("epoch", fresh.epoch())
                .put("solveIndex", fresh.solveIndex()).put("previousReceiptHash", fresh.previousReceiptHash())
                .put("draw", fresh.draw()).put("challengeId", fresh.challengeId())
                .put("openedAt", fresh.openedAt().toString()).put("expiresAt", fresh.expiresAt().toString());
        write(e);
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
        return new Claim.Granted(s, s.attemptsUsed() + 1);
    }

    @Override
    public synchronized void finishAttempt(String sessionId, int attemptNumber, boolean passed, String receiptHash,
                                           String receipt) {
        SessionRecord s = sessions.get(sessionId);
        ObjectNode e = event("attempt");
        e.put("sessionId", sessionId).put("number", attemptNumber).put("passed", passed).put("receiptHash", receiptHash)
                .put("receipt", receipt);
        write(e);
        putSession(s.afterAttempt(attemptNumber, passed, receiptHash, receipt));
        attemptReservations.remove(sessionId);
    }

    @Override
    public synchronized void releaseAttempt(String sessionId) {
        attemptReservations.remove(sessionId);
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
        keys.put(id, new StoredKey(requestHash, null, reservedUntil));
        return new KeyReservation.Reserved();
    }

    @Override
    public synchronized void completeKey(String miner, String key, StoredResponse response) {
        String id = keyId(miner, key);
        StoredKey stored = keys.get(id);
        ObjectNode e = event("key");
        e.put("miner", miner).put("key", key).put("requestHash", stored.requestHash())
                .put("status", response.status()).put("body", response.body());
        write(e);
        keys.put(id, new StoredKey(stored.requestHash(), response, null));
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
        if (nonces.size() >= NONCE_PRUNE_THRESHOLD) {
            for (Iterator<Instant> it = nonces.values().iterator(); it.hasNext(); ) {
                if (!now.isBefore(it.next())) {
                    it.remove();
                }
            }
        }
        if (nonces.containsKey(nonce)) {
            return false;
        }
        ObjectNode e = event("nonce");
        e.put("nonce", nonce).put("expiresAt", expiresAt.toString());
        write(e);
        nonces.put(nonce, expiresAt);
        return true;
    }

    @Override
    public synchronized void close() {
        try {
            log.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the coordinator state " + file, e);
        }
    }

    private static ObjectNode event(String kind) {
        ObjectNode e = JSON.createObjectNode();
        e.put("e", kind);
        return e;
    }

    private void write(ObjectNode event) {
        try {
            byte[] line = (JSON.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8);
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
