package io.dacr.core.session;

import io.dacr.api.Attempt;
import io.dacr.api.Verdict;
import io.dacr.api.internal.Checks;
import io.dacr.core.json.AttemptRecord;
import java.util.List;

/**
 * What {@link AttemptSession#submit} answers: the submission was either graded and recorded
 * ({@link Accepted}) or refused for a typed reason ({@link Refused}). A refusal never blocks and never
 * uses up an attempt.
 *
 * <pre>{@code
 * switch (session.submit(submission)) {
 *     case SubmitResult.Accepted a -> show(a.feedback());
 *     case SubmitResult.Refused r -> reject(r.reason());
 * }
 * }</pre>
 */
public sealed interface SubmitResult {

    /**
     * A graded and recorded attempt.
     *
     * @param record what the session's store recorded: the attempt (verdict, feedback shown, timing) and
     *     the questions whose wrong answer equals the wrong value of the trap the question targets
     * @param attemptsLeft how many more attempts the session allows; 0 after a pass
     */
    record Accepted(AttemptRecord record, int attemptsLeft) implements SubmitResult {

        /** Validates. */
        public Accepted {
            Checks.notNull(record, "record");
            Checks.nonNegative(attemptsLeft, "attemptsLeft");
        }

        /** @return the recorded attempt */
        public Attempt attempt() {
            return record.attempt();
        }

        /** @return the verifier's verdict */
        public Verdict verdict() {
            return record.attempt().verdict();
        }

        /** @return the feedback text shown to the solver */
        public String feedback() {
            return record.attempt().feedbackShown();
        }

        /** @return the questions, in question order, on which the solver fell for the trap */
        public List<String> trappedQuestionIds() {
            return record.trappedQuestionIds();
        }
    }

    /**
     * A refused submission: not graded, not recorded, not counted.
     *
     * @param reason why it was refused
     * @param message the reason for a person to read
     */
    record Refused(RefusalReason reason, String message) implements SubmitResult {

        /** Requires both components. */
        public Refused {
            Checks.notNull(reason, "reason");
            Checks.notBlank(message, "message");
        }
    }
}
