package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.Submission;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.GeneratedKey;
import io.dacr.core.plugin.PluginRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

    private static final String SEED = "test-secret-0123456789";

    @TempDir
    Path dir;

    private Path challenges;
    private Path keys;
    private List<GeneratedKey> generatedKeys;

    /** Three small challenges with their keys, as {@code dacr generate --keys} writes them. */
    @BeforeEach
    void generateThreeChallenges() throws IOException {
        challenges = dir.resolve("c.jsonl");
        keys = dir.resolve("k.jsonl");
        CliRun run = CliRun.run(PluginRegistry::discover, "generate", "--preset", "small", "--seed", SEED,
                "--domain", "all", "--count", "3", "--out", challenges.toString(), "--keys", keys.toString());
        assertEquals(Cli.OK, run.exitCode(), run.err());
        try (BufferedReader reader = Files.newBufferedReader(keys, StandardCharsets.UTF_8);
             Stream<GeneratedKey> lines = DacrJson.readLines(DocumentFormat.GENERATED_KEY, reader)) {
            generatedKeys = lines.toList();
        }
    }

    private Path submissions(List<Submission> submissions) throws IOException {
        Path file = dir.resolve("s.jsonl");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Submission s : submissions) {
                DacrJson.writeLine(DocumentFormat.SUBMISSION, s, out);
            }
        }
        return file;
    }

    private List<Submission> oracles() {
        return generatedKeys.stream().map(GeneratedKey::oracle).toList();
    }

    private CliRun verify(Path challengesFile, Path keysFile, Path submissionsFile, String... extra) {
        List<String> args = new ArrayList<>(List.of("verify", "--challenges", challengesFile.toString(),
                "--keys", keysFile.toString(), "--submissions", submissionsFile.toString()));
        args.addAll(List.of(extra));
        return CliRun.run(PluginRegistry::discover, args.toArray(String[]::new));
    }

    private static Submission withArtifact(Submission s, String artifact) {
        return new Submission(s.challengeId(), artifact, s.answers(), s.trace());
    }

    @Test
    void theOracleSubmissionsAllPass() throws IOException {
        CliRun run = verify(challenges, keys, submissions(oracles()));

        assertEquals(Cli.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out());
        for (int i = 0; i < 3; i++) {
            assertTrue(lines.get(i).startsWith("PASS " + oracles().get(i).challengeId() + " "), lines.get(i));
        }
        assertEquals("graded 3 submissions: 3 passed, 0 failed, 0 malformed", lines.get(3));
        assertEquals("", run.err());
    }

    @Test
    void aBrokenSubmissionFailsItsVerdictButTheRunSucceeds() throws IOException {
        List<Submission> submissions = new ArrayList<>(oracles());
        submissions.set(1, withArtifact(submissions.get(1), "short"));

        CliRun run = verify(challenges, keys, submissions(submissions));

        assertEquals(Cli.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(1).startsWith("FAIL " + submissions.get(1).challengeId() + " "), lines.get(1));
        assertEquals("graded 3 submissions: 2 passed, 1 failed, 0 malformed", lines.get(3));
    }

    @Test
    void submissionsAreGradedInTheirOwnOrder() throws IOException {
        List<Submission> reversed = new ArrayList<>(oracles());
        Collections.reverse(reversed);

        CliRun run = verify(challenges, keys, submissions(reversed));

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().lines().findFirst().orElseThrow().contains(reversed.get(0).challengeId()), run.out());
    }

    @Test
    void aSubmissionWhoseKeyIsMissingIsAOneLineErrorNamingFileAndLine() throws IOException {
        Path twoKeys = dir.resolve("k2.jsonl");
        List<String> keyLines = Files.readAllLines(keys, StandardCharsets.UTF_8);
        Files.write(twoKeys, keyLines.subList(0, 2), StandardCharsets.UTF_8);
        Path submissions = submissions(oracles());

        CliRun run = verify(challenges, twoKeys, submissions);

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals(List.of("dacr: " + submissions + " line 3: the answer key of challenge "
                + oracles().get(2).challengeId() + " is not in " + twoKeys), run.errLines());
    }

    @Test
    void aSubmissionWhoseChallengeIsMissingIsAnError() throws IOException {
        Path oneChallenge = dir.resolve("c1.jsonl");
        Files.write(oneChallenge, Files.readAllLines(challenges, StandardCharsets.UTF_8).subList(0, 1),
                StandardCharsets.UTF_8);
        Path submissions = submissions(oracles());

        CliRun run = verify(oneChallenge, keys, submissions);

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("dacr: " + submissions + " line 2: challenge "), run.err());
    }

    @Test
    void aLineThatIsNotASubmissionIsAnErrorNamingFileAndLine() throws IOException {
        Path submissions = submissions(oracles());
        Files.writeString(submissions, "{\"schemaVersion\": 1, \"nonsense\": true}\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        CliRun run = verify(challenges, keys, submissions);

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("dacr: " + submissions + " line 4: "), run.err());
    }

    @Test
    void aMissingFileIsAOneLineError() throws IOException {
        Path absent = dir.resolve("absent.jsonl");

        CliRun run = verify(absent, keys, submissions(oracles()));

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals(List.of("dacr: cannot read " + absent + ": no such file"), run.errLines());
    }

    @Test
    void aChallengeListedTwiceIsAnError() throws IOException {
        Path doubled = dir.resolve("c2.jsonl");
        String first = Files.readAllLines(challenges, StandardCharsets.UTF_8).get(0);
        Files.write(doubled, List.of(first, first), StandardCharsets.UTF_8);

        CliRun run = verify(doubled, keys, submissions(oracles()));

        assertEquals(Cli.FAILURE, run.exitCode());
        assertTrue(run.errLines().get(0).startsWith("dacr: " + doubled + " line 2: challenge "), run.err());
    }

    @Test
    void jsonOutputIsOneParsableObjectPerVerdictThenASummary() throws IOException {
        List<Submission> submissions = new ArrayList<>(oracles());
        submissions.set(0, withArtifact(submissions.get(0), "short"));

        CliRun run = verify(challenges, keys, submissions(submissions), "--json");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            lines.add(mapper.readTree(line));
        }
        assertEquals(4, lines.size());
        assertEquals(submissions.get(0).challengeId(), lines.get(0).get("challengeId").asText());
        assertEquals(false, lines.get(0).get("passed").asBoolean());
        assertEquals("FAIL", lines.get(0).get("outcome").asText());
        assertEquals(true, lines.get(1).get("passed").asBoolean());
        assertEquals(lines.get(1).get("answers").asInt(), lines.get(1).get("answersCorrect").asInt());
        JsonNode summary = lines.get(3);
        assertTrue(summary.get("summary").asBoolean());
        assertEquals(3, summary.get("submissions").asInt());
        assertEquals(2, summary.get("passed").asInt());
        assertEquals(1, summary.get("failed").asInt());
    }

    @Test
    void aMalformedSubmissionIsAVerdictNotAnError() throws IOException {
        List<Submission> submissions = new ArrayList<>(oracles());
        submissions.set(2, withArtifact(submissions.get(2), "two\nlines"));

        CliRun run = verify(challenges, keys, submissions(submissions));

        assertEquals(Cli.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out());
        assertTrue(lines.get(2).startsWith("MALFORMED "), lines.get(2));
    }
}
