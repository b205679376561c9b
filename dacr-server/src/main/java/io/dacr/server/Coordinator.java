package io.dacr.server;

import com.sun.net.httpserver.HttpHandler;
import io.dacr.api.ChallengeGenerator;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.internal.Checks;
import io.dacr.api.reward.EpochLedger;
import io.dacr.api.reward.Receipt;
import io.dacr.api.reward.ReceiptHasher;
import io.dacr.core.verify.DacrVerifier;
import io.dacr.server.internal.ChallengeSource;
import io.dacr.server.internal.EpochSchedule;
import io.dacr.server.internal.HttpApi;
import io.dacr.server.internal.Hmac;
import io.dacr.server.internal.MiningService;
import io.dacr.server.internal.SettlementPort;
import io.dacr.server.internal.Settings;
import io.dacr.server.internal.SkillDocument;
import io.dacr.server.internal.StateRetention;
import io.dacr.server.internal.WalletAuth;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The coordinator: the HTTP API through which remote miners sign in with their wallets, fetch
 * challenges derived for them, submit attempts and receive signed receipts. Run it on its own
 * ({@link #start}) or mount {@link #httpHandler()} in an existing {@code com.sun.net.httpserver.HttpServer}.
 *
 * <pre>{@code
 * Coordinator coordinator = Coordinator.builder(generator, secret, ledger, hasher, settlement,
 *                 CoordinatorStorage.inDirectory(Path.of("coordinator-data")))
 *         .domains(List.of("corporate-finance", "insurance-law"))
 *         .build();
 * try (CoordinatorServer server = coordinator.start("127.0.0.1", 8080)) {
 *     server.awaitStop();
 * }
 * }</pre>
 *
 * <p>The secret never leaves the coordinator: epoch secrets, challenge derivation and the sign-in and
 * token keys are derived from it (HMAC-SHA256 with distinct labels). Instances that share state in
 * PostgreSQL must share the secret, the domains, the spec and the epoch schedule.
 */
public final class Coordinator {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,62}");

    private final Settings settings;
    private final MiningService mining;
    private final HttpApi api;
    private final String skill;
    private final Duration requestTimeout;
    private final Duration responseTimeout;

    private Coordinator(Builder b) {
        this.requestTimeout = b.requestTimeout;
        this.responseTimeout = b.responseTimeout;
        this.settings = new Settings(b.name, b.domains, b.spec, b.maxAttempts, b.sessionWindow, b.nonceTtl, b.tokenTtl,
                b.challengeInterval, b.ipRequestsPerMinute, b.maxBodyBytes, new EpochSchedule(b.epochGenesis, b.epochLength),
                b.creditsPerPass, b.rulesVersion, b.reservationTimeout, b.retention);
        ChallengeSource challenges = new ChallengeSource(b.generator, b.secret, b.domains, b.spec, b.cacheSize);
        this.mining = new MiningService(settings, b.clock, challenges, b.storage.state(), b.storage.attempts(), b.verifier,
                b.verifier.passRule(), b.ledger, b.hasher, port(b.settlement));
        WalletAuth auth = new WalletAuth(Hmac.sha256(b.secret.bytes(), "dacr-coordinator/auth-key/v1"), b.name, b.clock,
                b.nonceTtl, b.tokenTtl, b.storage.state());
        this.skill = SkillDocument.render(settings);
        StateRetention retention = new StateRetention(b.storage.state(), b.clock, b.retention);
        // At startup: what expired while the coordinator was down goes (and a long file log is compacted).
        retention.runIfDue();
        this.api = new HttpApi(settings, b.clock, auth, mining, b.storage.state(), skill, retention);
    }

    /** Package-private for tests that build a {@code MiningService} themselves. */
    static SettlementPort port(Settlement settlement) {
        return new SettlementPort() {
            @Override
            public String sign(Receipt receipt) {
                return settlement.sign(receipt);
            }

            @Override
            public String submitReceiptCalldata(Receipt receipt, String signature) {
                return settlement.submitReceiptCalldata(receipt, signature);
            }

            @Override
            public String claimCalldata(List<Long> epochs) {
                return settlement.claimCalldata(epochs);
            }

            @Override
            public Optional<String> contractAddress() {
                return settlement.contractAddress();
            }
        };
    }

    /**
     * @param generator generates the challenges (the CLI passes a {@code DacrGenerator})
     * @param secret the coordinator secret, from a file or the environment
     * @param ledger where passes are credited
     * @param hasher the receipt hash (the EIP-712 struct hash from dacr-chain)
     * @param settlement signs receipts and encodes contract calls (dacr-chain)
     * @param storage sessions, keys, nonces and attempt records
     * @return a builder with the defaults of the discovery document: 3 attempts, 15-minute sessions, one
     *     challenge request per 60 s per miner, 600 requests per minute per address, 1 MiB bodies, 5-minute
     *     nonces, 1-hour tokens, 1-day epochs from 2026-01-01T00:00:00Z, 1 credit per pass, preset
     *     {@code standard}, 24-hour retention of answered idempotency keys and ended sessions
     * @throws IllegalArgumentException if an argument is null
     */
    public static Builder builder(ChallengeGenerator generator, Secret secret, EpochLedger ledger, ReceiptHasher hasher,
                                  Settlement settlement, CoordinatorStorage storage) {
        return new Builder(generator, secret, ledger, hasher, settlement, storage);
    }

    /** @return the handler that serves every endpoint; mount it at the root context {@code /} */
    public HttpHandler httpHandler() {
        return api;
    }

    /** @return the discovery document served at {@code /.well-known/skill.md} */
    public String skillDocument() {
        return skill;
    }

    /** @return the epoch running now, by the coordinator's clock */
    public long currentEpoch() {
        return mining.currentEpoch();
    }

    /**
     * The secret of one epoch, derived from the coordinator secret as every coordinator given that secret
     * derives it: what the ledger commits to when the epoch opens ({@code Epoch.commitmentOf}) and reveals
     * once it is closed. The operator needs it to settle the epoch on chain as well (commit it to the mining
     * contract when the epoch opens, reveal it there after it closes); {@code dacr chain commit|reveal
     * --coordinator-secret-file} call this.
     *
     * @param coordinatorSecret the coordinator secret the coordinator was built with
     * @param epoch the epoch, not negative
     * @return HMAC-SHA256(coordinator secret, "dacr-coordinator/epoch-secret/v1/" epoch), 32 bytes
     * @throws IllegalArgumentException if the secret is null or the epoch negative
     */
    public static Secret epochSecret(Secret coordinatorSecret, long epoch) {
        Checks.notNull(coordinatorSecret, "coordinatorSecret");
        Checks.nonNegative(epoch, "epoch");
        return ChallengeSource.deriveEpochSecret(coordinatorSecret.bytes(), epoch);
    }

    /**
     * Serves the coordinator on its own HTTP server. Its request and response timeouts
     * ({@link Builder#requestTimeout}, {@link Builder#responseTimeout}) become the JDK server's
     * {@code sun.net.httpserver.maxReqTime} and {@code maxRspTime} system properties unless those are set.
     *
     * @param host the address to bind, e.g. {@code 127.0.0.1} (loopback only) or {@code 0.0.0.0}
     * @param port the port, 0 for any free one
     * @return the running server
     * @throws java.io.UncheckedIOException if the address cannot be bound
     */
    public CoordinatorServer start(String host, int port) {
        Checks.notBlank(host, "host");
        Checks.requireArgument(port >= 0 && port <= 65_535, "port must be 0 to 65535, was %d", port);
        return CoordinatorServer.start(api, new InetSocketAddress(host, port), 32, requestTimeout, responseTimeout);
    }

    /** The coordinator's options; every one has a default except the six given to {@link #builder}. */
    public static final class Builder {

        private final ChallengeGenerator generator;
        private final Secret secret;
        private final EpochLedger ledger;
        private final ReceiptHasher hasher;
        private final Settlement settlement;
        private final CoordinatorStorage storage;
        private String name = "dacr";
        private List<String> domains;
        private GenerationSpec spec = GenerationSpec.preset("standard");
        private Clock clock = Clock.systemUTC();
        private DacrVerifier verifier = DacrVerifier.builder().build();
        private int maxAttempts = 3;
        private Duration sessionWindow = Duration.ofMinutes(15);
        private Duration nonceTtl = Duration.ofMinutes(5);
        private Duration tokenTtl = Duration.ofHours(1);
        private Duration challengeInterval = Duration.ofSeconds(60);
        private int ipRequestsPerMinute = 600;
        private int maxBodyBytes = 1 << 20;
        private Instant epochGenesis = Instant.parse("2026-01-01T00:00:00Z");
        private Duration epochLength = Duration.ofDays(1);
        private BigInteger creditsPerPass = BigInteger.ONE;
        private int rulesVersion = 1;
        private Duration reservationTimeout = Duration.ofMinutes(2);
        private Duration retention = Duration.ofHours(24);
        private long cacheSize = 1_000;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration responseTimeout = Duration.ofSeconds(60);

        private Builder(ChallengeGenerator generator, Secret secret, EpochLedger ledger, ReceiptHasher hasher,
                        Settlement settlement, CoordinatorStorage storage) {
            this.generator = Checks.notNull(generator, "generator");
            this.secret = Checks.notNull(secret, "secret");
            this.ledger = Checks.notNull(ledger, "ledger");
            this.hasher = Checks.notNull(hasher, "hasher");
            this.settlement = Checks.notNull(settlement, "settlement");
            this.storage = Checks.notNull(storage, "storage");
        }

        /**
         * @param name the coordinator's name, shown in the sign-in message so that a signature for one
         *     coordinator is no good at another: lower-case letters, digits, dots and dashes
         * @return this builder
         * @throws IllegalArgumentException if malformed
         */
        public Builder name(String name) {
            Checks.requireArgument(name != null && NAME.matcher(name).matches(),
                    "a coordinator name is 1 to 63 lower-case letters, digits, dots and dashes, was '%s'", name);
            this.name = name;
            return this;
        }

        /**
         * @param domains the domain ids challenges are drawn from (required), in a fixed order: the order is
         *     part of the derivation
         * @return this builder
         * @throws IllegalArgumentException if empty or an id repeats
         */
        public Builder domains(List<String> domains) {
            Checks.notNull(domains, "domains");
            Checks.requireArgument(!domains.isEmpty(), "at least one domain is needed");
            Checks.requireArgument(domains.stream().distinct().count() == domains.size(), "a domain is listed twice: %s", domains);
            domains.forEach(d -> Checks.identifier(d, "domain"));
            this.domains = List.copyOf(domains);
            return this;
        }

        /**
         * @param spec the generation spec of every challenge
         * @return this builder
         */
        public Builder spec(GenerationSpec spec) {
            this.spec = Checks.notNull(spec, "spec");
            return this;
        }

        /**
         * @param clock the clock: sessions, tokens, nonces, rate limits and epochs all read it
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        /**
         * @param verifier the verifier (its pass rule also sets the required answer count in feedback)
         * @return this builder
         */
        public Builder verifier(DacrVerifier verifier) {
            this.verifier = Checks.notNull(verifier, "verifier");
            return this;
        }

        /**
         * @param maxAttempts attempts per session, at least 1
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = Checks.positive(maxAttempts, "maxAttempts");
            return this;
        }

        /**
         * @param sessionWindow how long a session takes attempts
         * @return this builder
         */
        public Builder sessionWindow(Duration sessionWindow) {
            this.sessionWindow = positive(sessionWindow, "sessionWindow");
            return this;
        }

        /**
         * @param nonceTtl how long a sign-in nonce is valid (whole seconds)
         * @return this builder
         */
        public Builder nonceTtl(Duration nonceTtl) {
            this.nonceTtl = positive(nonceTtl, "nonceTtl");
            return this;
        }

        /**
         * @param tokenTtl how long a bearer token is valid (whole seconds)
         * @return this builder
         */
        public Builder tokenTtl(Duration tokenTtl) {
            this.tokenTtl = positive(tokenTtl, "tokenTtl");
            return this;
        }

        /**
         * @param challengeInterval per miner, the minimum time between two {@code GET /v1/challenge}
         * @return this builder
         */
        public Builder challengeInterval(Duration challengeInterval) {
            this.challengeInterval = positive(challengeInterval, "challengeInterval");
            return this;
        }

        /**
         * @param ipRequestsPerMinute per client address, requests per minute (and the burst allowed)
         * @return this builder
         */
        public Builder ipRequestsPerMinute(int ipRequestsPerMinute) {
            this.ipRequestsPerMinute = Checks.positive(ipRequestsPerMinute, "ipRequestsPerMinute");
            return this;
        }

        /**
         * @param maxBodyBytes the largest request body accepted
         * @return this builder
         */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = Checks.positive(maxBodyBytes, "maxBodyBytes");
            return this;
        }

        /**
         * @param genesis when epoch 0 starts
         * @param length how long each epoch lasts
         * @return this builder
         */
        public Builder epochs(Instant genesis, Duration length) {
            this.epochGenesis = Checks.notNull(genesis, "genesis");
            this.epochLength = positive(length, "length");
            return this;
        }

        /**
         * @param creditsPerPass credits a pass earns, positive
         * @return this builder
         */
        public Builder creditsPerPass(BigInteger creditsPerPass) {
            Checks.notNull(creditsPerPass, "creditsPerPass");
            Checks.requireArgument(creditsPerPass.signum() > 0, "creditsPerPass must be positive");
            this.creditsPerPass = creditsPerPass;
            return this;
        }

        /**
         * @param rulesVersion the pass rules' version written into receipts
         * @return this builder
         */
        public Builder rulesVersion(int rulesVersion) {
            this.rulesVersion = Checks.positive(rulesVersion, "rulesVersion");
            return this;
        }

        /**
         * @param reservationTimeout how long an attempt being graded blocks another if its instance dies
         * @return this builder
         */
        public Builder reservationTimeout(Duration reservationTimeout) {
            this.reservationTimeout = positive(reservationTimeout, "reservationTimeout");
            return this;
        }

        /**
         * How long the coordinator remembers an answered {@code POST /v1/submit} by its Idempotency-Key, and a
         * session (counted from its expiry) once the miner has a later one. After that a retry with the same
         * key is processed as a new request; since a key outlives the session it was used at (the retention
         * is at least the session window), such a retry never counts as a second attempt: it gets the pass's
         * receipt again, or {@code session_expired} or {@code session_not_found}. A miner's latest session is
         * kept for good; an earlier passed session's receipt is in the ledger. Used sign-in nonces are
         * forgotten once they expire. The state store forgets at startup and then once a minute.
         *
         * @param retention the period, at least the session window; default 24 hours
         * @return this builder
         */
        public Builder retention(Duration retention) {
            this.retention = positive(retention, "retention");
            return this;
        }

        /**
         * How long a client may take to send one request (request line, headers and body, counted from its
         * first byte, including any wait for a free handler thread) before {@link #start} closes its
         * connection. The JDK server reads a request on a handler thread, so without a limit a client that
         * sends a byte and stalls holds a thread for as long as it likes, and a few dozen such clients stop
         * the coordinator. Applied in whole seconds (rounded up) as the JVM-wide system property
         * {@code sun.net.httpserver.maxReqTime}, unless it is set already: the JDK reads it once, when the
         * JVM's first HTTP server is created. Not applied by {@link #httpHandler()} mounted elsewhere.
         *
         * @param requestTimeout the limit, at least one second; default 30 s
         * @return this builder
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = atLeastOneSecond(requestTimeout, "requestTimeout");
            return this;
        }

        /**
         * How long {@link #start} lets one answer take, from the end of its request to the last byte written
         * (the handler's work and a client that reads slowly), before it closes the connection. Applied as
         * {@code sun.net.httpserver.maxRspTime}, the same way as {@link #requestTimeout}. Every state change
         * is atomic, so a connection closed this way loses the answer only: a retry with the same
         * Idempotency-Key gets it.
         *
         * @param responseTimeout the limit, at least one second; default 60 s
         * @return this builder
         */
        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = atLeastOneSecond(responseTimeout, "responseTimeout");
            return this;
        }

        /**
         * @param cacheSize generated challenges kept in memory
         * @return this builder
         */
        public Builder cacheSize(long cacheSize) {
            Checks.requireArgument(cacheSize > 0, "cacheSize must be positive");
            this.cacheSize = cacheSize;
            return this;
        }

        /**
         * @return the coordinator
         * @throws IllegalArgumentException if no domains were given, or the retention is shorter than the
         *     session window
         */
        public Coordinator build() {
            Checks.requireArgument(domains != null, "give the domains challenges are drawn from");
            Checks.requireArgument(retention.compareTo(sessionWindow) >= 0,
                    "the retention (%s) must be at least the session window (%s): a retry after its key is forgotten "
                            + "must find its session closed", retention, sessionWindow);
            return new Coordinator(this);
        }

        private static Duration atLeastOneSecond(Duration d, String what) {
            Checks.notNull(d, what);
            Checks.requireArgument(d.compareTo(Duration.ofSeconds(1)) >= 0, "%s must be at least one second, was %s", what, d);
            return d;
        }

        private static Duration positive(Duration d, String what) {
            Checks.notNull(d, what);
            Checks.requireArgument(!d.isNegative() && !d.isZero(), "%s must be positive, was %s", what, d);
            return d;
        }
    }
}
