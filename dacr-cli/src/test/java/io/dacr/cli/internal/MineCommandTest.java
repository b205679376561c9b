package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.ParseFailure;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.core.session.JsonlAttemptStore;
import io.dacr.domains.CorporateFinanceDomain;
import io.dacr.generator.DacrGenerator;
import io.dacr.testkit.ChatCompletionsServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code dacr mine} against a real in-process chat-completions server. */
@Timeout(60)
class MineCommandTest {

    @TempDir
    Path dir;

    private ChatCompletionsServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Starts a server whose reply content is {@code model(challenge id)}, or a {@code status} error; returns its base URL. */
    private String serve(int status, Function<String, String> model) {
        server = ChatCompletionsServer.start(request -> status != 200
                ? ChatCompletionsServer.Reply.error(status, "invalid api key")
                : ChatCompletionsServer.Reply.content(model.apply(request.challengeId())));
        return server.baseUrl().toString();
    }

    /** The oracle submissions of the challenges {@code dacr mine} makes with the demo secret. */
    private static Map<String, String> oracleReplies(int count) {
        DacrGenerator generator = DacrGenerator.builder().domains(List.of(new CorporateFinanceDomain())).build();
        Map<String, String> replies = new ConcurrentHashMap<>();
        for (int i = 0; i < count; i++) {
            GeneratedChallenge g = generator.generate(new GenerationRequest("corporate-finance",
                    GenerationSpec.preset("small"), "mine", i, Secret.ofUtf8(SecretSource.DEMO_SECRET)));
            replies.put(g.challenge().id().toString(), DacrJson.writeString(DocumentFormat.SUBMISSION, g.oracle()));
        }
        return replies;
    }

    private CliRun mine(String baseUrl, String... more) {
        String[] base = {"mine", "--base-url", baseUrl, "--model", "test-model", "--domain", "corporate-finance",
            "--count", "2", "--preset", "small", "--records", dir.resolve("attempts.jsonl").toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.run(PluginRegistry::discover, args);
    }

    @Test
    void aModelThatAnswersLikeTheOraclePassesEveryChallenge() throws IOException {
        Map<String, String> oracle = oracleReplies(2);
        CliRun run = mine(serve(200, oracle::get), "--concurrency", "2");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("mined 2 of 2 challenges with test-model: 2 passed, 0 failed"), run.out());
        assertTrue(run.out().contains("2 attempts, 0 unreadable replies, " + 2 * ChatCompletionsServer.TOKENS_PER_REPLY + " tokens"), run.out());
        var records = JsonlAttemptStore.read(dir.resolve("attempts.jsonl")).records();
        assertEquals(2, records.size());
        assertTrue(records.stream().allMatch(r -> r.origin() != null && r.origin().strategy().equals("self-refine")));
    }

    @Test
    void withoutASecretTheDemoSecretIsUsedAndSaidToBeInsecure() throws IOException {
        CliRun run = mine(serve(200, oracleReplies(2)::get));

        assertTrue(run.err().contains("INSECURE demo secret '" + SecretSource.DEMO_SECRET + "'"), run.err());
    }

    @Test
    void unreadableRepliesGoToTheParseFailureFileAndAreNotGraded() throws IOException {
        CliRun run = mine(serve(200, id -> "I am not sure."), "--strategy", "single");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("0 passed, 2 failed, 0 errors"), run.out());
        assertTrue(run.out().contains("0 attempts, 6 unreadable replies"), run.out());
        List<ParseFailure> failures;
        try (BufferedReader lines = Files.newBufferedReader(dir.resolve("attempts.parse-failures.jsonl"))) {
            failures = DacrJson.readLines(DocumentFormat.PARSE_FAILURE, lines).toList();
        }
        assertEquals(6, failures.size(), "one try and two parse retries per challenge");
        assertEquals("I am not sure.", failures.get(0).response());
    }

    @Test
    void aRefusedApiKeyEndsEveryChallengeInErrorAndExitsWithFailure() throws IOException {
        CliRun run = mine(serve(401, id -> ""));

        assertEquals(Cli.FAILURE, run.exitCode());
        assertTrue(run.out().contains("0 passed, 0 failed, 2 errors"), run.out());
        assertTrue(run.err().contains("AUTHENTICATION"), run.err());
    }

    @Test
    void anUnknownStrategyIsAUsageError() {
        CliRun run = mine("http://127.0.0.1:9/v1", "--strategy", "best-of-n");

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown strategy 'best-of-n'"), run.err());
    }

    @Test
    void theParseFailureFileSitsBesideTheRecords() {
        assertEquals(Path.of("out", "run.parse-failures.jsonl"), MineCommand.siblingOf(Path.of("out", "run.jsonl")));
    }
}
