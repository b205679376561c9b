package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.reward.Receipt;
import io.dacr.api.spi.DomainProvider;
import io.dacr.chain.Eip712Domain;
import io.dacr.chain.Eip712ReceiptHasher;
import io.dacr.chain.ReceiptSignatures;
import io.dacr.chain.SigningKey;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.ledger.JournalEpochLedger;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.generator.DacrGenerator;
import io.dacr.testkit.ChatCompletionsServer;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dacr run --base-url URL --model M}: the simulated miners replaced by the miner harness talking
 * to a real HTTP server (the test kit's {@link ChatCompletionsServer}) whose "model" answers every
 * prompt with the oracle submission of the challenge the prompt names.
 */
@Timeout(60)
class RunWithBackendTest {

    private static final String SEED = "run-with-backend-test-seed";
    private static final String MODEL = "test-model";
    private static final int COUNT = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static final Map<String, Submission> ORACLES = new TreeMap<>();
    private static ChatCompletionsServer server;
    private static Path dir;
    private static CliRun result;

    @BeforeAll
    static void runAgainstTheOracleServer() throws IOException {
        regenerateOracles();
        server = ChatCompletionsServer.start(ChatCompletionsServer.oracle(ORACLES));
        dir = tmp.resolve("epoch");
        String baseUrl = server.baseUrl().toString();
        result = CliRun.run(PluginRegistry::discover, "run", "--count", String.valueOf(COUNT), "--preset", "small",
                "--base-url", baseUrl, "--model", MODEL, "--dir", dir.toString(), "--seed", SEED);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** The same challenges the run generates: challenge i of the i-th installed domain (sorted), epoch 1. */
    private static void regenerateOracles() {
        List<DomainProvider> domains = new ArrayList<>(PluginRegistry.discover().domains());
        domains.sort(Comparator.comparing(DomainProvider::id));
        DacrGenerator generator = DacrGenerator.builder().domains(domains).build();
        for (int i = 0; i < COUNT; i++) {
            GeneratedChallenge g = generator.generate(new GenerationRequest(domains.get(i % domains.size()).id(),
                    new GenerationSpec("small", new TreeMap<>()), "epoch-1", i, Secret.ofUtf8(SEED)));
            ORACLES.put(g.challenge().id().toString(), g.oracle());
        }
    }

    @Test
    void theRunWithARealBackEndCompletesAndPrintsTheModelsRow() {
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().lines().anyMatch(l -> l.startsWith(MODEL + " ")), result.out());
    }

    @Test
    void everyAttemptIsTheModelsAndEveryChallengePassesAtTheFirstTry() throws IOException {
        List<AttemptRecord> records = records();
        assertEquals(COUNT, records.size());
        assertEquals(COUNT, server.requests());
        for (AttemptRecord r : records) {
            assertEquals(MODEL, r.attempt().modelId());
            assertTrue(r.attempt().verdict().passed(), r.attempt().challengeId());
            assertEquals(1, r.attempt().number());
        }
        assertEquals(ORACLES.keySet(), new TreeSet<>(records.stream().map(r -> r.attempt().challengeId()).toList()));
    }

    @Test
    void eachPassIsASignedReceiptAndTheLedgerHoldsExactlyThem() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("receipts.jsonl"));
        assertEquals(COUNT, lines.size());
        Eip712Domain domain = Eip712Domain.dacrMining(RunCommand.DEMO_CHAIN_ID, RunCommand.DEMO_CONTRACT);
        String coordinator = SigningKey.ofHex(RunCommand.DEMO_KEY).address();
        BigInteger credits = BigInteger.ZERO;
        List<Receipt> receipts = new ArrayList<>();
        for (String text : lines) {
            JsonNode line = JSON.readTree(text);
            Receipt r = DacrJson.read(DocumentFormat.RECEIPT, line.get("receipt").toString());
            ReceiptSignatures.verify(r, line.get("signature").asText(), domain, coordinator);
            credits = credits.add(r.credits());
            receipts.add(r);
        }
        try (JournalEpochLedger ledger = JournalEpochLedger.open(dir.resolve("ledger"), new Eip712ReceiptHasher())) {
            assertEquals(credits, ledger.totalCredits(1));
            assertEquals(receipts, ledger.receipts(1));
        }
    }

    @Test
    void everyExportLineParsesAsAJsonObject() throws IOException {
        for (String name : List.of("sft", "raw", "trl", "verl")) {
            List<String> rows = Files.readAllLines(dir.resolve("exports").resolve(name + ".jsonl"));
            assertFalse(rows.isEmpty(), name + " has rows");
            for (String row : rows) {
                assertTrue(JSON.readTree(row).isObject(), name + ": " + row);
            }
        }
    }

    private static List<AttemptRecord> records() throws IOException {
        List<AttemptRecord> all = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("attempts.jsonl"))) {
            all.add(DacrJson.read(DocumentFormat.ATTEMPT_RECORD, line));
        }
        return all;
    }
}
