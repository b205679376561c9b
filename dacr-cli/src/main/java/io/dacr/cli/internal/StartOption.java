package io.dacr.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --start}: the index of the first challenge of {@code dacr generate} and {@code mine}, so that a
 * run continued with {@code --start} gives the challenges of one longer run.
 */
final class StartOption {

    @Option(names = "--start", defaultValue = "0", paramLabel = "START",
            description = "The index of the first challenge (default: ${DEFAULT-VALUE}).")
    private long start;

    /**
     * @param commandLine the command, for the usage error
     * @param count how many challenges follow, at least 1
     * @return the first index
     * @throws CommandLine.ParameterException if it is negative or leaves no room for {@code count} indexes
     */
    long start(CommandLine commandLine, long count) {
        if (start < 0) {
            throw new CommandLine.ParameterException(commandLine, "--start must not be negative, was " + start);
        }
        if (start > Long.MAX_VALUE - count) {
            throw new CommandLine.ParameterException(commandLine, "--start plus --count exceeds the largest index");
        }
        return start;
    }
}
