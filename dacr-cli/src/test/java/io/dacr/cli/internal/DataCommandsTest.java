package io.dacr.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.GeneratedKey;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.core.reward.RewardServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dacr export, dacr bench and dacr serve-reward on two small generated challenges. */
class DataCommandsTest {

    private static final String SEED = "test-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path challenges;
    private static Path keys;
    private static List<GeneratedKey> generatedKeys;

    /** Generated once: every test only reads these files. */
    @BeforeAll
    static void generate() throws IOException {
        challenges = dir.resolve("c.jsonl");
        keys = dir.resolve("k.jsonl");
        CliRun run = CliRun.run(PluginRegistry::discover, "generate", "--preset", "small", "--seed", SEED,
                "--domain", "all", "--count", "2", "--out", challenges.toString(), "--keys", keys.toString());
        assertEquals(Cli.OK, run.exitCode(), run.err());
        try (BufferedReader reader = Files.newBufferedReader(keys, StandardCharsets.UTF_8);
             Stream<GeneratedKey> lines = DacrJson.readLines(DocumentFormat.GENERATED_KEY, reader)) {
            generatedKeys = lines.toList();
        }
    }

    private static Path oraclePredictions() throws IOException {
        ArrayNode array = JSON.createArrayNode();
        for (GeneratedKey k : generatedKeys) {
            ObjectNode p = array.addObject().put("challengeId", k.challengeId().toString()).put("model", "oracle");
            ObjectNode answers = p.putObject("answers");
            for (QuestionAnswer a : k.oracle().answers()) {
                answers.putObject(a.questionId()).put("answer", a.answer()).put("citation", "").put("confidence", 1);
            }
        }
        Path file = dir.resolve("pred.json");
        Files.writeString(file, array.toString(), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void exportWritesTrlRowsNamingThePromptVersion() throws IOException {
        Path out = dir.resolve("trl.jsonl");

        CliRun run = CliRun.run(PluginRegistry::discover, "export", "--format", "trl", "--challenges",
                challenges.toString(), "--out", out.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2, rows.size());
        assertEquals(io.dacr.core.miner.PromptBuilder.PROMPT_VERSION, JSON.readTree(rows.get(0)).get("prompt_version").asText());
    }

    @Test
    void exportOfVerlRowsWithoutKeysFailsWithAClearMessage() {
        CliRun run = CliRun.run(PluginRegistry::discover, "export", "--format", "verl", "--challenges",
                challenges.toString(), "--out", dir.resolve("v.jsonl").toString());

        assertEquals(Cli.FAILURE, run.exitCode());
        assertTrue(run.err().contains("give the keys file"), run.err());
    }

    @Test
    void exportOfSftRowsWithoutAttemptsIsAUsageError() {
        CliRun run = CliRun.run(PluginRegistry::discover, "export", "--format", "sft", "--challenges",
                challenges.toString(), "--out", dir.resolve("s.jsonl").toString());

        assertEquals(Cli.USAGE, run.exitCode());
    }

    @Test
    void exportRefusesAnOutThatIsTheAttemptsFileAndLeavesItAlone() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("same"));
        Path records = folder.resolve("attempts.jsonl");
        Files.writeString(records, "precious\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(PluginRegistry::discover, "export", "--format", "sft", "--challenges",
                challenges.toString(), "--attempts", records.toString(), "--out",
                folder.resolve("..").resolve("same").resolve("attempts.jsonl").toString());

        assertEquals(Cli.USAGE, run.exitCode(), run.out());
        assertTrue(run.err().contains("is the same file as the input"), run.err());
        assertEquals("precious\n", Files.readString(records, StandardCharsets.UTF_8));
    }

