package io.dacr.cli.internal;

import io.dacr.core.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * One in-process run of {@code dacr}: its exit code and what it wrote to stdout and stderr.
 *
 * @param exitCode the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code dacr args} with the given plug-in registry. */
    static CliRun run(Supplier<PluginRegistry> registry, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.commandLine(registry, new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Runs {@code dacr args} where no plug-ins are installed. */
    static CliRun run(String... args) {
        return run(TestProviders::none, args);
    }

    /** @return the lines written to stderr */
    List<String> errLines() {
        return err.lines().toList();
    }
}
