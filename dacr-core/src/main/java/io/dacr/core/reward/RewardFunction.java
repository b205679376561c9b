package io.dacr.core.reward;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.FormatException;
import io.dacr.api.Outcome;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.internal.Checks;
import io.dacr.core.verify.DacrVerifier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An RL reward from DACR's verifier: (challenge, answer key, completion text) → a reward in [0, 1] with
 * its breakdown. Pure and thread-safe; never throws for any completion.
 *
 * <p>reward = w<sub>answers</sub> × correct/questions + w<sub>constraints</sub> × satisfied/constraints
 * + w<sub>trace</sub> × [trace valid] + w<sub>format</sub> × [well-formed], with the default weights
 * 0.5, 0.2, 0.2 and 0.1. A completion that cannot be read, or that the verifier finds MALFORMED, earns 0.
 *
 * <pre>{@code
 * RewardFunction reward = RewardFunction.builder().build();
 * RewardBreakdown r = reward.reward(challenge, key, completionText);
 * }</pre>
 */
public final class RewardFunction {

    /** The longest completion graded, in characters; longer ones earn 0 as unreadable. */
    public static final int DEFAULT_MAX_COMPLETION_CHARS = 1 << 20;

    private final DacrVerifier verifier;
    private final CompletionParser parser;
    private final RewardWeights weights;
    private final int maxCompletionChars;

    private RewardFunction(Builder b) {
        this.verifier = b.verifier;
        this.parser = b.parser;
        this.weights = b.weights;
        this.maxCompletionChars = b.maxCompletionChars;
    }

    /** @return a builder: the default verifier, the strict JSON parser, the default weights */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param challenge the challenge
     * @param key its answer key
     * @param completion the model's completion text
     * @return the reward and its breakdown
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key does not belong to the challenge
     */
    public RewardBreakdown reward(Challenge challenge, AnswerKey key, String completion) {
        Checks.notNull(challenge, "challenge");
        Checks.notNull(key, "key");
        Checks.notNull(completion, "completion");
        if (completion.length() > maxCompletionChars) {
            return unreadable("the completion has " + completion.length() + " characters, more than "
                    + maxCompletionChars);
        }
        Submission submission;
        try {
            submission = parser.parse(completion, challenge.id().toString());
        } catch (FormatException | IllegalArgumentException e) {
            return unreadable(e.getMessage());
        }
        if (submission == null) {
            return unreadable("no submission in the completion");
        }
        Verdict verdict = verifier.verify(challenge, key, submission);
        if (verdict.outcome() == Outcome.MALFORMED) {
            return new RewardBreakdown(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, "malformed", verdict.reason());
        }
        BigDecimal answers = share(verdict.correctAnswers(), challenge.questions().size());
        BigDecimal constraints = challenge.constraints().isEmpty() ? BigDecimal.ONE
                : share(verdict.passedConstraints(), challenge.constraints().size());
        BigDecimal trace = verdict.trace().outcome() == Outcome.PASS ? BigDecimal.ONE : BigDecimal.ZERO;
        BigDecimal reward = weights.answers().multiply(answers).add(weights.constraints().multiply(constraints))
                .add(weights.trace().multiply(trace)).add(weights.format());
        return new RewardBreakdown(clean(reward.setScale(6, RoundingMode.HALF_EVEN)), answers, constraints, trace,
                BigDecimal.ONE, verdict.outcome().name().toLowerCase(Locale.ROOT), verdict.reason());
    }

    private static RewardBreakdown unreadable(String reason) {
        return new RewardBreakdown(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                "malformed", reason == null ? "unreadable completion" : reason);
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : clean(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal clean(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.signum() == 0 ? BigDecimal.ZERO : s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Collects a {@link RewardFunction}'s options. */
    public static final class Builder {

        private DacrVerifier verifier = DacrVerifier.builder().build();
        private CompletionParser parser = CompletionParser.strictJson();
        private RewardWeights weights = RewardWeights.defaults();
        private int maxCompletionChars = DEFAULT_MAX_COMPLETION_CHARS;

        private Builder() {
        }

        /**
         * @param verifier grades the parsed submission
         * @return this builder
         */
        public Builder verifier(DacrVerifier verifier) {
            this.verifier = Checks.notNull(verifier, "verifier");
            return this;
        }

        /**
         * @param parser reads completions (e.g. the miner harness's tolerant parser)
         * @return this builder
         */
        public Builder parser(CompletionParser parser) {
            this.parser = Checks.notNull(parser, "parser");
            return this;
        }

        /**
         * @param weights the parts' weights
         * @return this builder
         */
        public Builder weights(RewardWeights weights) {
            this.weights = Checks.notNull(weights, "weights");
            return this;
        }

        /**
         * @param chars the longest completion graded, positive
         * @return this builder
         */
        public Builder maxCompletionChars(int chars) {
            Checks.positive(chars, "chars");
            this.maxCompletionChars = chars;
            return this;
        }

        /** @return the reward function */
        public RewardFunction build() {
            return new RewardFunction(this);
        }
    }
}
