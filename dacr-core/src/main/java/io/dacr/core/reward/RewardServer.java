package io.dacr.core.reward;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.ConfigurationException;
import io.dacr.api.internal.Checks;
import io.dacr.core.reward.internal.RewardHttpServer;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP reward endpoint for RL trainers: {@code POST /reward} with a batch of
 * {@code {"challenge_id", "completion"}} items answers {@code {"rewards": [r, …], "details": [breakdown, …]}}
 * in the items' order. Bound to 127.0.0.1 unless told otherwise; caps on body size and batch size;
 * clear 4xx JSON errors (400 bad request, 404 unknown path, 405 wrong method, 413 body too large, 415
 * not JSON, 422 unknown challenge).
 *
 * <pre>{@code
 * try (RewardServer server = RewardServer.builder(RewardFunction.builder().build()).port(8765)
 *         .challenge(challenge, key).start()) {
 *     ...
 * }
 * }</pre>
 */
public final class RewardServer implements AutoCloseable {

    /** The default largest request body: 16 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 16 << 20;
    /** The default most items per request. */
    public static final int DEFAULT_MAX_ITEMS = 1024;

    private final RewardHttpServer server;

    private RewardServer(RewardHttpServer server) {
        this.server = server;
    }

    /**
     * @param function the reward function
     * @return a builder: 127.0.0.1, any free port, default caps, four worker threads
     */
    public static Builder builder(RewardFunction function) {
        return new Builder(Checks.notNull(function, "function"));
    }

    /** @return the port the server listens on */
    public int port() {
        return server.port();
    }

    /** @return the address and port the server listens on */
    public java.net.InetSocketAddress address() {
        return server.address();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }

    /**
     * @param b a breakdown
     * @return its JSON members, as the server writes them
     */
    static Map<String, Object> json(RewardBreakdown b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reward", b.reward());
        m.put("answers", b.answers());
        m.put("constraints", b.constraints());
        m.put("trace", b.trace());
        m.put("format", b.format());
        m.put("outcome", b.outcome());
        m.put("reason", b.reason());
        return m;
    }

    /** Collects a {@link RewardServer}'s options and challenges. */
    public static final class Builder {

        private final RewardFunction function;
        private final Map<String, Challenge> challenges = new HashMap<>();
        private final Map<String, AnswerKey> keys = new HashMap<>();
        private String host = "127.0.0.1";
        private int port;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int maxItems = DEFAULT_MAX_ITEMS;
        private int threads = 4;

        private Builder(RewardFunction function) {
            this.function = function;
        }

        /**
         * @param host the address to bind; anything but loopback exposes answer-key-backed grading to the network
         * @return this builder
         */
        public Builder host(String host) {
            this.host = Checks.notBlank(host, "host");
            return this;
        }

        /**
         * @param port 0 to 65535; 0 picks a free port
         * @return this builder
         */
        public Builder port(int port) {
            Checks.requireArgument(port >= 0 && port <= 65535, "port must be 0 to 65535, was %d", port);
            this.port = port;
            return this;
        }

        /**
         * @param bytes the largest request body, positive
         * @return this builder
         */
        public Builder maxBodyBytes(int bytes) {
            Checks.requireArgument(bytes > 0 && bytes < Integer.MAX_VALUE, "maxBodyBytes must be positive");
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * @param items the most items per request, positive
         * @return this builder
         */
        public Builder maxItems(int items) {
            Checks.positive(items, "items");
            this.maxItems = items;
            return this;
        }

        /**
         * @param count worker threads, 1 to 64
         * @return this builder
         */
        public Builder threads(int count) {
            Checks.requireArgument(count >= 1 && count <= 64, "threads must be 1 to 64, was %d", count);
            this.threads = count;
            return this;
        }

        /**
         * @param challenge a challenge to grade completions for
         * @param key its answer key
         * @return this builder
         * @throws IllegalArgumentException if the key belongs to another challenge or the id was added before
         */
        public Builder challenge(Challenge challenge, AnswerKey key) {
            Checks.notNull(challenge, "challenge");
            Checks.notNull(key, "key");
            Checks.requireArgument(challenge.id().equals(key.challengeId()), "the key belongs to %s, not %s",
                    key.challengeId(), challenge.id());
            String id = challenge.id().toString();
            Checks.requireArgument(challenges.putIfAbsent(id, challenge) == null, "challenge %s is added twice", id);
            keys.put(id, key);
            return this;
        }

        /**
         * Binds and starts the server.
         *
         * @return the running server
         * @throws ConfigurationException if the address cannot be bound
         */
        public RewardServer start() {
            Map<String, Challenge> c = Map.copyOf(challenges);
            Map<String, AnswerKey> k = Map.copyOf(keys);
            RewardHttpServer.Grader grader = (id, completion) -> {
                Challenge challenge = c.get(id);
                return challenge == null ? null : json(function.reward(challenge, k.get(id), completion));
            };
            try {
                return new RewardServer(new RewardHttpServer(
                        new RewardHttpServer.Limits(host, port, maxBodyBytes, maxItems, threads), grader, c.size()));
            } catch (IOException e) {
                throw new ConfigurationException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
            }
        }
    }
}
