package io.dacr.cli.internal;

import io.dacr.api.DacrException;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.GeneratedKey;
import io.dacr.core.plugin.PluginRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dacr generate}: writes challenges as JSON Lines, one public challenge per line, and, only when
 * asked, their answer keys with oracle submissions to a second file. It streams: each challenge is
 * generated, written and forgotten, so the count is bounded by disk, not memory. The same arguments
 * and secret give byte-identical files.
 */
@Command(
        name = "generate",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Generates challenges into a JSON Lines file, one public challenge per line. Answer keys, with the "
                    + "oracle submission that proves each challenge solvable, go to a separate file only when "
                    + "--keys is given: the challenges file is safe to hand to solvers.",
            "",
            "Line k (from 0) holds the challenge with index START+k in NAMESPACE. With several domains (--domain "
                    + "repeated, or 'all' for every installed one) they take turns in id order: index i goes to "
                    + "the (i mod D)-th of the D domains, so a run continued with --start gives the same lines "
                    + "as one longer run.",
            "",
            "The generation secret comes from exactly one of --secret-file, the environment variable "
                    + SecretSource.ENVIRONMENT_VARIABLE + ", or --seed. --seed puts the secret on the command "
                    + "line and is INSECURE: use it only for local use and demos.",
            ""
        },
        footer = {
            "",
            "Example (local demo; the seed is not a real secret):",
            "  dacr generate --domain corporate-finance --count 5 --seed demo-secret-123456 --out demo.jsonl"
        })
final class GenerateCommand extends DacrSubcommand {

    private final Supplier<PluginRegistry> registry;
    private final Map<String, String> environment;
    private final BooleanSupplier stderrIsTerminal;

    @Mixin
    private GenerationOptions generation = new GenerationOptions("local");

    @Option(names = "--knob", paramLabel = "NAME=VALUE",
            description = "Override one value of the preset: entities, paragraphs, traps, max_hops or alias_density; "
                    + "repeatable.")
    private Map<String, String> knobs;

    @Option(names = "--out", required = true, paramLabel = "FILE.jsonl",
            description = "Where the public challenges go (replaced if it exists).")
    private Path out;

    @Option(names = "--keys", paramLabel = "KEYS.jsonl",
            description = "Where the answer keys and oracle submissions go, one per line in the order of the "
                    + "challenges (replaced if it exists). Keep it secret.")
    private Path keys;

    @Mixin
    private SecretSource secretSource;

    @Option(names = "--progress",
            description = "Draw a progress bar on stderr even when stderr is not a terminal.")
    private boolean progress;

    GenerateCommand(Supplier<PluginRegistry> registry, Map<String, String> environment, BooleanSupplier stderrIsTerminal) {
        this.registry = registry;
        this.environment = environment;
        this.stderrIsTerminal = stderrIsTerminal;
    }

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        long count = generation.count(commandLine);
        long start = generation.start(commandLine, count);
        checkFiles(commandLine);
        GenerationSpec generationSpec = generationSpec(commandLine);
        PrintWriter err = commandLine.getErr();
        Secret secret = secretSource.resolve(commandLine, environment, err);
        ChallengeBatch batch = generation.batch(commandLine, registry.get(), generationSpec, secret, start);

        // The first challenge is made before any file is touched, so a bad preset or knob leaves no empty file behind.
        GeneratedChallenge first = batch.generate(start);
        ProgressBar bar = progress || stderrIsTerminal.getAsBoolean()
                ? new ProgressBar(err, "challenges", count, System::nanoTime) : null;
        try (Writer challenges = open(out); Writer keyLines = keys == null ? null : open(keys)) {
            write(batch, start, count, first, bar, challenges, keyLines);
        } catch (IOException e) {
            throw new DacrException("cannot write " + out + (keys == null ? "" : " or " + keys) + ": " + e.getMessage(), e);
        }
        if (bar != null) {
            bar.finish(count);
        }
        PrintWriter stdout = commandLine.getOut();
        stdout.print("wrote " + count + (count == 1 ? " challenge" : " challenges") + " to " + out
                + (keys == null ? "" : ", answer keys to " + keys) + "\n");
        stdout.flush();
        return Cli.OK;
    }

    /** Generates, writes and forgets one challenge at a time: nothing of the batch is kept. */
    private static void write(ChallengeBatch batch, long start, long count, GeneratedChallenge first, ProgressBar bar,
                              Writer challenges, Writer keyLines) throws IOException {
        GeneratedChallenge generated = first;
        for (long k = 0; k < count; k++) {
            if (k > 0) {
                generated = batch.generate(start + k);
            }
            DacrJson.writeLine(DocumentFormat.CHALLENGE, generated.challenge(), challenges);
            if (keyLines != null) {
                DacrJson.writeLine(DocumentFormat.GENERATED_KEY, new GeneratedKey(generated.key(), generated.oracle()),
                        keyLines);
            }
            if (bar != null) {
                bar.update(k + 1);
            }
        }
        challenges.flush();
        if (keyLines != null) {
            keyLines.flush();
        }
    }

    private void checkFiles(CommandLine commandLine) {
        if (keys != null && out.toAbsolutePath().normalize().equals(keys.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(commandLine, "--out and --keys name the same file: " + out);
        }
    }

    private GenerationSpec generationSpec(CommandLine commandLine) {
        return Arguments.parse(commandLine, "--preset or --knob",
                () -> new GenerationSpec(generation.preset().name(),
                        knobs == null ? new TreeMap<>() : new TreeMap<>(knobs)));
    }

    private static Writer open(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
