package io.dacr.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code dacr} command that does work declares: picocli's model of it (for its command line,
 * streams and usage errors) and the {@code -h}/{@code --help} option, written once so that the help option
 * reads the same in every command and comes first in its options.
 */
abstract class DacrSubcommand implements Callable<Integer> {

    /** The command's model, injected by picocli. */
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
