package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options several commands share read and behave the same in each: one declaration (a picocli
 * mixin), so a fix to one cannot miss the others.
 */
class SharedOptionsTest {

    private static OptionSpec option(String command, String name) {
        CommandLine dacr = Cli.commandLine(TestProviders::none, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        return dacr.getSubcommands().get(command).getCommandSpec().findOption(name);
    }

    /**
     * What a reader of the help sees of an option, and whether it must be given; the default is left out
     * (a command may have its own, see {@link #eachCommandKeepsItsOwnNamespaceDefault()}).
     */
    private static String shape(String command, String name) {
        OptionSpec o = option(command, name);
        return Arrays.toString(o.names()) + " " + o.paramLabel() + " required=" + o.required() + " "
                + String.join(" ", o.description()).replace("(default: " + o.defaultValueString() + ")", "(default: D)");
    }

    private static void assertSameIn(String name, List<String> commands) {
        String first = shape(commands.get(0), name);
        for (String command : commands.subList(1, commands.size())) {
            assertEquals(first, shape(command, name), name + " of dacr " + command + " vs dacr " + commands.get(0));
        }
    }

    @Test
    void domainReadsTheSameInGenerateMineAndAudit() {
        assertSameIn("--domain", List.of("generate", "mine", "audit"));
    }

    @Test
    void countReadsTheSameInGenerateMineAndAudit() {
        assertSameIn("--count", List.of("generate", "mine", "audit"));
    }

    @Test
    void startAndNamespaceReadTheSameInGenerateAndMine() {
        assertSameIn("--start", List.of("generate", "mine"));
        assertSameIn("--namespace", List.of("generate", "mine"));
    }

    @Test
    void presetReadsTheSameInEveryCommandThatGenerates() {
        assertSameIn("--preset", List.of("generate", "mine", "audit", "run", "serve"));
    }

    @Test
    void secretOptionsReadTheSameInEveryCommandThatTakesASeed() {
        assertSameIn("--seed", List.of("generate", "mine", "audit", "run"));
        assertSameIn("--secret-file", List.of("generate", "mine", "audit", "run"));
    }

    @Test
    void eachCommandKeepsItsOwnNamespaceDefault() {
        assertEquals("local", option("generate", "--namespace").defaultValueString());
        assertEquals("mine", option("mine", "--namespace").defaultValueString());
    }

    @Test
    void mineRejectsANegativeStartWithTheMessageGenerateGives() {
        CliRun mine = CliRun.run("mine", "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--domain", "x",
                "--count", "1", "--start", "-1", "--records", "r.jsonl");
        CliRun generate = CliRun.run("generate", "--domain", "x", "--count", "1", "--start", "-1", "--out", "c.jsonl");

        assertEquals(Cli.USAGE, mine.exitCode());
        assertEquals("dacr: --start must not be negative, was -1", mine.errLines().get(0));
        assertEquals(generate.errLines().get(0), mine.errLines().get(0));
    }
}
