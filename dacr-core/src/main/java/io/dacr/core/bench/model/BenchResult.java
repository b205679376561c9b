package io.dacr.core.bench.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code BenchScorer} measured: both modes' scores side by side, which one is the headline,
 * attempt metrics when attempt records were given, and how the intervals were drawn. Every rate is a
 * decimal in [0, 1] rounded half-even to six places; nothing passes through binary floating point
 * except where {@link ScoringMode#COMPATIBLE} reproduces DACR-Bench's own binary bin edges.
 *
 * @param benchmarkName the data set's name
 * @param benchmarkVersion its version
 * @param model the model named by the predictions ({@code unknown} if none)
 * @param headline the mode whose summary leads the reports
 * @param strict the strict scores
 * @param compatible the DACR-Bench-compatible scores
 * @param attempts attempt metrics, or null when no attempt records were scored
 * @param bootstrap how the confidence intervals were drawn
 */
public record BenchResult(String benchmarkName, String benchmarkVersion, String model, ScoringMode headline,
                          ModeResult strict, ModeResult compatible, AttemptMetrics attempts, Bootstrap bootstrap) {

    /** @throws NullPointerException if a required part is null */
    public BenchResult {
        Objects.requireNonNull(benchmarkName, "benchmarkName");
        Objects.requireNonNull(benchmarkVersion, "benchmarkVersion");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(strict, "strict");
        Objects.requireNonNull(compatible, "compatible");
        Objects.requireNonNull(bootstrap, "bootstrap");
    }

    /** @return the scores of the headline mode */
    public ModeResult headlineResult() {
        return headline == ScoringMode.STRICT ? strict : compatible;
    }

    /**
     * The scores under one mode.
     *
     * @param mode the mode
     * @param summary the headline numbers
     * @param intervals 95 % bootstrap intervals of the summary's rates, by the summary's member names
     * @param byCategory accuracy by question category, in the seven categories' order, then others
     * @param byHops accuracy by hop count: {@code 1} to {@code 5}, then {@code 6+}
     * @param byDomain accuracy by document domain, in first-seen order
     * @param byDifficulty accuracy by difficulty: easy, medium, hard, then others
     * @param bySplit scores by split: real, synthetic
     * @param reliability the ten calibration bins (empty bins included, count 0)
     * @param challenges every scored challenge, in the data set's order
     */
    public record ModeResult(ScoringMode mode, Summary summary, Map<String, Interval> intervals,
                             Map<String, Group> byCategory, Map<String, Group> byHops, Map<String, Group> byDomain,
                             Map<String, Group> byDifficulty, Map<String, SplitGroup> bySplit,
                             List<ReliabilityBin> reliability, List<ChallengeScore> challenges) {

        /** Copies every collection, keeping its order. */
        public ModeResult {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(summary, "summary");
            intervals = ordered(intervals);
            byCategory = ordered(byCategory);
            byHops = ordered(byHops);
            byDomain = ordered(byDomain);
            byDifficulty = ordered(byDifficulty);
            bySplit = ordered(bySplit);
            reliability = List.copyOf(reliability);
            challenges = List.copyOf(challenges);
        }
    }

    /**
     * DACR-Bench's summary.
     *
     * @param answerAccuracy correct answers over all scored questions
     * @param confidenceWeightedAccuracy confidence on correct answers over all confidence (0 if none)
     * @param confidenceCalibration expected calibration error over ten bins (lower is better)
     * @param meanConfidence the mean stated confidence
     * @param trapEvasionRate evaded over counted trap-targeted questions; null (not applicable) if none counted
     * @param citationGroundingScore the mean citation score
     * @param passRate challenges with accuracy of at least 0.6 over scored challenges
     * @param transferGap |accuracy on real − accuracy on synthetic|, or null unless both splits were scored
     * @param challengesEvaluated challenges that had a prediction
     * @param questionsEvaluated their questions
     * @param formatFailureRate challenges without a prediction over all challenges
     */
    public record Summary(BigDecimal answerAccuracy, BigDecimal confidenceWeightedAccuracy,
                          BigDecimal confidenceCalibration, BigDecimal meanConfidence, BigDecimal trapEvasionRate,
                          BigDecimal citationGroundingScore, BigDecimal passRate, BigDecimal transferGap,
                          int challengesEvaluated, int questionsEvaluated, BigDecimal formatFailureRate) {
    }

    /**
     * A percentile interval.
     *
     * @param low the lower bound
     * @param high the upper bound
     * @param resamplesLeftOut resamples in which the rate was not applicable (trap evasion: no trap question
     *     counted), left out of the percentiles; 0 for every other rate
     */
    public record Interval(BigDecimal low, BigDecimal high, int resamplesLeftOut) {

        /**
         * An interval from every resample.
         *
         * @param low the lower bound
         * @param high the upper bound
         */
        public Interval(BigDecimal low, BigDecimal high) {
            this(low, high, 0);
        }
    }

    /**
     * A breakdown cell.
     *
     * @param accuracy accuracy of its questions
     * @param meanConfidence their mean confidence
     * @param count how many questions
     */
    public record Group(BigDecimal accuracy, BigDecimal meanConfidence, int count) {
    }

    /**
     * The scores of one split.
     *
     * @param answerAccuracy accuracy of its questions
     * @param meanConfidence their mean confidence
     * @param trapEvasionRate its trap evasion rate (null, not applicable, if none counted)
     * @param passRate its pass rate
     * @param challengeCount scored challenges
     * @param questionCount their questions
     */
    public record SplitGroup(BigDecimal answerAccuracy, BigDecimal meanConfidence, BigDecimal trapEvasionRate,
                             BigDecimal passRate, int challengeCount, int questionCount) {
    }

    /**
     * One calibration bin, for the reliability diagram.
     *
     * @param index 0 to 9
     * @param count answers whose confidence fell in it
     * @param meanConfidence their mean confidence (0 if empty)
     * @param accuracy their accuracy (0 if empty)
     */
    public record ReliabilityBin(int index, int count, BigDecimal meanConfidence, BigDecimal accuracy) {
    }

    /**
     * One challenge's scores.
     *
     * @param challengeId the challenge
     * @param split its split
     * @param domain its domain
     * @param answerAccuracy its accuracy
     * @param passed accuracy of at least 0.6 (DACR-Bench's pass, not a verifier pass)
     * @param citationGroundingScore its mean citation score
     * @param trapEvasionRate its trap evasion rate (null, not applicable, if none counted)
     * @param confidenceCalibration its own ECE
     * @param questions its questions' scores, in the challenge's order
     */
    public record ChallengeScore(String challengeId, Split split, String domain, BigDecimal answerAccuracy,
                                 boolean passed, BigDecimal citationGroundingScore, BigDecimal trapEvasionRate,
                                 BigDecimal confidenceCalibration, List<QuestionScore> questions) {

        /** Copies the question list. */
        public ChallengeScore {
            questions = List.copyOf(questions);
        }
    }

    /**
     * One question's score.
     *
     * @param questionId the question
     * @param category its category
     * @param hops its hops
     * @param difficulty its difficulty
     * @param correct whether the answer matched
     * @param matchType how: {@code exact}, {@code normalized} (an alias), {@code numeric},
     *     {@code partial} (containment or token overlap; compatible mode only) or {@code none}
     * @param confidence the confidence scored (clamped to [0, 1]; 0 when missing)
     * @param citationScore 0, 0.5 or 1
     * @param trapEvasion true evaded, false fell (or no answer), null not counted or not trap-targeted
     */
    public record QuestionScore(String questionId, String category, int hops, String difficulty, boolean correct,
                                String matchType, BigDecimal confidence, BigDecimal citationScore,
                                Boolean trapEvasion) {
    }

    /**
     * Metrics over attempt sessions (up to N attempts at one challenge with feedback).
     *
     * @param sessions the sessions scored
     * @param attempts the graded attempts in them
     * @param unreadableReplies the model's replies the miner harness could not read (never graded)
     * @param maxAttempts N: the most graded attempts any session made
     * @param passAt1 sessions whose first attempt passed
     * @param passAtN sessions that passed within N attempts
     * @param selfCorrectionRate of the sessions whose first attempt failed, those that passed later
     *     (0 if no first attempt failed)
     * @param parseFailureRate of the model's replies (graded attempts and unreadable replies), those that
     *     could not be read or whose verdict was MALFORMED
     * @param attemptsToPass how many sessions first passed at attempt 1, 2, …, and {@code never}
     * @param intervals 95 % bootstrap intervals of the four rates, resampling challenges
     */
    public record AttemptMetrics(int sessions, int attempts, int unreadableReplies, int maxAttempts, BigDecimal passAt1, BigDecimal passAtN,
                                 BigDecimal selfCorrectionRate, BigDecimal parseFailureRate,
                                 Map<String, Integer> attemptsToPass, Map<String, Interval> intervals) {

        /** Copies the maps, keeping their order. */
        public AttemptMetrics {
            attemptsToPass = ordered(attemptsToPass);
            intervals = ordered(intervals);
        }
    }

    /**
     * How the intervals were drawn: percentile bootstrap over challenges.
     *
     * @param resamples how many resamples (1,000 by default)
     * @param seed the seed of DACR's SplitMix64 generator
     * @param level the interval's coverage, e.g. 0.95
     */
    public record Bootstrap(int resamples, long seed, BigDecimal level) {
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
