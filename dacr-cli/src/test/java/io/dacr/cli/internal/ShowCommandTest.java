package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.GeneratedKey;
import io.dacr.core.plugin.PluginRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {

    @TempDir
    static Path dir;

    private static Path challenges;
    private static Path keys;

    @BeforeAll
    static void generateTwo() {
        challenges = dir.resolve("c.jsonl");
        keys = dir.resolve("k.jsonl");
        CliRun run = CliRun.run(PluginRegistry::discover, "generate", "--preset", "small", "--seed", "test-secret-0123456789",
                "--domain", "corporate-finance", "--count", "2", "--out", challenges.toString(), "--keys", keys.toString());
        assertEquals(Cli.OK, run.exitCode(), run.err());
    }

    private static Challenge challenge(int index) throws IOException {
        return DacrJson.read(DocumentFormat.CHALLENGE, Files.readAllLines(challenges, StandardCharsets.UTF_8).get(index));
    }

    private static AnswerKey key(int index) throws IOException {
        return DacrJson.read(DocumentFormat.GENERATED_KEY, Files.readAllLines(keys, StandardCharsets.UTF_8).get(index)).key();
    }

    /** The text with line breaks and indentation folded, so wrapped prose can be searched. */
    private static String folded(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void showsTheChallengeOfTheIndexWithEveryParagraphAndQuestion() throws IOException {
        Challenge challenge = challenge(1);

        CliRun run = CliRun.run("show", challenges.toString(), "--index", "1");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("challenge " + challenge.id() + "\n"), run.out());
        for (Paragraph p : challenge.paragraphs()) {
            assertTrue(run.out().contains("[" + p.id() + "]\n"), p.id());
            assertTrue(folded(run.out()).contains(folded(p.text())), p.id());
        }
        for (Question q : challenge.questions()) {
            assertTrue(run.out().contains(q.id() + "  " + q.category().wireName() + ", " + q.hops() + " hop"), q.id());
            assertTrue(folded(run.out()).contains(folded(q.text())), q.id());
        }
        assertTrue(run.out().contains("\nCONSTRAINTS ("), run.out());
        assertTrue(run.out().contains("\nTRACE RULES\n"), run.out());
    }

    @Test
    void theIndexDefaultsToTheFirstChallenge() throws IOException {
        CliRun run = CliRun.run("show", challenges.toString());

        assertTrue(run.out().startsWith("challenge " + challenge(0).id() + "\n"), run.out());
    }

    @Test
    void noLineIsLongerThanTheWrapWidthUnlessItIsOneWord() {
        CliRun run = CliRun.run("show", challenges.toString());

        for (String line : run.out().lines().toList()) {
            assertTrue(line.length() <= ChallengeText.WIDTH || line.strip().indexOf(' ') < 0, line);
        }
    }

    @Test
    void withoutKeysNoGoldAnswerOrTrapIsShown() {
        CliRun run = CliRun.run("show", challenges.toString());

        assertFalse(run.out().contains("gold: "), run.out());
        assertFalse(run.out().contains("\nTRAPS ("), run.out());
    }

    @Test
    void withKeysTheGoldAnswersAndTrapsAreShown() throws IOException {
        AnswerKey key = key(1);

        CliRun run = CliRun.run("show", challenges.toString(), "--index", "1", "--keys", keys.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("gold: " + key.answers().get(0).canonical()), run.out());
        assertTrue(run.out().contains("\nTRAPS (" + key.traps().size() + " trap"), run.out());
        assertTrue(run.out().contains(key.traps().get(0).id() + "  " + key.traps().get(0).kind().wireName()), run.out());
    }

    @Test
    void aMissingFileExitsOneWithOneLine() {
        CliRun run = CliRun.run("show", dir.resolve("absent.jsonl").toString());

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals(List.of("dacr: no such file: " + dir.resolve("absent.jsonl")), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void anIndexOutOfRangeExitsOneWithOneLineSayingHowManyThereAre() {
        CliRun run = CliRun.run("show", challenges.toString(), "--index", "2");

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals(List.of("dacr: index 2 is out of range: " + challenges + " holds 2 challenges"), run.errLines());
    }

    @Test
    void aMalformedLineExitsOneWithOneLineNamingTheLine() throws IOException {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "\n{\"schemaVersion\": 1, \"id\": tru}\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.run("show", broken.toString());

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("dacr: " + broken + " line 2: challenge $.id: invalid JSON"),
                run.err());
    }

    @Test
    void aKeysFileWithoutTheChallengesKeyExitsOneWithOneLine() throws IOException {
        Path otherKeys = dir.resolve("other-keys.jsonl");
        Files.writeString(otherKeys, DacrJson.writeString(DocumentFormat.GENERATED_KEY, generatedKey(0)) + "\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.run("show", challenges.toString(), "--index", "1", "--keys", otherKeys.toString());

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals(List.of("dacr: " + otherKeys + " holds no answer key for " + challenge(1).id()), run.errLines());
    }

    @Test
    void aNegativeIndexIsAUsageError() {
        CliRun run = CliRun.run("show", challenges.toString(), "--index", "-1");

        assertEquals(Cli.USAGE, run.exitCode());
        assertEquals("dacr: --index must not be negative, was -1", run.errLines().get(0));
    }

    private static GeneratedKey generatedKey(int index) throws IOException {
        return DacrJson.read(DocumentFormat.GENERATED_KEY, Files.readAllLines(keys, StandardCharsets.UTF_8).get(index));
    }
}
