package io.dacr.core.json;

import io.dacr.api.Attempt;
import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * An attempt as an attempt store records it: the {@link Attempt} (submission, verdict, feedback shown,
 * timing, model id) and the questions whose wrong answer was exactly the wrong value of the trap the
 * question targets. Kept next to the attempt rather than recomputed so that an audit needs no answer
 * key. Read and write it as {@link DocumentFormat#ATTEMPT_RECORD}.
 *
 * <pre>{@code
 * DacrJson.writeLine(DocumentFormat.ATTEMPT_RECORD, new AttemptRecord(attempt, List.of("q5")), out);
 * }</pre>
 *
 * @param attempt the attempt
 * @param trappedQuestionIds the trapped questions, in question order, without repeats; empty if none
 * @param origin for an attempt made by a model through the miner harness: the prompt version, strategy,
 *     raw reply and token usage; null for other attempts
 */
public record AttemptRecord(Attempt attempt, List<String> trappedQuestionIds, AttemptOrigin origin) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a component is null, an id is blank or an id repeats
     */
    public AttemptRecord {
        Checks.notNull(attempt, "attempt");
        trappedQuestionIds = Checks.immutableList(trappedQuestionIds, "trappedQuestionIds");
        for (int i = 0; i < trappedQuestionIds.size(); i++) {
            Checks.notBlank(trappedQuestionIds.get(i), "trappedQuestionIds[" + i + "]");
            Checks.requireArgument(trappedQuestionIds.indexOf(trappedQuestionIds.get(i)) == i,
                    "trapped question '%s' is listed twice", trappedQuestionIds.get(i));
        }
    }

    /**
     * A record without an origin: an attempt that no model made through the miner harness.
     *
     * @param attempt the attempt
     * @param trappedQuestionIds the trapped questions, in question order, without repeats
     */
    public AttemptRecord(Attempt attempt, List<String> trappedQuestionIds) {
        this(attempt, trappedQuestionIds, null);
    }

    /** @return true if the solver fell for at least one trap */
    public boolean trapped() {
        return !trappedQuestionIds.isEmpty();
    }
}
