package io.dacr.core.session;

import io.dacr.api.Verdict;
import io.dacr.api.internal.Checks;
import io.dacr.core.session.internal.FeedbackText;

/**
 * How much of a verdict the solver is shown after an attempt. The text is a pure function of the
 * verdict and the counts, so that it can be recorded and replayed exactly.
 */
public enum FeedbackPolicy {
    /** Only {@code PASS} or {@code FAIL}; a malformed submission shows {@code FAIL}. */
    PASS_FAIL,
    /**
     * The outcome, constraints passed of total, answers correct of the number required, and attempts
     * left, e.g. {@code FAIL: constraints 5/6 passed, answers 4/5 correct (3 required), 2 attempts left}.
     * The reference system's default.
     */
    COUNTS,
    /**
     * The {@link #COUNTS} line, then one line per check with its outcome and reason, then the verdict's
     * reason. Reveals which answers are wrong: for offline training only.
     */
    DETAILED;

    /**
     * @param verdict the verdict to describe
     * @param constraintCount how many constraints the challenge has
     * @param requiredAnswers how many correct answers the pass rule requires
     * @param attemptsLeft how many attempts the session still allows
     * @return the feedback text, lines separated by {@code \n}
     * @throws IllegalArgumentException if {@code verdict} is null or a count is negative
     */
    public String render(Verdict verdict, int constraintCount, int requiredAnswers, int attemptsLeft) {
        Checks.notNull(verdict, "verdict");
        Checks.nonNegative(constraintCount, "constraintCount");
        Checks.nonNegative(requiredAnswers, "requiredAnswers");
        Checks.nonNegative(attemptsLeft, "attemptsLeft");
        return switch (this) {
            case PASS_FAIL -> FeedbackText.passFail(verdict);
            case COUNTS -> FeedbackText.counts(verdict, constraintCount, requiredAnswers, attemptsLeft);
            case DETAILED -> FeedbackText.detailed(verdict, constraintCount, requiredAnswers, attemptsLeft);
        };
    }
}
