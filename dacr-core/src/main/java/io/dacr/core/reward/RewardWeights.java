package io.dacr.core.reward;

import io.dacr.api.internal.Checks;

import java.math.BigDecimal;

/**
 * How the reward weighs its four parts. Each weight is in [0, 1] and they sum to exactly 1, so the
 * reward is in [0, 1].
 *
 * @param answers weight of the share of correct answers
 * @param constraints weight of the share of satisfied artifact constraints
 * @param trace weight of a valid reasoning trace
 * @param format weight of a readable, well-formed submission
 */
public record RewardWeights(BigDecimal answers, BigDecimal constraints, BigDecimal trace, BigDecimal format) {

    /** @throws IllegalArgumentException if a weight is null, outside [0, 1], or the four do not sum to 1 */
    public RewardWeights {
        for (BigDecimal w : new BigDecimal[] {answers, constraints, trace, format}) {
            Checks.notNull(w, "weight");
            Checks.requireArgument(w.signum() >= 0 && w.compareTo(BigDecimal.ONE) <= 0,
                    "a weight is 0 to 1, was %s", w.toPlainString());
        }
        Checks.requireArgument(answers.add(constraints).add(trace).add(format).compareTo(BigDecimal.ONE) == 0,
                "the weights must sum to 1, they sum to %s", answers.add(constraints).add(trace).add(format).toPlainString());
    }

    /** @return answers 0.5, constraints 0.2, trace 0.2, format 0.1 */
    public static RewardWeights defaults() {
        return new RewardWeights(new BigDecimal("0.5"), new BigDecimal("0.2"), new BigDecimal("0.2"), new BigDecimal("0.1"));
    }
}
