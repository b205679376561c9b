package io.dacr.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code dacr} command: global options and the list of subcommands. */
@Command(
        name = "dacr",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "DACR: reproducible reading-and-reasoning challenges for LLM agents, graded without a model.",
            ""
        },
        subcommands = {RunCommand.class, GenerateCommand.class, ShowCommand.class, VerifyCommand.class,
                SolveCommand.class, AuditCommand.class, MineCommand.class, LedgerCommand.class, ChainCommand.class,
                ExportCommand.class, BenchCommand.class, ServeCommand.class, ServeRewardCommand.class,
                PluginsCommand.class, CommandLine.HelpCommand.class},
        footer = {
            "",
            "Exit codes: 0 success, 1 the work failed, 2 the command line was wrong."
        })
final class DacrCommand implements Runnable {

    /** The name of the global option that turns on stack traces. */
    static final String VERBOSE = "--verbose";

    @Spec
    private CommandSpec spec;

    // Read from the parse result by FailureHandler; the field only declares the option for picocli.
    @Option(names = VERBOSE, scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error, not only its message.")
    private boolean verbose;

    /** {@code dacr} alone is a usage error: it names the commands there are. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: choose one of " + String.join(", ", spec.subcommands().keySet()));
    }
}
