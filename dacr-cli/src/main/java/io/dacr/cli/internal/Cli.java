package io.dacr.cli.internal;

import io.dacr.core.plugin.PluginRegistry;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Wires the {@code dacr} command: the command tree, where output goes, and how errors become exit
 * codes and messages.
 */
public final class Cli {

    /** Exit code: the command did what was asked. */
    public static final int OK = 0;
    /** Exit code: the work failed (a {@link io.dacr.api.DacrException} or an unexpected exception). */
    public static final int FAILURE = 1;
    /** Exit code: the command line was wrong. */
    public static final int USAGE = 2;

    private Cli() {
    }

    /**
     * Runs {@code dacr} on the process's standard streams, with plug-ins discovered on the class path.
     *
     * @param args the command line
     * @return the exit code: {@link #OK}, {@link #FAILURE} or {@link #USAGE}
     */
    public static int run(String[] args) {
        // UTF-8 whatever the platform's default: output must not depend on the machine.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(PluginRegistry::discover, out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Builds the command tree. Tests call this with their own writers and registry.
     *
     * @param registry finds the plug-ins when a command needs them (not before: {@code --help} must work
     *     even where discovery fails)
     * @param out where results go
     * @param err where errors go
     * @return the configured command line, ready for {@link CommandLine#execute(String...)}
     */
    public static CommandLine commandLine(Supplier<PluginRegistry> registry, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(DacrCommand.class, new CommandFactory(registry));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine;
    }

    /** Creates commands that need collaborators; picocli's default factory creates the rest. */
    private record CommandFactory(Supplier<PluginRegistry> registry) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == PluginsCommand.class) {
                return type.cast(new PluginsCommand(registry));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
