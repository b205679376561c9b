package io.dacr.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --count}, required: how many challenges {@code dacr generate}, {@code mine} and {@code audit}
 * make, with one check and one message for all of them.
 */
final class CountOption {

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many challenges, at least 1.")
    private long count;

    /**
     * @param commandLine the command, for the usage error
     * @return the count
     * @throws CommandLine.ParameterException if it is below 1
     */
    long count(CommandLine commandLine) {
        if (count < 1) {
            throw new CommandLine.ParameterException(commandLine, "--count must be at least 1, was " + count);
        }
        return count;
    }
}
