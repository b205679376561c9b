package io.dacr.core.verify.policy;

import io.dacr.api.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When a graded submission passes as a whole.
 *
 * @param allConstraints whether every constraint must pass
 * @param answerFraction the fraction of questions that must be answered correctly, in [0, 1]; the
 *     number required is {@code ceil(answerFraction × questions)}
 * @param traceValid whether the trace must be valid
 */
public record PassRule(boolean allConstraints, BigDecimal answerFraction, boolean traceValid) {

    /** Validates. */
    public PassRule {
        Checks.notNull(answerFraction, "answerFraction");
        Checks.requireArgument(answerFraction.signum() >= 0 && answerFraction.compareTo(BigDecimal.ONE) <= 0,
                "answerFraction must be in [0, 1], was %s", answerFraction.toPlainString());
    }

    /** @return every constraint, at least ceil(0.6 × questions) answers, a valid trace */
    public static PassRule defaults() {
        return new PassRule(true, new BigDecimal("0.6"), true);
    }

    /**
     * @param questions how many questions the challenge has, not negative
     * @return how many correct answers the rule requires
     * @throws IllegalArgumentException if {@code questions} is negative
     */
    public int requiredAnswers(int questions) {
        Checks.nonNegative(questions, "questions");
        return answerFraction.multiply(BigDecimal.valueOf(questions)).setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
