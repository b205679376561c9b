package io.dacr.cli;

import io.dacr.cli.internal.Cli;

/**
 * Entry point of the {@code dacr} command ({@code java -jar dacr.jar}). Everything the command does
 * lives in {@code io.dacr.cli.internal}; this class only hands the process exit code to the JVM.
 *
 * <p>Exit codes: {@code 0} success, {@code 1} the work failed, {@code 2} the command line was wrong.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the command line, for example {@code plugins --json}
     */
    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
