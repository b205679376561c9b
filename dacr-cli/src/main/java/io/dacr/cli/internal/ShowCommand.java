package io.dacr.cli.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.DacrException;
import io.dacr.api.FormatException;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.GeneratedKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dacr show FILE.jsonl --index I [--keys KEYS.jsonl]}: one challenge of a JSON Lines file as a
 * person reads it. Only the chosen line is decoded, so a large file is read once, line by line, and
 * never held; blank lines are skipped and do not count, as in {@link DacrJson#readLines}.
 */
@Command(
        name = "show",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Prints one challenge of a file written by 'dacr generate' as a person reads it: the document by "
                    + "paragraph, then the questions (category, hops, answer format), the constraints and the "
                    + "trace rules. With --keys it adds the gold answers, the constraints' expected values and "
                    + "the traps.",
            ""
        })
final class ShowCommand extends DacrSubcommand {

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "A challenges file, one challenge per line.")
    private Path file;

    @Option(names = "--index", defaultValue = "0", paramLabel = "I",
            description = "Which challenge: its line number from 0, blank lines not counted (default: ${DEFAULT-VALUE}).")
    private long index;

    @Option(names = "--keys", paramLabel = "KEYS.jsonl",
            description = "The keys file written with the challenges: adds gold answers, expected values and traps.")
    private Path keys;

    @Override
    public Integer call() {
        if (index < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--index must not be negative, was " + index);
        }
        Line line = line(file, index);
        Challenge challenge;
        try {
            challenge = DacrJson.read(DocumentFormat.CHALLENGE, line.text());
        } catch (FormatException e) {
            throw new DacrException(file + " line " + line.number() + ": " + e.getMessage(), e);
        }
        AnswerKey key = keys == null ? null : keyOf(challenge);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ChallengeText.render(challenge, key));
        out.flush();
        return Cli.OK;
    }

    /** A line of a file and its number, from 1. */
    private record Line(long number, String text) {
    }

    /** The {@code wanted}-th non-blank line of {@code path}, from 0. */
    private static Line line(Path path, long wanted) {
        long seen = 0;
        long number = 0;
        try (BufferedReader reader = open(path)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    if (seen == wanted) {
                        return new Line(number, line);
                    }
                    seen++;
                }
            }
        } catch (IOException e) {
            throw new DacrException("cannot read " + path + ": " + e.getMessage(), e);
        }
        throw new DacrException("index " + wanted + " is out of range: " + path + " holds " + seen
                + (seen == 1 ? " challenge" : " challenges"));
    }

    /** The key of {@code challenge} from the keys file: the line whose challenge id is the challenge's. */
    private AnswerKey keyOf(Challenge challenge) {
        String id = challenge.id().toString();
        long lineNumber = 0;
        try (BufferedReader reader = open(keys)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                // An id is plain ASCII, never escaped in JSON: lines without it cannot be the one.
                if (line.contains(id)) {
                    GeneratedKey generated = decodeKey(line, lineNumber);
                    if (generated.challengeId().equals(challenge.id())) {
                        return generated.key();
                    }
                }
            }
        } catch (IOException e) {
            throw new DacrException("cannot read " + keys + ": " + e.getMessage(), e);
        }
        throw new DacrException(keys + " holds no answer key for " + id);
    }

    private GeneratedKey decodeKey(String line, long lineNumber) {
        try {
            return DacrJson.read(DocumentFormat.GENERATED_KEY, line);
        } catch (FormatException e) {
            throw new DacrException(keys + " line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static BufferedReader open(Path path) throws IOException {
        try {
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DacrException("no such file: " + path, e);
        }
    }
}
