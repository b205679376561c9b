package io.dacr.cli.internal;

import io.dacr.core.dataset.PromptRenderer;
import io.dacr.core.miner.PromptBuilder;
import io.dacr.core.plugin.PluginRegistry;
import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BooleanSupplier;
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
            return commandLine(PluginRegistry::discover, System.getenv(), Cli::stderrIsTerminal, out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Builds the command tree as tests want it: with their own writers and registry, an empty
     * environment (so a {@code DACR_SECRET} of the machine running the tests changes nothing) and
     * stderr not a terminal (so no progress bar unless asked).
     *
     * @param registry finds the plug-ins when a command needs them (not before: {@code --help} must work
     *     even where discovery fails)
     * @param out where results go
     * @param err where errors go
     * @return the configured command line, ready for {@link CommandLine#execute(String...)}
     */
    public static CommandLine commandLine(Supplier<PluginRegistry> registry, PrintWriter out, PrintWriter err) {
        return commandLine(registry, Map.of(), () -> false, out, err);
    }

    /**
     * Builds the command tree.
     *
     * @param registry finds the plug-ins when a command needs them
     * @param environment the process environment, where {@code DACR_SECRET} may be
     * @param stderrIsTerminal whether stderr is a terminal, which turns the progress bar on
     * @param out where results go
     * @param err where errors go
     * @return the configured command line, ready for {@link CommandLine#execute(String...)}
     */
    public static CommandLine commandLine(Supplier<PluginRegistry> registry, Map<String, String> environment,
                                          BooleanSupplier stderrIsTerminal, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(DacrCommand.class,
                new CommandFactory(registry, environment, stderrIsTerminal));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine;
    }

    /**
     * Whether the process talks to a terminal. From JDK 22 on, {@link System#console()} returns a console
     * even when the streams are redirected; {@code Console.isTerminal()} (JDK 22) then tells, so it is
     * asked where it exists.
     */
    static boolean stderrIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** Creates commands that need collaborators; picocli's default factory creates the rest. */
    private record CommandFactory(Supplier<PluginRegistry> registry, Map<String, String> environment,
                                  BooleanSupplier stderrIsTerminal) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == PluginsCommand.class) {
                return type.cast(new PluginsCommand(registry));
            }
            if (type == ExportCommand.class) {
                return type.cast(new ExportCommand(harnessPrompt()));
            }
            if (type == ServeRewardCommand.class) {
                return type.cast(new ServeRewardCommand(registry));
            }
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(registry, environment));
            }
            if (type == LedgerCommand.class) {
                return type.cast(new LedgerCommand(environment));
            }
            if (type == SolveCommand.class) {
                return type.cast(new SolveCommand(registry));
            }
            if (type == AuditCommand.class) {
                return type.cast(new AuditCommand(registry, environment));
            }
            if (type == GenerateCommand.class) {
                return type.cast(new GenerateCommand(registry, environment, stderrIsTerminal));
            }
            if (type == RunCommand.class) {
                return type.cast(new RunCommand(registry, environment, stderrIsTerminal, harnessPrompt()));
            }
            if (type == MineCommand.class) {
                return type.cast(new MineCommand(registry, environment, stderrIsTerminal));
            }
            if (type == BenchCommand.class) {
                return type.cast(new BenchCommand(registry, stderrIsTerminal));
            }
            K command = CommandLine.defaultFactory().create(type);
            // The chain commands read keys from the environment: the one given here, as for the secret.
            if (command instanceof ChainCommand.NodeCommand c) {
                c.environment = environment;
            }
            return command;
        }
    }

    /**
     * Training rows show exactly the prompt the miner harness sends, under its version, and answer it in
     * the reply format that prompt asks for.
     */
    private static PromptRenderer harnessPrompt() {
        PromptBuilder prompt = PromptBuilder.standard();
        return PromptRenderer.of(prompt.version(), prompt::messages, prompt::reply);
    }
}
