package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.core.plugin.PluginRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {

    private static final String SEED = "test-secret-0123456789";

    @TempDir
    Path dir;

    private Path challenges;
    private Path keys;

    @BeforeEach
    void generateThreeChallenges() {
        challenges = dir.resolve("c.jsonl");
        keys = dir.resolve("k.jsonl");
        CliRun run = CliRun.run(PluginRegistry::discover, "generate", "--preset", "small", "--seed", SEED,
                "--domain", "all", "--count", "3", "--out", challenges.toString(), "--keys", keys.toString());
        assertEquals(Cli.OK, run.exitCode(), run.err());
    }

    @Test
    void theOraclesSubmissionsPassDacrVerify() {
        Path out = dir.resolve("oracle.jsonl");
        CliRun solve = CliRun.run(PluginRegistry::discover, "solve", "--solver", "oracle", "--challenges",
                challenges.toString(), "--keys", keys.toString(), "--out", out.toString());
        assertEquals(Cli.OK, solve.exitCode(), solve.err());
        assertEquals("wrote 3 submissions by oracle to " + out + "\n", solve.out());
        CliRun verify = CliRun.run(PluginRegistry::discover, "verify", "--challenges", challenges.toString(), "--keys",
                keys.toString(), "--submissions", out.toString(), "--json");
        assertTrue(verify.out().contains("\"passed\":3"), verify.out());
    }

    @Test
    void aShortcutSolverWritesOneGradableSubmissionPerChallenge() throws IOException {
        Path out = dir.resolve("majority.jsonl");
        CliRun solve = CliRun.run(PluginRegistry::discover, "solve", "--solver", "majority", "--challenges",
                challenges.toString(), "--out", out.toString());
        assertEquals(Cli.OK, solve.exitCode(), solve.err());
        assertEquals(3, Files.readAllLines(out, StandardCharsets.UTF_8).size());
        CliRun verify = CliRun.run(PluginRegistry::discover, "verify", "--challenges", challenges.toString(), "--keys",
                keys.toString(), "--submissions", out.toString(), "--json");
        assertEquals(Cli.OK, verify.exitCode(), verify.err());
        assertTrue(verify.out().contains("\"submissions\":3"), verify.out());
    }

    @Test
    void onlyTheOracleReadsKeys() {
        CliRun run = CliRun.run(PluginRegistry::discover, "solve", "--solver", "majority", "--challenges",
                challenges.toString(), "--keys", keys.toString(), "--out", dir.resolve("s.jsonl").toString());
        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("--keys is for the oracle only"), run.err());
    }

    @Test
    void anUnknownSolverIsAUsageErrorListingTheSolvers() {
        CliRun run = CliRun.run(PluginRegistry::discover, "solve", "--solver", "grep", "--challenges",
                challenges.toString(), "--out", dir.resolve("s.jsonl").toString());
        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("regex-kv"), run.err());
    }
}
