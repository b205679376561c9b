package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.core.bench.DacrBenchFormat;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchQuestion;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.GeneratedKey;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.testkit.ChatCompletionsServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dacr bench --base-url URL --model M}: a model answers benchmark challenges through the miner
 * harness over real HTTP (the test kit's {@link ChatCompletionsServer}), and the run is scored. The
 * DACR-Bench file is two small DACR challenges exported in DACR-Bench's format ({@code dacr export
 * --format dacr-bench}), so it imports as someone else's benchmark would.
 */
@Timeout(60)
class BenchRunCommandTest {

    private static final String SEED = "bench-run-test-secret-0123";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static Path challenges;
    private static Path keys;
    private static Path benchFile;
    private static BenchDataset bench;
    private static final Map<String, Submission> ORACLES = new HashMap<>();

    @TempDir
    Path dir;

    private ChatCompletionsServer server;

    @BeforeAll
    static void generateAndExport() throws IOException {
        challenges = shared.resolve("c.jsonl");
        keys = shared.resolve("k.jsonl");
        benchFile = shared.resolve("bench.json");
        CliRun generate = CliRun.run(PluginRegistry::discover, "generate", "--preset", "small", "--seed", SEED,
                "--domain", "all", "--count", "2", "--out", challenges.toString(), "--keys", keys.toString());
        assertEquals(Cli.OK, generate.exitCode(), generate.err());
        CliRun export = CliRun.run(PluginRegistry::discover, "export", "--format", "dacr-bench", "--challenges",
                challenges.toString(), "--keys", keys.toString(), "--out", benchFile.toString());
        assertEquals(Cli.OK, export.exitCode(), export.err());
        bench = DacrBenchFormat.readDataset(Files.readAllBytes(benchFile));
        try (BufferedReader reader = Files.newBufferedReader(keys, StandardCharsets.UTF_8);
             Stream<GeneratedKey> lines = DacrJson.readLines(DocumentFormat.GENERATED_KEY, reader)) {
            lines.forEach(k -> ORACLES.put(k.challengeId().toString(), k.oracle()));
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * The gold answers of the imported challenge a prompt names: the id of an imported challenge ends in
     * {@code .dacr-bench.<index>.<mac>}, index = position in the file; questions are q1 … in file order.
     */
    private static ChatCompletionsServer.Reply gold(ChatCompletionsServer.Request request) {
        String[] parts = request.challengeId().split("\\.");
        List<BenchQuestion> questions = bench.challenges().get(Integer.parseInt(parts[5])).questions();
        List<QuestionAnswer> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.add(new QuestionAnswer("q" + (i + 1), questions.get(i).goldAnswer(), "", null));
        }
        return ChatCompletionsServer.Reply.content(ChatCompletionsServer.replyText(
                new Submission(request.challengeId(), "done", answers, List.of())));
    }

    private CliRun bench(ChatCompletionsServer.Model model, String... more) {
        server = ChatCompletionsServer.start(model);
        return benchAt(server.baseUrl().toString(), more);
    }

    private CliRun benchAt(String baseUrl, String... more) {
        List<String> args = new ArrayList<>(List.of("bench", "--base-url", baseUrl, "--model", "test-model",
                "--out", dir.resolve("run").toString(), "--resamples", "50"));
        args.addAll(List.of(more));
        return CliRun.run(PluginRegistry::discover, args.toArray(String[]::new));
    }

    private JsonNode json(String name) throws IOException {
        return JSON.readTree(Files.readString(dir.resolve("run").resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void aBackEndAnsweringTheGoldAnswersOfADacrBenchFileScoresAccuracyOne() throws IOException {
        CliRun run = bench(BenchRunCommandTest::gold, "--benchmark", benchFile.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("answer accuracy 1 strict, 1 compatible"), run.out());
        assertEquals("1", json("report.json").get("summary").get("answerAccuracy").asText());
        assertEquals("1", json("report.json").get("attempts").get("passAt1").asText());
    }

    @Test
    void theRunLeavesItsPredictionsRecordsAndPerChallengeOutcomesBesideTheReports() throws IOException {
        CliRun run = bench(BenchRunCommandTest::gold, "--benchmark", benchFile.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        List<Prediction> predictions = DacrBenchFormat.readPredictions(
                Files.readAllBytes(dir.resolve("run").resolve("predictions.json")));
        assertEquals(bench.challenges().stream().map(c -> c.challengeId()).toList(),
                predictions.stream().map(Prediction::challengeId).toList());
        assertEquals(2, Files.readAllLines(dir.resolve("run").resolve("attempts.jsonl")).size());
        assertTrue(Files.exists(dir.resolve("run").resolve("parse-failures.jsonl")));
        JsonNode runJson = json("run.json");
        assertTrue(runJson.get("complete").asBoolean());
        assertEquals("passed", runJson.get("perChallenge").get(0).get("status").asText());
        for (String report : List.of("report.json", "report.md", "report.html")) {
            assertTrue(Files.exists(dir.resolve("run").resolve(report)), report);
        }
    }

    @Test
    void aBackEndThatFailsFirstAndPassesAfterFeedbackCountsAsSelfCorrected() throws IOException {
        CliRun run = bench(ChatCompletionsServer.wrongThenOracle(ORACLES), "--challenges", challenges.toString(),
                "--keys", keys.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("pass@1 0, pass@2 1, self-correction 1, parse failures 0"), run.out());
        JsonNode attempts = json("report.json").get("attempts");
        assertEquals(4, attempts.get("attempts").asInt());
        assertEquals("0", json("report.json").get("summary").get("answerAccuracy").asText(),
                "the prediction is the first, unaided attempt");
    }

    @Test
    void scoringTheRunsFilesAgainGivesTheRunsReportByteForByte() throws IOException {
        CliRun run = bench(ChatCompletionsServer.wrongThenOracle(ORACLES), "--challenges", challenges.toString(),
                "--keys", keys.toString());
        assertEquals(Cli.OK, run.exitCode(), run.err());
        Path runDir = dir.resolve("run");

        CliRun rescore = CliRun.run(PluginRegistry::discover, "bench", "--challenges", challenges.toString(),
                "--keys", keys.toString(), "--predictions", runDir.resolve("predictions.json").toString(),
                "--attempts", runDir.resolve("attempts.jsonl").toString(), "--parse-failures",
                runDir.resolve("parse-failures.jsonl").toString(), "--resamples", "50", "--out",
                dir.resolve("rescored").toString());

        assertEquals(Cli.OK, rescore.exitCode(), rescore.err());
        assertEquals(Files.readString(runDir.resolve("report.json")),
                Files.readString(dir.resolve("rescored").resolve("report.json")));
    }

    @Test
    void aBackEndReturningGarbageCountsParseFailuresAndTheRunCompletes() throws IOException {
        CliRun run = bench(request -> ChatCompletionsServer.Reply.content("Let me think about it... no."),
                "--benchmark", benchFile.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("0 attempts, 6 unreadable replies"), run.out());
        JsonNode report = json("report.json");
        assertEquals("1", report.get("attempts").get("parseFailureRate").asText());
        assertEquals(6, report.get("attempts").get("unreadableReplies").asInt());
        assertEquals("0", report.get("summary").get("answerAccuracy").asText());
        assertEquals(6, Files.readAllLines(dir.resolve("run").resolve("parse-failures.jsonl")).size());
    }

    @Test
    void anHttp500StopsTheRunWithExitCodeOneAndAClearError() throws IOException {
        CliRun run = bench(request -> ChatCompletionsServer.Reply.error(500, "the GPU caught fire"),
                "--benchmark", benchFile.toString(), "--option", "max_retries=0");

        assertEquals(Cli.FAILURE, run.exitCode());
        assertTrue(run.err().contains("SERVER_ERROR"), run.err());
        assertTrue(run.err().contains("the run is incomplete: 2 of 2 challenges have no prediction"), run.err());
        JsonNode runJson = json("run.json");
        assertFalse(runJson.get("complete").asBoolean());
        assertEquals(1, runJson.get("error").asInt());
        assertEquals(1, server.requests(), "the run stopped at the first error");
    }

    @Test
    void anUnreachableServerFailsWithExitCodeOneAndATransportError() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliRun run = benchAt("http://127.0.0.1:" + port + "/v1", "--benchmark", benchFile.toString(),
                "--option", "max_retries=0");

        assertEquals(Cli.FAILURE, run.exitCode());
        assertTrue(run.err().contains("TRANSPORT"), run.err());
        assertTrue(Files.exists(dir.resolve("run").resolve("run.json")));
    }

    @Test
    void aRunIntoAFolderThatHoldsAnEarlierRunIsAUsageErrorAndOverwritesNothing() throws IOException {
        Files.createDirectories(dir.resolve("run"));
        Files.writeString(dir.resolve("run").resolve("attempts.jsonl"), "earlier\n", StandardCharsets.UTF_8);

        CliRun run = benchAt("http://127.0.0.1:9/v1", "--benchmark", benchFile.toString());

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("already holds a run"), run.err());
        assertEquals("earlier\n", Files.readString(dir.resolve("run").resolve("attempts.jsonl")));
    }

    @Test
    void aBaseUrlWithoutAModelIsAUsageError() {
        CliRun run = CliRun.run(PluginRegistry::discover, "bench", "--benchmark", benchFile.toString(),
                "--base-url", "http://127.0.0.1:9/v1", "--out", dir.resolve("x").toString());

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("needs both --base-url and --model"), run.err());
    }

    @Test
    void limitRunsOnlyTheFirstChallenges() throws IOException {
        CliRun run = bench(BenchRunCommandTest::gold, "--benchmark", benchFile.toString(), "--limit", "1");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals(1, json("run.json").get("challenges").asInt());
        assertEquals(1, server.requests());
    }

    @Test
    void shortcutsWithOursScoreEverySolverOnBothSidesByTheSameMetrics() throws IOException {
        Path out = dir.resolve("shortcuts");
        CliRun run = CliRun.run(PluginRegistry::discover, "bench", "--benchmark", benchFile.toString(), "--shortcuts",
                "--ours", "3", "--ours-preset", "small", "--resamples", "0", "--out", out.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        List<String> rows = Files.readAllLines(out.resolve("shortcuts.md")).stream()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| solver")).toList();
        // Six solvers, three rows each: DACR-Bench, ours read generically, ours read with the packs.
        assertEquals(18, rows.size(), String.join("\n", rows));
        for (String solver : List.of("first-mention", "last-mention", "majority", "canonical-only", "regex-kv",
                "cue-reader")) {
            assertTrue(Files.exists(out.resolve(solver).resolve("report.json")), solver);
            assertTrue(Files.exists(out.resolve("ours-generic").resolve(solver).resolve("report.json")), solver);
            assertTrue(Files.exists(out.resolve("ours-packs").resolve(solver).resolve("report.json")), solver);
        }
    }
}
