package io.dacr.core.bench;

import io.dacr.api.internal.Checks;
import io.dacr.core.bench.internal.AttemptScoring;
import io.dacr.core.bench.internal.Scoring;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.bench.model.ScoringMode;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.ParseFailure;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predictions on a DACR-Bench data set under both {@link ScoringMode}s at once, with 95 %
 * percentile bootstrap intervals over challenges, and optionally attempt sessions (pass@1, pass@N,
 * self-correction, parse failures). Deterministic: the same inputs and seed give the same result,
 * byte for byte once written.
 *
 * <pre>{@code
 * BenchResult result = BenchScorer.builder().headline(ScoringMode.COMPATIBLE).build()
 *         .score(dataset, predictions, List.of());
 * Files.writeString(dir.resolve("report.json"), BenchReports.json(result));
 * }</pre>
 */
public final class BenchScorer {

    /** The default number of bootstrap resamples. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** The default bootstrap seed. */
    public static final long DEFAULT_SEED = 0xDAC2_BE9CL;

    private final ScoringMode headline;
    private final int resamples;
    private final long seed;

    private BenchScorer(Builder b) {
        this.headline = b.headline;
        this.resamples = b.resamples;
        this.seed = b.seed;
    }

    /** @return a builder: strict headline, 1,000 resamples, the default seed */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param dataset the challenges
     * @param predictions predictions; those for challenges not in the data set are ignored, and a
     *     challenge without one counts as a format failure, as in DACR-Bench
     * @param attempts attempt records to compute attempt metrics from; empty for none
     * @return the result
     * @throws IllegalArgumentException if two predictions name one challenge
     */
    public BenchResult score(BenchDataset dataset, List<Prediction> predictions, List<AttemptRecord> attempts) {
        return score(dataset, predictions, attempts, List.of());
    }

    /**
     * Scores as {@link #score(BenchDataset, List, List)}, counting also the replies the miner harness could
     * not read: they enter the parse-failure rate, and a session of only unreadable replies counts as a
     * session that never passed.
     *
     * @param dataset the challenges
     * @param predictions predictions, as for {@link #score(BenchDataset, List, List)}
     * @param attempts attempt records; empty for none
     * @param unreadable the harness's parse-failure records of the same run; empty for none
     * @return the result; it has attempt metrics when there is an attempt record or a parse-failure record
     * @throws IllegalArgumentException if two predictions name one challenge
     */
    public BenchResult score(BenchDataset dataset, List<Prediction> predictions, List<AttemptRecord> attempts,
                             List<ParseFailure> unreadable) {
        Checks.notNull(dataset, "dataset");
        Checks.notNull(predictions, "predictions");
        Checks.notNull(attempts, "attempts");
        Checks.notNull(unreadable, "unreadable");
        Map<String, Prediction> byId = new LinkedHashMap<>();
        for (Prediction p : predictions) {
            Checks.requireArgument(byId.putIfAbsent(p.challengeId(), p) == null,
                    "two predictions for challenge %s", p.challengeId());
        }
        String model = predictions.isEmpty() ? "unknown" : predictions.get(0).model();
        return new BenchResult(dataset.name(), dataset.version(), model, headline,
                Scoring.score(dataset, byId, ScoringMode.STRICT, resamples, seed),
                Scoring.score(dataset, byId, ScoringMode.COMPATIBLE, resamples, seed),
                attempts.isEmpty() && unreadable.isEmpty() ? null
                        : AttemptScoring.score(attempts, unreadable, resamples, seed),
                new BenchResult.Bootstrap(resamples, seed, new BigDecimal("0.95")));
    }

    /** Collects a {@link BenchScorer}'s options. */
    public static final class Builder {

        private ScoringMode headline = ScoringMode.STRICT;
        private int resamples = DEFAULT_RESAMPLES;
        private long seed = DEFAULT_SEED;

        private Builder() {
        }

        /**
         * @param mode the mode whose summary leads the reports ({@code --lenient} picks COMPATIBLE)
         * @return this builder
         */
        public Builder headline(ScoringMode mode) {
            this.headline = Checks.notNull(mode, "mode");
            return this;
        }

        /**
         * @param count bootstrap resamples, 0 for no intervals, at most 100,000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder resamples(int count) {
            Checks.requireArgument(count >= 0 && count <= 100_000, "resamples must be 0 to 100000, was %d", count);
            this.resamples = count;
            return this;
        }

        /**
         * @param seed the bootstrap seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** @return the scorer */
        public BenchScorer build() {
            return new BenchScorer(this);
        }
    }
}
