package io.dacr.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Turns a wrong command line into exit code {@link Cli#USAGE}: one line saying what is wrong, a
 * "did you mean" line where picocli has a suggestion, and a hint to the command's help. The full usage
 * text is not dumped: it would bury the one line that matters.
 *
 * <p>Arguments picocli could not match are never echoed, only named where they are option names:
 * {@code dacr generate --sed s3cret} (a mistyped {@code --seed}) must not print the secret that
 * follows the unknown option, nor {@code --sed=s3cret} the part after the {@code =}. picocli's own
 * message quotes every unmatched argument, so it is replaced here.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    /**
     * What an option name looks like: {@code --word} or {@code -x}. Anything else, {@code -s3cret} included,
     * may be a value.
     */
    private static final Pattern OPTION_NAME = Pattern.compile("--[A-Za-z][A-Za-z0-9-]*|-[A-Za-z]");

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String message = e instanceof CommandLine.UnmatchedArgumentException unmatched
                ? describe(unmatched.getUnmatched()) : e.getMessage();
        err.print(Messages.errorLine(message));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.print("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.\n");
        err.flush();
        return Cli.USAGE;
    }

    /**
     * Says what was not matched without showing any value: unknown options by name (what precedes an
     * {@code =}), every other argument only counted.
     *
     * @param unmatched the arguments picocli could not match, in command-line order
     * @return the message
     */
    static String describe(List<String> unmatched) {
        List<String> options = new ArrayList<>();
        int values = 0;
        for (String argument : unmatched) {
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument : argument.substring(0, equals);
            if (OPTION_NAME.matcher(name).matches()) {
                options.add("'" + name + "'");
            } else {
                values++;
            }
        }
        if (options.isEmpty()) {
            return values == 1 ? "Unmatched argument (not shown: it could be a secret)"
                    : "Unmatched arguments: " + values + " (not shown: one could be a secret)";
        }
        String message = (options.size() == 1 ? "Unknown option: " : "Unknown options: ") + String.join(", ", options);
        return values == 0 ? message
                : message + ", and " + values + (values == 1 ? " unmatched argument" : " unmatched arguments")
                        + " not shown (it could be a secret)";
    }
}
