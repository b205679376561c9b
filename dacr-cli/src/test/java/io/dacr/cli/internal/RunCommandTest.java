package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.Submission;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import io.dacr.chain.Eip712Domain;
import io.dacr.chain.Eip712ReceiptHasher;
import io.dacr.chain.MerkleDistributionTree;
import io.dacr.chain.ReceiptSignatures;
import io.dacr.chain.SigningKey;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.ledger.JournalEpochLedger;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.core.reward.CompletionParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dacr run} end to end on a small epoch (8 challenges of the small preset, the default simulated
 * miners): what it writes, that it writes it the same way every time, and that a killed run resumes
 * to the very same result.
 */
class RunCommandTest {

    private static final String SEED = "run-command-test-seed";
    private static final String COUNT = "8";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path reference;
    private static CliRun first;

    @BeforeAll
    static void runOnce() {
        reference = tmp.resolve("reference");
        first = run(reference);
    }

    private static CliRun run(Path dir, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--dir", dir.toString(), "--count", COUNT, "--preset", "small",
                "--seed", SEED));
        args.addAll(List.of(extra));
        return CliRun.run(PluginRegistry::discover, args.toArray(String[]::new));
    }

    @Test
    void aSmallRunCompletesAndPrintsOneRowPerSimulatedMiner() {
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("epoch 1: 8 challenges (corporate-finance, insurance-law, quantum-computing), "
                + "3 miners"), first.out());
        for (String miner : List.of("simulated/oracle-trap0.1-fix0.8", "simulated/oracle-trap0.3-fix0.5",
                "simulated/careless-slip0.3")) {
            assertTrue(first.out().lines().anyMatch(l -> l.startsWith(miner + " ")), miner + " in\n" + first.out());
        }
    }

    @Test
    void withoutAKeyTheInsecureDemoCoordinatorKeySignsAfterAWarning() {
        assertTrue(first.err().contains("INSECURE demo key of 0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"), first.err());
    }

    @Test
    void attemptsAreRecordedByChallengeThenMinerThenAttempt() throws IOException {
        List<String> challengeIds = lines(reference.resolve("challenges.jsonl")).stream()
                .map(l -> l.get("id").asText()).toList();
        List<String> miners = List.of("simulated/oracle-trap0.1-fix0.8", "simulated/oracle-trap0.3-fix0.5",
                "simulated/careless-slip0.3");
        List<AttemptRecord> records = records(reference);
        for (int i = 1; i < records.size(); i++) {
            var a = records.get(i - 1).attempt();
            var b = records.get(i).attempt();
            int order = Integer.compare(challengeIds.indexOf(a.challengeId()), challengeIds.indexOf(b.challengeId()));
            if (order == 0) {
                order = Integer.compare(miners.indexOf(a.modelId()), miners.indexOf(b.modelId()));
            }
            if (order == 0) {
                order = Integer.compare(a.number(), b.number());
            }
            assertTrue(order < 0, "record " + i + " is out of order");
        }
        assertTrue(records.stream().allMatch(r -> r.attempt().modelId().startsWith("simulated/")));
    }

    @Test
    void theLedgerHoldsExactlyTheSignedReceiptsOfThePassedAttempts() throws IOException {
        List<JsonNode> lines = lines(reference.resolve("receipts.jsonl"));
        long passed = records(reference).stream().filter(r -> r.attempt().verdict().passed()).count();
        assertEquals(passed, lines.size());
        Eip712Domain domain = Eip712Domain.dacrMining(RunCommand.DEMO_CHAIN_ID, RunCommand.DEMO_CONTRACT);
        String coordinator = SigningKey.ofHex(RunCommand.DEMO_KEY).address();
        BigInteger credits = BigInteger.ZERO;
        List<Receipt> receipts = new ArrayList<>();
        for (JsonNode line : lines) {
            Receipt r = DacrJson.read(DocumentFormat.RECEIPT, line.get("receipt").toString());
            ReceiptSignatures.verify(r, line.get("signature").asText(), domain, coordinator);
            assertEquals(new Eip712ReceiptHasher().hash(r), line.get("hash").asText());
            credits = credits.add(r.credits());
            receipts.add(r);
        }
        Path copy = copyOf(reference.resolve("ledger"), tmp.resolve("ledger-copy"));
        try (JournalEpochLedger ledger = JournalEpochLedger.open(copy, new Eip712ReceiptHasher())) {
            assertEquals(credits, ledger.totalCredits(1));
            assertEquals(receipts, ledger.receipts(1));
        }
    }

    @Test
    void theDistributionSplitsThePoolExactlyAndEveryClaimProvesAgainstItsRoot() throws IOException {
        JsonNode json = JSON.readTree(Files.readString(reference.resolve("distribution.json")));
        Distribution d = DacrJson.read(DocumentFormat.DISTRIBUTION, json.get("distribution").toString());
        assertEquals(DistributionMode.LARGEST_REMAINDER, d.mode());
        assertEquals(new BigInteger("1000000000000000000000"), d.pool());
        assertEquals(d.pool(), d.allocations().stream().map(a -> a.amount()).reduce(BigInteger.ZERO, BigInteger::add));
        assertEquals(MerkleDistributionTree.of(d).root(), json.get("merkleRoot").asText());
        for (JsonNode claim : json.get("claims")) {
            List<String> proof = new ArrayList<>();
            claim.get("proof").forEach(p -> proof.add(p.asText()));
            String leaf = MerkleDistributionTree.leaf(1, claim.get("account").asText(), new BigInteger(claim.get("amount").asText()));
            assertTrue(MerkleDistributionTree.verify(json.get("merkleRoot").asText(), leaf, proof));
        }
    }

    @Test
    void everyExportLineParsesAsAJsonObject() throws IOException {
        for (String name : List.of("sft", "dpo", "raw", "trl", "verl")) {
            List<String> rows = Files.readAllLines(reference.resolve("exports").resolve(name + ".jsonl"));
            assertFalse(rows.isEmpty(), name + " has rows");
            for (String row : rows) {
                assertTrue(JSON.readTree(row).isObject(), name + ": " + row);
            }
        }
    }

    @Test
    void everyTrainingCompletionIsTheReplyThePromptAsksForAndReadsBackAsTheRecordedSubmission() throws IOException {
        Map<String, Submission> recorded = new TreeMap<>();
        for (AttemptRecord r : records(reference)) {
            recorded.put(r.attempt().sessionId() + "#" + r.attempt().number(), r.attempt().submission());
        }
        for (JsonNode row : lines(reference.resolve("exports").resolve("sft.jsonl"))) {
            String completion = row.get("messages").get(2).get("content").asText();
            assertEquals(recorded.get(row.get("session_id").asText() + "#" + row.get("attempt").asInt()),
                    CompletionParser.strictJson().parse(completion, row.get("challenge_id").asText()), completion);
        }
        for (String name : List.of("sft", "dpo")) {
            List<String> rows = Files.readAllLines(reference.resolve("exports").resolve(name + ".jsonl"));
            for (String line : rows) {
                JsonNode row = JSON.readTree(line);
                List<String> completions = new ArrayList<>();
                if (name.equals("sft")) {
                    completions.add(row.get("messages").get(2).get("content").asText());
                } else {
                    completions.add(row.get("chosen").get(0).get("content").asText());
                    completions.add(row.get("rejected").get(0).get("content").asText());
                }
                for (String completion : completions) {
                    JsonNode reply = JSON.readTree(completion);
                    List<String> fields = new ArrayList<>();
                    reply.fieldNames().forEachRemaining(fields::add);
                    assertEquals(List.of("answers", "artifact", "trace"), fields, name + ": " + completion);
                    assertTrue(reply.get("answers").isObject(), name + ": " + completion);
                    assertEquals(reply.get("answers").size(),
                            CompletionParser.strictJson().parse(completion, row.get("challenge_id").asText()).answers().size());
                }
            }
        }
    }

    @Test
    void everyMinerHasABenchmarkReportWithItsCharts() throws IOException {
        for (String miner : List.of("simulated-oracle-trap0.1-fix0.8", "simulated-oracle-trap0.3-fix0.5",
                "simulated-careless-slip0.3")) {
            Path folder = reference.resolve("report").resolve(miner);
            assertTrue(Files.readString(folder.resolve("report.html")).contains("<svg"), miner);
            assertTrue(JSON.readTree(Files.readString(folder.resolve("report.json"))).isObject());
            assertTrue(Files.readString(folder.resolve("report.md")).startsWith("#"));
        }
    }

    @Test
    void runningAgainWithTheSameSeedWritesTheSameBytesExceptTheTimings() throws IOException {
        Path again = tmp.resolve("again");
        CliRun second = run(again);

        assertEquals(0, second.exitCode(), second.err());
        assertEquals(first.out().replace(reference.toString(), "DIR"), second.out().replace(again.toString(), "DIR"));
        assertEquals(contents(reference), contents(again));
    }

    @Test
    void aRunKilledMidwayAndResumedEndsExactlyLikeAnUninterruptedOne() throws Exception {
        Path killed = tmp.resolve("killed");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.dacr.cli.Main", "run", "--dir", killed.toString(),
                "--count", COUNT, "--preset", "small", "--seed", SEED, "--progress")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // The bar is redrawn after each committed challenge: kill the JVM once it shows 3 of 8 done.
        StringBuilder stderr = new StringBuilder();
        try (Reader err = new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8)) {
            for (int c = err.read(); c >= 0 && !stderr.toString().contains(" 3/" + COUNT + " "); c = err.read()) {
                stderr.append((char) c);
            }
            child.destroyForcibly().waitFor();
        }
        assertTrue(stderr.toString().contains(" 3/" + COUNT + " "), stderr.toString());
        assertTrue(Files.readString(killed.resolve("checkpoint.json")).contains("\"complete\" : false"));

        CliRun resumed = CliRun.run(PluginRegistry::discover, "run", "--dir", killed.toString(), "--resume", "--seed", SEED);

        assertEquals(0, resumed.exitCode(), resumed.err());
        assertEquals(contents(reference), contents(killed));
    }

    @Test
    void resumeTakesTheSettingsFromTheRunAndRefusesOthers() {
        CliRun r = CliRun.run(PluginRegistry::discover, "run", "--dir", reference.toString(), "--resume", "--count", "9");

        assertEquals(Cli.USAGE, r.exitCode());
        assertTrue(r.err().contains("--count cannot be combined with --resume"), r.err());
    }

    @Test
    void resumeWithAnotherSecretIsRefused() {
        CliRun r = CliRun.run(PluginRegistry::discover, "run", "--dir", reference.toString(), "--resume",
                "--seed", "another-secret-of-enough-bytes");

        assertEquals(Cli.FAILURE, r.exitCode());
        assertTrue(r.err().contains("not the one this run was started with"), r.err());
    }

    @Test
    void aDirectoryThatHoldsFilesIsNotOverwritten() {
        CliRun r = run(reference);

        assertEquals(Cli.FAILURE, r.exitCode());
        assertTrue(r.err().contains("already holds files: continue its run with --resume"), r.err());
    }

    /** Every file's bytes, by path, except timings.json and what the ledger copy test made. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(f).toString().replace('\\', '/');
                if (!name.equals("timings.json")) {
                    byte[] bytes = Files.readAllBytes(f);
                    all.put(name, bytes.length + " bytes, SHA-256 " + HexFormat.of().formatHex(sha256(bytes)));
                }
            }
        }
        return all;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            all.add(JSON.readTree(line));
        }
        return all;
    }

    private static List<AttemptRecord> records(Path dir) throws IOException {
        List<AttemptRecord> all = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("attempts.jsonl"))) {
            all.add(DacrJson.read(DocumentFormat.ATTEMPT_RECORD, line));
        }
        return all;
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return to;
    }
}
