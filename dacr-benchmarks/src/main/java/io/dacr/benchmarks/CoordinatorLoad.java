package io.dacr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.AnswerKey;
import io.dacr.api.ChallengeGenerator;
import io.dacr.api.ChallengeId;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.chain.Eip712ReceiptHasher;
import io.dacr.chain.SigningKey;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.ledger.JournalEpochLedger;
import io.dacr.domains.CorporateFinanceDomain;
import io.dacr.generator.DacrGenerator;
import io.dacr.server.ChainSettlement;
import io.dacr.server.Coordinator;
import io.dacr.server.CoordinatorServer;
import io.dacr.server.CoordinatorStorage;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/**
 * A bounded loopback load on the coordinator (a benchmark main, not a JMH benchmark and not a test): an
 * in-process coordinator on 127.0.0.1 with its state and journal ledger in a temporary directory, and
 * {@code --miners} concurrent miners with real secp256k1 wallets, each on its own thread, that sign in
 * once and then loop for {@code --seconds}: fetch a challenge, submit a wrong answer (a graded fail),
 * submit the oracle answer (a pass: receipt hashed, credited, signed), and read the epoch and its
 * credits. Rate limits are lifted (every miner comes from 127.0.0.1); everything else is the default
 * coordinator. Prints, per endpoint, requests, errors, throughput and p50/p99/max latency measured after
 * the warm-up.
 *
 * <pre>
 * mvn -B -pl dacr-benchmarks -am package -DskipTests
 * java -cp dacr-benchmarks/target/benchmarks.jar io.dacr.benchmarks.CoordinatorLoad --miners 200 --seconds 60
 * </pre>
 *
 * <p>The miners learn the oracle answer from a generator wrapper that records what the coordinator
 * generated, so the client side costs no generation. Client and server share the machine's cores: the
 * figures are a floor for the server alone.
 */
