package io.dacr.core.verify.stateless;

import io.dacr.api.Challenge;
import io.dacr.api.ChallengeGenerator;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.internal.Checks;
import io.dacr.core.verify.DacrVerifier;
import io.dacr.core.verify.internal.KeyIndex;
import io.dacr.core.verify.internal.Verification;
import io.dacr.core.verify.stateless.internal.KeyLookup;
import io.dacr.core.verify.stateless.internal.KeyRegenerator;
import io.dacr.core.verify.stateless.internal.RegeneratedKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Verifies without storing answer keys: the key of a challenge is rebuilt from its id and the
 * generation secret through the generator's key-only path ({@link ChallengeGenerator#answerKey}), with
 * a bounded cache in front. The cache holds each key together with the verifier's index of it (gold
 * forms, constraint parameters, grounding by paragraph), so a warm verification regenerates and
 * indexes nothing; an index keeps no paragraph text. Only the secret part is regenerated: the public challenge is the caller's,
 * and it must be the caller's own copy (kept, or read back from where it was published), never one
 * taken from the submitter. The id's MAC authenticates the key, not the challenge text, and the
 * verifier takes question types, tolerances, constraints and trace rules from the challenge, so a
 * challenge edited by a solver could loosen them. Thread-safe.
 *
 * <p>An id that cannot have a key here (a forged or foreign MAC, another generator version, a spec
 * hash not accepted) gives a {@link io.dacr.api.Outcome#MALFORMED} verdict with the reason, never an
 * exception: such an id arrives with a submission, so it is a problem of the submission side, like any
 * other structural fault the verifier reports as MALFORMED. So does a challenge whose content does not
 * fit the key its id regenerates (a tampered challenge).
 *
 * <pre>{@code
 * StatelessVerifier verifier = StatelessVerifier.builder(generator, secret)
 *         .acceptSpec(GenerationSpec.preset("standard"))
 *         .maximumSize(10_000)
 *         .build();
 * Verdict verdict = verifier.verify(challenge, submission);
 * KeyCacheStats stats = verifier.cacheStats();
 * }</pre>
 */
public final class StatelessVerifier {

    /** The default bound on cached keys. */
    public static final long DEFAULT_MAXIMUM_SIZE = 10_000;

    private final DacrVerifier verifier;
    private final KeyRegenerator keys;
    private final long maximumSize;
    private final LongAdder indexBuilds = new LongAdder();

    private StatelessVerifier(Builder builder) {
        this.verifier = builder.verifier;
        this.maximumSize = builder.maximumSize;
        this.keys = new KeyRegenerator(builder.generator, builder.secret, builder.specs, builder.maximumSize);
    }

    /**
     * @param generator rebuilds answer keys; the only version it accepts in ids is its own
     * @param secret the secret the challenges were issued under
     * @return a builder; at least one spec must be accepted before {@link Builder#build()}
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(ChallengeGenerator generator, Secret secret) {
        return new Builder(Checks.notNull(generator, "generator"), Checks.notNull(secret, "secret"));
    }

    /**
     * Grades a submission against the key regenerated from {@code challenge.id()}. Never throws for any
     * submission or id: what is wrong is in the verdict.
     *
     * @param challenge the public challenge the submission answers
     * @param submission the submission
     * @return the verdict; MALFORMED with a reason if the id has no key here or the challenge does not
     *     fit its key
     * @throws NullPointerException if an argument is null
     */
    public Verdict verify(Challenge challenge, Submission submission) {
        Checks.notNull(challenge, "challenge");
        Checks.notNull(submission, "submission");
        KeyLookup lookup = keys.lookup(challenge.id());
        RegeneratedKey entry = lookup.entry();
        if (entry == null) {
            return Verdict.malformed(submission.challengeId(), lookup.refusal());
        }
        KeyIndex index = entry.indexFor(challenge);
        if (index == null) {
            try {
                index = new KeyIndex(challenge, entry.key(), verifier.limits(), verifier.passRule(), verifier.matchMode());
            } catch (IllegalArgumentException e) {
                return Verdict.malformed(submission.challengeId(),
                        "the challenge does not fit the answer key its id regenerates: " + e.getMessage());
            }
            indexBuilds.increment();
            entry.hold(challenge, index);
        }
        return new Verification(verifier.limits(), verifier.passRule(), index, submission).run();
    }

    /** @return a snapshot of the key cache's counters and size, and of how often keys were indexed */
    public KeyCacheStats cacheStats() {
        return new KeyCacheStats(keys.hits(), keys.misses(), keys.evictions(), keys.size(), maximumSize, indexBuilds.sum());
    }

    /** Collects the options of a {@link StatelessVerifier}. */
    public static final class Builder {

        private final ChallengeGenerator generator;
        private final Secret secret;
        private final List<GenerationSpec> specs = new ArrayList<>();
        private DacrVerifier verifier = DacrVerifier.builder().build();
        private long maximumSize = DEFAULT_MAXIMUM_SIZE;

        private Builder(ChallengeGenerator generator, Secret secret) {
            this.generator = generator;
            this.secret = secret;
        }

        /**
         * Accepts ids whose spec hash names {@code spec}.
         *
         * @param spec a generation spec challenges were issued with
         * @return this builder
         * @throws NullPointerException if {@code spec} is null
         */
        public Builder acceptSpec(GenerationSpec spec) {
            specs.add(Checks.notNull(spec, "spec"));
            return this;
        }

        /**
         * Accepts ids whose spec hash names one of {@code specs}.
         *
         * @param specs generation specs challenges were issued with
         * @return this builder
         * @throws NullPointerException if {@code specs} or one of them is null
         */
        public Builder acceptSpecs(Collection<GenerationSpec> specs) {
            Checks.notNull(specs, "specs").forEach(this::acceptSpec);
            return this;
        }

        /**
         * @param verifier grades a submission once its key is known (default: {@code DacrVerifier}'s defaults)
         * @return this builder
         * @throws NullPointerException if {@code verifier} is null
         */
        public Builder verifier(DacrVerifier verifier) {
            this.verifier = Checks.notNull(verifier, "verifier");
            return this;
        }

        /**
         * @param maximumSize the most answer keys cached at once (default {@link StatelessVerifier#DEFAULT_MAXIMUM_SIZE})
         * @return this builder
         * @throws IllegalArgumentException if {@code maximumSize} is below 1
         */
        public Builder maximumSize(long maximumSize) {
            Checks.requireArgument(maximumSize >= 1, "maximumSize must be at least 1, was %d", maximumSize);
            this.maximumSize = maximumSize;
            return this;
        }

        /**
         * @return the verifier
         * @throws IllegalArgumentException if no spec was accepted, or two accepted specs share a spec hash
         */
        public StatelessVerifier build() {
            return new StatelessVerifier(this);
        }
    }
}