    @Test
    void exportRefusesAnOutThatIsALinkToTheChallenges() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("linked"));
        Path copy = Files.copy(challenges, folder.resolve("c.jsonl"));
        Path link = Files.createSymbolicLink(folder.resolve("link-to-challenges.jsonl"), copy);

        CliRun run = CliRun.run(PluginRegistry::discover, "export", "--format", "trl", "--challenges",
                copy.toString(), "--out", link.toString());

        assertEquals(Cli.USAGE, run.exitCode(), run.out());
        assertEquals(Files.size(challenges), Files.size(copy));
    }

    @Test
    void aFailedExportLeavesAnExistingOutAsItWasAndNoTemporaryFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("failed-export"));
        Path out = folder.resolve("out.jsonl");
        Files.writeString(out, "precious row\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(PluginRegistry::discover, "export", "--format", "verl", "--challenges",
                challenges.toString(), "--out", out.toString());

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals("precious row\n", Files.readString(out, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void exportReplacesAnExistingOutOnlyWhenDone() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("replaced"));
        Path out = folder.resolve("trl.jsonl");
        Files.writeString(out, "old\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(PluginRegistry::discover, "export", "--format", "trl", "--challenges",
                challenges.toString(), "--out", out.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals(2, Files.readAllLines(out, StandardCharsets.UTF_8).size());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void exportToAMissingFolderSaysCannotWriteNotInternalError() {
        Path out = dir.resolve("no-such-folder").resolve("o.jsonl");

        CliRun run = CliRun.run(PluginRegistry::discover, "export", "--format", "trl", "--challenges",
                challenges.toString(), "--out", out.toString());

        assertEquals(Cli.FAILURE, run.exitCode());
        assertTrue(run.err().contains("cannot write " + out), run.err());
        assertTrue(!run.err().contains("internal error"), run.err());
    }

    @Test
    void benchToAnOutBelowAFileSaysCannotWriteNotInternalError() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(PluginRegistry::discover, "bench", "--challenges", challenges.toString(), "--keys",
                keys.toString(), "--predictions", oraclePredictions().toString(), "--out",
                file.resolve("report").toString(), "--resamples", "0");

        assertEquals(Cli.FAILURE, run.exitCode());
        assertTrue(run.err().contains("cannot write " + file.resolve("report")), run.err());
        assertTrue(!run.err().contains("internal error"), run.err());
    }

    @Test
    void benchScoresOraclePredictionsOnOurChallengesAsOneAndWritesThreeReports() throws IOException {
        Path out = dir.resolve("report");

        CliRun run = CliRun.run(PluginRegistry::discover, "bench", "--challenges", challenges.toString(), "--keys",
                keys.toString(), "--predictions", oraclePredictions().toString(), "--out", out.toString(),
                "--resamples", "100");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("answer accuracy 1 strict, 1 compatible"), run.out());
        JsonNode report = JSON.readTree(Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8));
        assertEquals("1", report.get("summary").get("passRate").asText());
        assertTrue(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8).contains("<svg"));
        assertTrue(Files.exists(out.resolve("report.md")));
    }

    @Test
    void benchSaysTrapEvasionIsNotApplicableWhenNoTrapQuestionCounts() throws IOException {
        ArrayNode array = (ArrayNode) JSON.readTree(Files.readString(oraclePredictions(), StandardCharsets.UTF_8));
        array.forEach(p -> p.get("answers").forEach(a -> ((ObjectNode) a).put("answer", "zzz")));
        Path wrong = dir.resolve("all-wrong.json");
        Files.writeString(wrong, array.toString(), StandardCharsets.UTF_8);
        Path out = dir.resolve("report-all-wrong");

        CliRun run = CliRun.run(PluginRegistry::discover, "bench", "--challenges", challenges.toString(), "--keys",
                keys.toString(), "--predictions", wrong.toString(), "--out", out.toString(), "--resamples", "50");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("trap evasion n/a"), run.out());
        JsonNode report = JSON.readTree(Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8));
        assertTrue(report.get("summary").get("trapEvasionRate").isNull(), report.get("summary").toString());
    }

    @Test
    void benchShortcutsScoresEveryShortcutSolverIntoItsOwnFolder() {
        Path out = dir.resolve("shortcuts");

        CliRun run = CliRun.run(PluginRegistry::discover, "bench", "--challenges", challenges.toString(), "--keys",
                keys.toString(), "--shortcuts", "--out", out.toString(), "--resamples", "0");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        for (String solver : List.of("first-mention", "last-mention", "majority", "canonical-only", "regex-kv")) {
            assertTrue(run.out().contains(solver + " "), run.out());
            assertTrue(Files.exists(out.resolve(solver).resolve("report.json")), solver);
        }
    }

    @Test
    void benchShortcutsWithPredictionsIsAUsageError() throws IOException {
        CliRun run = CliRun.run(PluginRegistry::discover, "bench", "--challenges", challenges.toString(), "--keys",
                keys.toString(), "--shortcuts", "--predictions", oraclePredictions().toString(), "--out",
                dir.resolve("r2").toString());

        assertEquals(Cli.USAGE, run.exitCode());
    }

    @Test
    void benchWithoutPredictionsOrAttemptsIsAUsageError() {
        CliRun run = CliRun.run(PluginRegistry::discover, "bench", "--challenges", challenges.toString(), "--keys",
                keys.toString(), "--out", dir.resolve("r").toString());

        assertEquals(Cli.USAGE, run.exitCode());
    }

    @Test
    void serveRewardGradesAnOracleCompletionAsOne() throws Exception {
        StringWriter out = new StringWriter();
        ServeRewardCommand command = new ServeRewardCommand(PluginRegistry::discover);
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out));
        commandLine.parseArgs("--port", "0", "--challenges", challenges.toString(), "--secret-file",
                secretFile().toString(), "--preset", "small");

        try (RewardServer server = command.start()) {
            Submission oracle = generatedKeys.get(0).oracle();
            ObjectNode body = JSON.createObjectNode();
            body.putArray("items").addObject().put("challenge_id", oracle.challengeId())
                    .put("completion", DacrJson.writeString(DocumentFormat.SUBMISSION, oracle));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/reward"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

            assertEquals(200, response.statusCode(), response.body());
            assertEquals("[1]", JSON.readTree(response.body()).get("rewards").toString());
        }
        assertTrue(out.toString().startsWith("serving rewards for 2 challenges on http://127.0.0.1:"), out.toString());
    }

    private static Path secretFile() throws IOException {
        Path file = dir.resolve("secret");
        Files.writeString(file, SEED, StandardCharsets.UTF_8);
        return file;
    }
}
