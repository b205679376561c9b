package io.dacr.cli.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.DacrException;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.GeneratedKey;
import io.dacr.core.verify.DacrVerifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dacr verify}: grades a file of submissions against the challenges and answer keys they answer,
 * joined by challenge id. Challenges and keys are loaded into memory first (a map by id each: the
 * submissions may come in any order); submissions are streamed, each graded, printed and forgotten.
 * The first line that cannot be graded (unreadable, not a document, its challenge or key missing)
 * stops the run with one error line naming the file and the line, and exit code 1.
 */
@Command(
        name = "verify",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Grades submissions against their challenges and answer keys, joined by challenge id, and prints one "
                    + "verdict per submission, in the order of the submissions, then a summary.",
            "",
            "The keys file is the one 'dacr generate --keys' writes; each submission is one JSON object per line. "
                    + "Challenges and keys are held in memory; submissions are read one at a time.",
            "",
            "Exit code 0 when every submission was graded (whatever the verdicts), 1 when a file cannot be read "
                    + "or a submission's challenge or key is missing.",
            ""
        },
        footer = {
            "",
            "Example:",
            "  dacr verify --challenges demo.jsonl --keys demo-keys.jsonl --submissions answers.jsonl --json"
        })
final class VerifyCommand extends DacrSubcommand {

    @Option(names = "--challenges", required = true, paramLabel = "C.jsonl",
            description = "The public challenges, one per line (as 'dacr generate --out' writes them).")
    private Path challenges;

    @Option(names = "--keys", required = true, paramLabel = "K.jsonl",
            description = "The answer keys, one per line (as 'dacr generate --keys' writes them).")
    private Path keys;

    @Option(names = "--submissions", required = true, paramLabel = "S.jsonl",
            description = "The submissions to grade, one per line.")
    private Path submissions;

    @Option(names = "--json",
            description = "Print each verdict, and the summary, as one JSON object per line.")
    private boolean json;

    @Override
    public Integer call() {
        Map<String, Challenge> challengesById = load(challenges, DocumentFormat.CHALLENGE, c -> c.id().toString());
        Map<String, AnswerKey> keysById = new HashMap<>();
        load(keys, DocumentFormat.GENERATED_KEY, k -> k.challengeId().toString())
                .forEach((id, generated) -> keysById.put(id, generated.key()));

        DacrVerifier verifier = DacrVerifier.builder().build();
        PrintWriter out = spec.commandLine().getOut();
        VerdictTally tally = new VerdictTally();
        try (JsonLinesFile<Submission> lines = JsonLinesFile.open(submissions, DocumentFormat.SUBMISSION)) {
            for (Submission submission = lines.next(); submission != null; submission = lines.next()) {
                Verdict verdict = grade(verifier, challengesById, keysById, submission, lines);
                tally.add(verdict);
                out.print(json ? VerdictLines.json(verdict) : VerdictLines.text(verdict));
                out.flush();
            }
        }
        out.print(json ? tally.json() : tally.text());
        out.flush();
        return Cli.OK;
    }

    private Verdict grade(DacrVerifier verifier, Map<String, Challenge> challengesById, Map<String, AnswerKey> keysById,
                          Submission submission, JsonLinesFile<Submission> lines) {
        String id = submission.challengeId();
        Challenge challenge = challengesById.get(id);
        if (challenge == null) {
            throw lines.problem("challenge " + id + " is not in " + challenges, null);
        }
        AnswerKey key = keysById.get(id);
        if (key == null) {
            throw lines.problem("the answer key of challenge " + id + " is not in " + keys, null);
        }
        try {
            return verifier.verify(challenge, key, submission);
        } catch (IllegalArgumentException e) {
            // The verifier refuses a key that does not fit its challenge: the two files disagree.
            throw new DacrException("the answer key of challenge " + id + " in " + keys + " does not fit the challenge in "
                    + challenges + ": " + e.getMessage(), e);
        }
    }

    /** Reads a whole file into a map by challenge id; a repeated id is an error naming its line. */
    private static <T> Map<String, T> load(Path file, DocumentFormat<T> format, Function<T, String> idOf) {
        Map<String, T> byId = new HashMap<>();
        try (JsonLinesFile<T> lines = JsonLinesFile.open(file, format)) {
            for (T value = lines.next(); value != null; value = lines.next()) {
                String id = idOf.apply(value);
                if (byId.putIfAbsent(id, value) != null) {
                    throw lines.problem("challenge " + id + " appears a second time", null);
                }
            }
        }
        return byId;
    }
}
