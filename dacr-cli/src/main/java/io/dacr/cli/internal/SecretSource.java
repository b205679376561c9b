package io.dacr.cli.internal;

import io.dacr.api.Secret;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where the generation secret comes from: exactly one of {@code --secret-file}, the environment
 * variable {@value #ENVIRONMENT_VARIABLE}, or {@code --seed}. Secrets belong in files or the
 * environment (a command line is visible to other users and kept in shell history); {@code --seed} is
 * the documented exception for local use and demos, and says so on stderr each time. The secret's
 * value is never printed.
 */
final class SecretSource {

    /** The environment variable that may hold the secret. */
    static final String ENVIRONMENT_VARIABLE = "DACR_SECRET";

    /** The one line {@code --seed} prints to stderr. */
    static final String SEED_WARNING = "warning: --seed puts the secret on the command line, where other users "
            + "and shell history see it: insecure, for local use and demos only; use --secret-file or "
            + ENVIRONMENT_VARIABLE + " for a real secret";

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "Read the generation secret from FILE (UTF-8, at least " + Secret.MIN_BYTES
                    + " bytes; surrounding whitespace ignored).")
    private Path file;

    @Option(names = "--seed", paramLabel = "TEXT",
            description = "INSECURE, for local use and demos only: the generation secret given on the command "
                    + "line (at least " + Secret.MIN_BYTES + " bytes). Anyone who knows it can recompute every "
                    + "answer key.")
    private String seed;

    /**
     * The demo secret: used by commands that allow running without a secret ({@code dacr mine}), printed
     * every time it is used. Public knowledge, so anyone can recompute every answer key made with it.
     */
    static final String DEMO_SECRET = "dacr-insecure-demo-secret-v1";

    /** The one line printed when the demo secret is used. */
    static final String DEMO_WARNING = "warning: no secret given, using the INSECURE demo secret '" + DEMO_SECRET
            + "': anyone can recompute the answer keys; use --secret-file or " + ENVIRONMENT_VARIABLE
            + " for real work";

    /**
     * Like {@link #resolve}, but with no source given it prints {@link #DEMO_WARNING} and uses the demo
     * secret instead of failing.
     *
     * @param commandLine the command, for usage errors
     * @param environment the process environment
     * @param err where the warnings go
     * @return the secret
     * @throws CommandLine.ParameterException if more than one source is given, or the seed is too short
     * @throws io.dacr.api.ConfigurationException if the file or variable cannot be read or is too short
     */
    Secret resolveOrDemo(CommandLine commandLine, Map<String, String> environment, java.io.PrintWriter err) {
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (file == null && seed == null && (fromEnvironment == null || fromEnvironment.isEmpty())) {
            err.print(Messages.errorLine(DEMO_WARNING));
            err.flush();
            return Secret.ofUtf8(DEMO_SECRET);
        }
        return resolve(commandLine, environment, err);
    }

    /**
     * @param commandLine the command, for usage errors
     * @param environment the process environment
     * @param err where the {@code --seed} warning goes
     * @return the secret
     * @throws CommandLine.ParameterException if no source or more than one is given, or the seed is too short
     * @throws io.dacr.api.ConfigurationException if the file or variable cannot be read or is too short
     */
    Secret resolve(CommandLine commandLine, Map<String, String> environment, java.io.PrintWriter err) {
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        boolean inEnvironment = fromEnvironment != null && !fromEnvironment.isEmpty();
        List<String> given = new ArrayList<>();
        if (file != null) {
            given.add("--secret-file");
        }
        if (inEnvironment) {
            given.add(ENVIRONMENT_VARIABLE);
        }
        if (seed != null) {
            given.add("--seed");
        }
        if (given.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "missing generation secret: give --secret-file FILE "
                    + "or set " + ENVIRONMENT_VARIABLE + " (or, insecure and for local use only, --seed TEXT)");
        }
        if (given.size() > 1) {
            throw new CommandLine.ParameterException(commandLine,
                    "the generation secret must come from exactly one source, got " + String.join(" and ", given));
        }
        if (file != null) {
            return Secret.fromFile(file);
        }
        if (inEnvironment) {
            return Secret.fromEnvironment(ENVIRONMENT_VARIABLE, environment);
        }
        err.print(Messages.errorLine(SEED_WARNING));
        err.flush();
        try {
            return Secret.ofUtf8(seed);
        } catch (IllegalArgumentException e) {
            // The message counts bytes; it never shows them.
            throw new CommandLine.ParameterException(commandLine, "--seed is too short: " + e.getMessage());
        }
    }
}