public final class CoordinatorLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Secret SECRET = Secret.ofUtf8("dacr-coordinator-load-secret-0123456789");
    private static final String KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    private CoordinatorLoad(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * @param args {@code --miners N} (default 20), {@code --seconds S} (default 10), {@code --warmup S}
     *     (default 3), {@code --preset P} (default small)
     * @throws Exception if the load cannot run
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int miners = Integer.parseInt(options.getOrDefault("miners", "20"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
        GenerationSpec spec = GenerationSpec.preset(options.getOrDefault("preset", "small"));
        if (miners < 1 || seconds < 1 || warmup < 0) {
            throw new IllegalArgumentException("--miners and --seconds must be positive, --warmup not negative");
        }
        Path dir = Files.createTempDirectory("dacr-coordinator-load");
        try {
            run(dir, miners, seconds, warmup, spec);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(Path dir, int miners, int seconds, int warmup, GenerationSpec spec) throws Exception {
        Map<String, Submission> oracles = new ConcurrentHashMap<>();
        ChallengeGenerator generator = recording(DacrGenerator.builder().domain(new CorporateFinanceDomain()).build(), oracles);
        Eip712ReceiptHasher hasher = new Eip712ReceiptHasher();
        try (JournalEpochLedger ledger = JournalEpochLedger.open(dir.resolve("ledger"), hasher);
             CoordinatorStorage storage = CoordinatorStorage.inDirectory(dir.resolve("coordinator"))) {
            Coordinator coordinator = Coordinator.builder(generator, SECRET, ledger, hasher,
                            ChainSettlement.forContract(SigningKey.ofHex(KEY), 31_337, "0x5fbdb2315678afecb367f032d93f642f64180aa3"),
                            storage)
                    .domains(List.of("corporate-finance"))
                    .spec(spec)
                    .challengeInterval(Duration.ofMillis(1))
                    .ipRequestsPerMinute(100_000_000)
                    .build();
            try (CoordinatorServer server = coordinator.start("127.0.0.1", 0)) {
                CoordinatorLoad load = new CoordinatorLoad(server.port());
                Report report = load.drive(oracles, miners, seconds, warmup);
                System.out.printf(Locale.ROOT, "coordinator load: %d miners, %d s measured after %d s warm-up, preset %s, "
                        + "%d cores, JDK %s%n", miners, seconds, warmup, spec.preset(),
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
                report.print(seconds);
                System.out.printf(Locale.ROOT, "credits in the ledger: %s; passes measured: %d%n",
                        ledger.totalCredits(coordinator.currentEpoch()), report.passes);
            }
        }
    }

    /** The generator, recording the oracle submission of everything it generates. */
    private static ChallengeGenerator recording(ChallengeGenerator inner, Map<String, Submission> oracles) {
        return new ChallengeGenerator() {
            @Override
            public int version() {
                return inner.version();
            }

            @Override
            public GeneratedChallenge generate(GenerationRequest request) {
                GeneratedChallenge generated = inner.generate(request);
                oracles.put(generated.challenge().id().toString(), generated.oracle());
                return generated;
            }

            @Override
            public AnswerKey answerKey(ChallengeId id, GenerationSpec spec, Secret secret) {
                return inner.answerKey(id, spec, secret);
            }
        };
    }

    /** Latencies (ns) per endpoint and error counts, from one thread or merged. */
    private static final class Report {
        final Map<String, List<Long>> latencies = new TreeMap<>();
        final Map<String, Integer> errors = new TreeMap<>();
        long passes;

        void record(String endpoint, long nanos, boolean ok) {
            latencies.computeIfAbsent(endpoint, k -> new ArrayList<>()).add(nanos);
            if (!ok) {
                errors.merge(endpoint, 1, Integer::sum);
            }
        }

        synchronized void merge(Report other) {
            other.latencies.forEach((k, v) -> latencies.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            other.errors.forEach((k, v) -> errors.merge(k, v, Integer::sum));
            passes += other.passes;
        }

        void print(int seconds) {
            System.out.printf(Locale.ROOT, "%-24s %9s %7s %10s %9s %9s %9s%n", "endpoint", "requests", "errors", "req/s",
                    "p50 ms", "p99 ms", "max ms");
            long total = 0;
            for (Map.Entry<String, List<Long>> e : latencies.entrySet()) {
                long[] sorted = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
                total += sorted.length;
                System.out.printf(Locale.ROOT, "%-24s %9d %7d %10.1f %9.2f %9.2f %9.2f%n", e.getKey(), sorted.length,
                        errors.getOrDefault(e.getKey(), 0), sorted.length / (double) seconds, ms(percentile(sorted, 0.50)),
                        ms(percentile(sorted, 0.99)), ms(sorted[sorted.length - 1]));
            }
            System.out.printf(Locale.ROOT, "%-24s %9d %7s %10.1f%n", "all", total, "", total / (double) seconds);
        }

        private static long percentile(long[] sorted, double q) {
            return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    private Report drive(Map<String, Submission> oracles, int miners, int seconds, int warmup) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        Report merged = new Report();
        CountDownLatch done = new CountDownLatch(miners);
        List<Thread> threads = new ArrayList<>();
        for (int m = 0; m < miners; m++) {
            int n = m;
            Thread t = new Thread(() -> {
                try {
                    merged.merge(mine(n, oracles, measureFrom, end));
                } catch (IOException | InterruptedException | RuntimeException e) {
                    System.err.println("miner " + n + " stopped: " + e);
                } finally {
                    done.countDown();
                }
            }, "load-miner-" + m);
            threads.add(t);
            t.start();
        }
        done.await();
        return merged;
    }

    private Report mine(int n, Map<String, Submission> oracles, long measureFrom, long end)
            throws IOException, InterruptedException {
        Report report = new Report();
        ECKeyPair wallet = ECKeyPair.create(BigInteger.valueOf(7_000_003L * (n + 1)));
        String address = "0x" + org.web3j.crypto.Keys.getAddress(wallet.getPublicKey());
        String token = signIn(report, wallet, address, measureFrom);
        long requestNumber = 0;
        while (System.nanoTime() < end) {
            JsonNode challenge = call(report, "GET /v1/challenge", get("/v1/challenge", token), measureFrom).json;
            String id = challenge.at("/session/challengeId").asText();
            Submission oracle = oracles.get(id);
            if (oracle == null) {
                throw new IllegalStateException("the coordinator issued " + id + " without generating it here");
            }
            call(report, "POST /v1/submit (fail)", post("/v1/submit", token, json(wrong(oracle)),
                    idempotencyKey(n, requestNumber++)), measureFrom);
            Reply passed = call(report, "POST /v1/submit (pass)", post("/v1/submit", token, json(oracle),
                    idempotencyKey(n, requestNumber++)), measureFrom);
            if (passed.json.path("passed").asBoolean() && System.nanoTime() >= measureFrom) {
                report.passes++;
            }
            call(report, "GET /v1/epoch", get("/v1/epoch", null), measureFrom);
            call(report, "GET /v1/credits", get("/v1/credits?miner=" + address, null), measureFrom);
        }
        return report;
    }

    private String signIn(Report report, ECKeyPair wallet, String address, long measureFrom)
            throws IOException, InterruptedException {
        JsonNode nonce = call(report, "POST /v1/auth/nonce", post("/v1/auth/nonce", null,
                "{\"address\":\"" + address + "\"}", null), measureFrom).json;
        Sign.SignatureData s = Sign.signPrefixedMessage(nonce.get("message").asText().getBytes(StandardCharsets.UTF_8), wallet);
        String signature = "0x" + HexFormat.of().formatHex(s.getR()) + HexFormat.of().formatHex(s.getS())
                + HexFormat.of().formatHex(s.getV());
        return call(report, "POST /v1/auth/verify", post("/v1/auth/verify", null, "{\"address\":\"" + address
                + "\",\"nonce\":\"" + nonce.get("nonce").asText() + "\",\"signature\":\"" + signature + "\"}", null),
                measureFrom).json.get("token").asText();
    }

    private record Reply(int status, JsonNode json) {
    }

    private Reply call(Report report, String endpoint, HttpRequest request, long measureFrom)
            throws IOException, InterruptedException {
        long sent = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long took = System.nanoTime() - sent;
        if (sent >= measureFrom) {
            report.record(endpoint, took, response.statusCode() == 200);
        }
        return new Reply(response.statusCode(), JSON.readTree(response.body()));
    }

    private HttpRequest get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private HttpRequest post(String path, String token, String body, String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return b.build();
    }

    /** Idempotency keys are 8 to 128 characters. */
    private static String idempotencyKey(int miner, long request) {
        return String.format(Locale.ROOT, "load-%05d-%010d", miner, request);
    }

    private static Submission wrong(Submission oracle) {
        List<QuestionAnswer> answers = oracle.answers().stream()
                .map(a -> new QuestionAnswer(a.questionId(), "Nobody In Particular", a.citation(), a.confidence()))
                .toList();
        return new Submission(oracle.challengeId(), oracle.artifact(), answers, oracle.trace());
    }

    private static String json(Submission submission) {
        return DacrJson.writeString(DocumentFormat.SUBMISSION, submission);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: CoordinatorLoad [--miners N] [--seconds S] [--warmup S] [--preset P]");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
