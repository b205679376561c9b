package io.dacr.cli.internal;

import java.util.function.Supplier;
import picocli.CommandLine;

/** Turns a value that fails to parse into a usage error of one shape: {@code invalid <what>: <reason>}. */
final class Arguments {

    private Arguments() {
    }

    /**
     * @param commandLine the command, for the usage error
     * @param what what is parsed, as the user knows it (an option, such as {@code --strategy})
     * @param parser parses the value, throwing {@link IllegalArgumentException} if it is invalid
     * @param <T> the parsed value's type
     * @return the parsed value
     * @throws CommandLine.ParameterException {@code invalid <what>: <reason>}, if the parser threw
     */
    static <T> T parse(CommandLine commandLine, String what, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "invalid " + what + ": " + e.getMessage());
        }
    }
}
