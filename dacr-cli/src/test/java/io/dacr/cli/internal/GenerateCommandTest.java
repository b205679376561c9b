package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Challenge;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.GeneratedKey;
import io.dacr.core.plugin.PluginRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    private static final String SEED = "test-secret-0123456789";

    @TempDir
    Path dir;

    private CliRun generate(String... args) {
        List<String> all = new ArrayList<>(List.of("generate", "--preset", "small", "--seed", SEED));
        all.addAll(List.of(args));
        return CliRun.run(PluginRegistry::discover, all.toArray(String[]::new));
    }

    private static CliRun withEnvironment(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.commandLine(PluginRegistry::discover, environment, () -> false, new PrintWriter(out),
                new PrintWriter(err)).execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    private static <T> List<T> read(DocumentFormat<T> format, Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             Stream<T> values = DacrJson.readLines(format, reader)) {
            return values.toList();
        }
    }

    @Test
    void writesOnePublicChallengePerLineThatReadsBack() throws IOException {
        Path out = dir.resolve("c.jsonl");

        CliRun run = generate("--domain", "corporate-finance", "--count", "3", "--out", out.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        List<Challenge> challenges = read(DocumentFormat.CHALLENGE, out);
        assertEquals(3, challenges.size());
        assertEquals(3, Files.readAllLines(out, StandardCharsets.UTF_8).size());
        assertEquals("wrote 3 challenges to " + out + "\n", run.out());
    }

    @Test
    void challengeIdsCountFromStartInTheLocalNamespaceByDefault() throws IOException {
        Path out = dir.resolve("c.jsonl");

        generate("--domain", "corporate-finance", "--count", "2", "--start", "5", "--out", out.toString());

        List<Challenge> challenges = read(DocumentFormat.CHALLENGE, out);
        assertEquals(List.of(5L, 6L), challenges.stream().map(c -> c.id().index()).toList());
        assertTrue(challenges.stream().allMatch(c -> c.id().namespace().equals("local")));
    }

    @Test
    void theNamespaceOptionNamesTheIds() throws IOException {
        Path out = dir.resolve("c.jsonl");

        generate("--domain", "corporate-finance", "--count", "1", "--namespace", "epoch-7", "--out", out.toString());

        assertEquals("epoch-7", read(DocumentFormat.CHALLENGE, out).get(0).id().namespace());
    }

    @Test
    void sameArgumentsGiveByteIdenticalFiles() throws IOException {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Path aKeys = dir.resolve("a-keys.jsonl");
        Path bKeys = dir.resolve("b-keys.jsonl");

        generate("--domain", "corporate-finance", "--count", "2", "--out", a.toString(), "--keys", aKeys.toString());
        generate("--domain", "corporate-finance", "--count", "2", "--out", b.toString(), "--keys", bKeys.toString());

        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(aKeys), Files.readAllBytes(bKeys));
    }

    @Test
    void aContinuedRunWritesTheLinesOfOneLongerRun() throws IOException {
        Path whole = dir.resolve("whole.jsonl");
        Path first = dir.resolve("first.jsonl");
        Path rest = dir.resolve("rest.jsonl");

        generate("--domain", "all", "--count", "4", "--out", whole.toString());
        generate("--domain", "all", "--count", "1", "--out", first.toString());
        generate("--domain", "all", "--count", "3", "--start", "1", "--out", rest.toString());

        assertEquals(Files.readString(whole, StandardCharsets.UTF_8),
                Files.readString(first, StandardCharsets.UTF_8) + Files.readString(rest, StandardCharsets.UTF_8));
    }

    @Test
    void severalDomainsTakeTurnsInIdOrder() throws IOException {
        Path out = dir.resolve("c.jsonl");

        generate("--domain", "quantum-computing", "--domain", "corporate-finance", "--count", "4", "--out", out.toString());

        assertEquals(List.of("corporate-finance", "quantum-computing", "corporate-finance", "quantum-computing"),
                read(DocumentFormat.CHALLENGE, out).stream().map(Challenge::domainId).toList());
    }

    @Test
    void writesNoKeysFileUnlessAsked() throws IOException {
        Path out = dir.resolve("c.jsonl");

        generate("--domain", "corporate-finance", "--count", "1", "--out", out.toString());

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
        assertFalse(Files.readString(out, StandardCharsets.UTF_8).contains("\"answers\""));
    }

    @Test
    void keysFileHoldsTheKeyAndOracleOfEachChallengeInOrder() throws IOException {
        Path out = dir.resolve("c.jsonl");
        Path keys = dir.resolve("k.jsonl");

        CliRun run = generate("--domain", "corporate-finance", "--count", "2", "--out", out.toString(),
                "--keys", keys.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        List<Challenge> challenges = read(DocumentFormat.CHALLENGE, out);
        List<GeneratedKey> generated = read(DocumentFormat.GENERATED_KEY, keys);
        assertEquals(challenges.stream().map(Challenge::id).toList(),
                generated.stream().map(GeneratedKey::challengeId).toList());
        assertEquals(challenges.get(0).questions().size(), generated.get(0).key().answers().size());
        assertTrue(run.out().endsWith(", answer keys to " + keys + "\n"), run.out());
    }

    @Test
    void seedPrintsOneInsecureWarningOnStderrAndNeverTheSecret() {
        CliRun run = generate("--domain", "corporate-finance", "--count", "1", "--out", dir.resolve("c.jsonl").toString());

        assertEquals(List.of("dacr: " + SecretSource.SEED_WARNING), run.errLines());
        assertFalse(run.err().contains(SEED) || run.out().contains(SEED));
    }

    @Test
    void theSecretMayComeFromAFile() throws IOException {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, SEED + "\n", StandardCharsets.UTF_8);
        Path fromFile = dir.resolve("file.jsonl");
        Path fromSeed = dir.resolve("seed.jsonl");

        CliRun run = CliRun.run(PluginRegistry::discover, "generate", "--preset", "small", "--domain", "corporate-finance",
                "--count", "1", "--secret-file", secret.toString(), "--out", fromFile.toString());
        generate("--domain", "corporate-finance", "--count", "1", "--out", fromSeed.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertArrayEquals(Files.readAllBytes(fromSeed), Files.readAllBytes(fromFile));
    }

    @Test
    void theSecretMayComeFromTheEnvironment() {
        CliRun run = withEnvironment(Map.of(SecretSource.ENVIRONMENT_VARIABLE, SEED), "generate", "--preset", "small",
                "--domain", "corporate-finance", "--count", "1", "--out", dir.resolve("c.jsonl").toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void aMissingSecretIsAUsageErrorNamingTheSources() {
        CliRun run = CliRun.run(PluginRegistry::discover, "generate", "--domain", "corporate-finance", "--count", "1",
                "--out", dir.resolve("c.jsonl").toString());

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.errLines().get(0).startsWith("dacr: missing generation secret: give --secret-file FILE or set "
                + "DACR_SECRET"), run.err());
        assertFalse(Files.exists(dir.resolve("c.jsonl")));
    }

    @Test
    void twoSecretSourcesAreAUsageError() {
        CliRun run = withEnvironment(Map.of(SecretSource.ENVIRONMENT_VARIABLE, SEED), "generate", "--seed", SEED,
                "--domain", "corporate-finance", "--count", "1", "--out", dir.resolve("c.jsonl").toString());

        assertEquals(Cli.USAGE, run.exitCode());
        assertEquals("dacr: the generation secret must come from exactly one source, got DACR_SECRET and --seed",
                run.errLines().get(0));
    }

    @Test
    void aShortSeedIsAUsageErrorThatDoesNotShowIt() {
        CliRun run = CliRun.run(PluginRegistry::discover, "generate", "--seed", "abc123", "--domain", "corporate-finance",
                "--count", "1", "--out", dir.resolve("c.jsonl").toString());

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("dacr: --seed is too short"), run.err());
        assertFalse(run.err().contains("abc123"), run.err());
    }

    @Test
    void anUnknownDomainFailsWithOneLineListingTheInstalledOnes() {
        CliRun run = generate("--domain", "astrology", "--count", "1", "--out", dir.resolve("c.jsonl").toString());

        assertEquals(Cli.FAILURE, run.exitCode());
        List<String> lines = run.errLines();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(1).contains("astrology") && lines.get(1).contains("corporate-finance"), run.err());
        assertFalse(Files.exists(dir.resolve("c.jsonl")));
    }

    @Test
    void anUnknownPresetFailsWithOneLineAndWritesNoFile() {
        CliRun run = CliRun.run(PluginRegistry::discover, "generate", "--preset", "huge", "--seed", SEED,
                "--domain", "corporate-finance", "--count", "1", "--out", dir.resolve("c.jsonl").toString());

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals("dacr: unknown preset 'huge'; known presets: [standard, small]", run.errLines().get(1));
        assertFalse(Files.exists(dir.resolve("c.jsonl")));
    }

    @Test
    void aKnobOverridesThePreset() throws IOException {
        Path out = dir.resolve("c.jsonl");

        CliRun run = generate("--domain", "corporate-finance", "--count", "1", "--knob", "paragraphs=30",
                "--out", out.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals(30, read(DocumentFormat.CHALLENGE, out).get(0).paragraphs().size());
    }

    @Test
    void aCountBelowOneIsAUsageError() {
        CliRun run = generate("--domain", "corporate-finance", "--count", "0", "--out", dir.resolve("c.jsonl").toString());

        assertEquals(Cli.USAGE, run.exitCode());
        assertEquals("dacr: --count must be at least 1, was 0", run.errLines().get(0));
    }

    @Test
    void anInvalidNamespaceIsAUsageError() {
        CliRun run = generate("--domain", "corporate-finance", "--count", "1", "--namespace", "Epoch 7",
                "--out", dir.resolve("c.jsonl").toString());

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.errLines().get(1).startsWith("dacr: invalid --namespace"), run.err());
    }

    @Test
    void anUnwritableOutputFailsWithOneLine() {
        Path out = dir.resolve("no-such-dir").resolve("c.jsonl");

        CliRun run = generate("--domain", "corporate-finance", "--count", "1", "--out", out.toString());

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals(2, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(1).startsWith("dacr: cannot write " + out), run.err());
    }

    @Test
    void progressBarIsDrawnOnStderrOnlyWhenAsked() {
        CliRun quiet = generate("--domain", "corporate-finance", "--count", "2", "--out", dir.resolve("q.jsonl").toString());
        CliRun shown = generate("--domain", "corporate-finance", "--count", "2", "--progress",
                "--out", dir.resolve("p.jsonl").toString());

        assertFalse(quiet.err().contains("%"), quiet.err());
        assertTrue(shown.err().contains("100% 2/2 challenges\n"), shown.err());
        assertFalse(shown.out().contains("%"), shown.out());
    }

    @Test
    void helpLabelsSeedInsecureAndNamesTheOtherSources() {
        CliRun run = CliRun.run("generate", "--help");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("INSECURE"), run.out());
        assertTrue(run.out().contains("--secret-file") && run.out().contains("DACR_SECRET"), run.out());
    }
}
