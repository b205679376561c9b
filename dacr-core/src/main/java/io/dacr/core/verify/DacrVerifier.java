package io.dacr.core.verify;

import io.dacr.core.verify.policy.MatchMode;
import io.dacr.core.verify.policy.PassRule;
import io.dacr.core.verify.policy.VerificationLimits;
import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.Verifier;
import io.dacr.api.internal.Checks;
import io.dacr.core.verify.internal.KeyIndexCache;
import io.dacr.core.verify.internal.Verification;

/**
 * DACR's verifier: typed answer grading, artifact and constraint checks, trace validation with
 * re-executed computations, and a configurable pass rule, under hard input caps. Thread-safe; one
 * instance may serve every thread. It indexes each answer key once (a small bounded cache keyed by the
 * identity of the key object), so keep a key in memory while grading its submissions.
 *
 * <pre>{@code
 * DacrVerifier verifier = DacrVerifier.builder()
 *         .passRule(PassRule.defaults())
 *         .limits(VerificationLimits.defaults())
 *         .matchMode(MatchMode.STRICT)
 *         .build();
 * Verdict verdict = verifier.verify(challenge, key, submission);
 * }</pre>
 */
public final class DacrVerifier implements Verifier {

    private final VerificationLimits limits;
    private final PassRule passRule;
    private final MatchMode matchMode;
    private final KeyIndexCache indexes;

    private DacrVerifier(Builder builder) {
        this.limits = builder.limits;
        this.passRule = builder.passRule;
        this.matchMode = builder.matchMode;
        this.indexes = new KeyIndexCache(limits, passRule, matchMode);
    }

    /** @return a builder with the defaults: strict matching, default pass rule and limits */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the caps this verifier enforces */
    public VerificationLimits limits() {
        return limits;
    }

    /** @return the pass rule this verifier applies */
    public PassRule passRule() {
        return passRule;
    }

    /** @return how this verifier matches answers */
    public MatchMode matchMode() {
        return matchMode;
    }

    /**
     * Grades a submission. Never throws for any submission: whatever is wrong with it is reported in
     * the verdict ({@code MALFORMED} with a reason where a structural rule or a cap is broken).
     *
     * @param challenge the public challenge
     * @param key its answer key
     * @param submission the submission to grade
     * @return the verdict
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code key} does not belong to {@code challenge}: another
     *     challenge id, a question without gold answer, a constraint without derived values or with
     *     parameters its kind does not define
     */
    @Override
    public Verdict verify(Challenge challenge, AnswerKey key, Submission submission) {
        Checks.notNull(challenge, "challenge");
        Checks.notNull(key, "key");
        Checks.notNull(submission, "submission");
        return new Verification(limits, passRule, indexes.get(challenge, key), submission).run();
    }

    /** Collects the options of a {@link DacrVerifier}. */
    public static final class Builder {

        private VerificationLimits limits = VerificationLimits.defaults();
        private PassRule passRule = PassRule.defaults();
        private MatchMode matchMode = MatchMode.STRICT;

        private Builder() {
        }

        /**
         * @param limits the caps on input sizes
         * @return this builder
         * @throws NullPointerException if {@code limits} is null
         */
        public Builder limits(VerificationLimits limits) {
            this.limits = Checks.notNull(limits, "limits");
            return this;
        }

        /**
         * @param passRule when a submission passes
         * @return this builder
         * @throws NullPointerException if {@code passRule} is null
         */
        public Builder passRule(PassRule passRule) {
            this.passRule = Checks.notNull(passRule, "passRule");
            return this;
        }

        /**
         * @param matchMode how answers are matched
         * @return this builder
         * @throws NullPointerException if {@code matchMode} is null
         */
        public Builder matchMode(MatchMode matchMode) {
            this.matchMode = Checks.notNull(matchMode, "matchMode");
            return this;
        }

        /** @return the verifier */
        public DacrVerifier build() {
            return new DacrVerifier(this);
        }
    }
}
