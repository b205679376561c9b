package io.dacr.core.session;

import io.dacr.api.AnswerKey;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.internal.Checks;
import io.dacr.core.session.internal.TrapMatcher;
import java.util.List;

/**
 * Tells which wrong answers are exactly the wrong value a question's trap plants, the way
 * {@link AttemptSession} does for the {@link io.dacr.core.json.AttemptRecord}s it writes. For callers
 * that keep session state elsewhere (a coordinator with its sessions in a database) and record attempts
 * themselves.
 *
 * <pre>{@code
 * AttemptRecord record = new AttemptRecord(attempt, TrapDetection.trappedQuestions(key, submission, verdict));
 * }</pre>
 */
public final class TrapDetection {

    private TrapDetection() {
    }

    /**
     * @param key the challenge's answer key
     * @param submission the graded submission
     * @param verdict its verdict
     * @return the questions, in question order, whose wrong answer equals the wrong value of the trap they
     *     target; empty if none
     * @throws IllegalArgumentException if an argument is null
     */
    public static List<String> trappedQuestions(AnswerKey key, Submission submission, Verdict verdict) {
        Checks.notNull(key, "key");
        Checks.notNull(submission, "submission");
        Checks.notNull(verdict, "verdict");
        return TrapMatcher.trappedQuestions(key, submission, verdict);
    }
}
