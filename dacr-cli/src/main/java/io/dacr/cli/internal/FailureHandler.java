package io.dacr.cli.internal;

import io.dacr.api.DacrException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns a failure of the work into exit code {@link Cli#FAILURE} and one line on stderr. A
 * {@link DacrException} is expected (bad configuration, a plug-in that fails to load): its message
 * says what to fix. Anything else is a bug in DACR or a plug-in, and says so. The stack trace follows
 * only with {@code --verbose}.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        boolean verbose = verbose(parseResult);
        if (e instanceof DacrException) {
            err.print(Messages.errorLine(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        } else {
            err.print(Messages.errorLine("internal error: " + e
                    + (verbose ? "" : " (run with " + DacrCommand.VERBOSE + " for the stack trace)")));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return Cli.FAILURE;
    }

    /** True if {@code --verbose} was given to the top command or to any subcommand on the way. */
    private static boolean verbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption(DacrCommand.VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}
