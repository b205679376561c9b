package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ChallengeId;
import io.dacr.core.plugin.PluginRegistry;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DacrCommandTest {

    @Test
    void helpExitsZeroAndNamesEveryCommandAndTheGlobalOptions() {
        CliRun run = CliRun.run("--help");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: dacr"), run.out());
        assertTrue(run.out().contains("plugins"), run.out());
        assertTrue(run.out().contains("--verbose"), run.out());
        assertTrue(run.out().contains("--version"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void helpDoesNotDiscoverPlugins() {
        Supplier<PluginRegistry> failing = () -> {
            throw new AssertionError("--help must not discover plug-ins");
        };

        assertEquals(Cli.OK, CliRun.run(failing, "--help").exitCode());
    }

    @Test
    void helpCommandShowsTheHelpOfASubcommand() {
        CliRun run = CliRun.run("help", "plugins");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: dacr plugins"), run.out());
        assertTrue(run.out().contains("--json"), run.out());
    }

    @Test
    void everyCommandsHelpFormatsWithoutAPicocliWarning() {
        // picocli's tracer writes a format problem (an unescaped % in a description) to System.err.
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        CliRun bench;
        try {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            for (String command : List.of("generate", "verify", "show", "mine", "export", "bench", "serve-reward",
                    "plugins", "ledger", "chain", "audit", "serve", "solve", "run")) {
                CliRun.run("help", command);
            }
            bench = CliRun.run("bench", "--help");
        } finally {
            System.setErr(original);
        }
        String warnings = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!warnings.contains("picocli WARN"), warnings);
        assertTrue(bench.out().contains("passed at 60% correct"), bench.out());
    }

    @Test
    void versionPrintsTheProjectVersionAndTheChallengeIdFormatVersion() {
        CliRun run = CliRun.run("--version");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals("dacr " + VersionProvider.projectVersion(), run.out().lines().findFirst().orElseThrow());
        assertTrue(run.out().lines().anyMatch(("challenge-id format " + ChallengeId.FORMAT_VERSION)::equals),
                run.out());
    }

    @Test
    void projectVersionIsTheFilteredMavenVersion() {
        assertTrue(VersionProvider.projectVersion().matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"),
                VersionProvider.projectVersion());
    }

    @Test
    void unknownOptionIsAUsageErrorOfOneLineAndAHelpHint() {
        CliRun run = CliRun.run("--no-such-option");

        assertEquals(Cli.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertEquals("dacr: Unknown option: '--no-such-option'", run.errLines().get(0));
        assertEquals("Try 'dacr --help' for more information.", run.errLines().get(run.errLines().size() - 1));
    }

    @Test
    void unknownOptionOfASubcommandPointsToTheSubcommandsHelp() {
        CliRun run = CliRun.run("plugins", "--yaml");

        assertEquals(Cli.USAGE, run.exitCode());
        assertEquals("dacr: Unknown option: '--yaml'", run.errLines().get(0));
        assertEquals("Try 'dacr plugins --help' for more information.",
                run.errLines().get(run.errLines().size() - 1));
    }

    @Test
    void misspelledCommandIsAUsageErrorThatSuggestsTheRightOne() {
        CliRun run = CliRun.run("plugin");

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.errLines().get(0).startsWith("dacr: Unmatched argument"), run.err());
        assertTrue(run.err().contains("plugins"), run.err());
    }

    @Test
    void noCommandIsAUsageErrorListingTheCommands() {
        CliRun run = CliRun.run();

        assertEquals(Cli.USAGE, run.exitCode());
        assertEquals("dacr: missing command: choose one of run, generate, show, verify, solve, audit, mine, ledger, "
                + "chain, export, bench, serve, serve-reward, plugins, help", run.errLines().get(0));
        assertEquals(2, run.errLines().size(), run.err());
    }
}
