package io.dacr.cli.internal;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns a wrong command line into exit code {@link Cli#USAGE}: one line saying what is wrong, a
 * "did you mean" line where picocli has a suggestion, and a hint to the command's help. The full usage
 * text is not dumped: it would bury the one line that matters.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.print(Messages.errorLine(e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.print("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.\n");
        err.flush();
        return Cli.USAGE;
    }
}
