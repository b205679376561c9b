package io.dacr.core.bench.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Additive sums from which every summary rate follows, so a bootstrap resample adds up its challenges'
 * totals instead of rescoring their questions.
 */
final class Totals {

    static final int BINS = 10;
    static final int SCALE = 6;

    int questions;
    int correct;
    BigDecimal confidence = BigDecimal.ZERO;
    BigDecimal confidenceOnCorrect = BigDecimal.ZERO;
    BigDecimal citation = BigDecimal.ZERO;
    int trapCounted;
    int trapEvaded;
    int challenges;
    int passed;
    final int[] binCount = new int[BINS];
    final int[] binCorrect = new int[BINS];
    final BigDecimal[] binConfidence = new BigDecimal[BINS];

    Totals() {
        java.util.Arrays.fill(binConfidence, BigDecimal.ZERO);
    }

    void addQuestion(boolean isCorrect, BigDecimal conf, BigDecimal cite, Boolean evaded, int bin) {
        questions++;
        confidence = confidence.add(conf);
        citation = citation.add(cite);
        if (isCorrect) {
            correct++;
            confidenceOnCorrect = confidenceOnCorrect.add(conf);
        }
        if (evaded != null) {
            trapCounted++;
            if (evaded) {
                trapEvaded++;
            }
        }
        if (bin >= 0) {
            binCount[bin]++;
            binConfidence[bin] = binConfidence[bin].add(conf);
            if (isCorrect) {
                binCorrect[bin]++;
            }
        }
    }

    /** Closes one challenge's questions: counts it, and as passed if its accuracy is at least 0.6. */
    void closeChallenge() {
        challenges = 1;
        passed = 5L * correct >= 3L * questions ? 1 : 0;
    }

    void add(Totals other) {
        questions += other.questions;
        correct += other.correct;
        confidence = confidence.add(other.confidence);
        confidenceOnCorrect = confidenceOnCorrect.add(other.confidenceOnCorrect);
        citation = citation.add(other.citation);
        trapCounted += other.trapCounted;
        trapEvaded += other.trapEvaded;
        challenges += other.challenges;
        passed += other.passed;
        for (int b = 0; b < BINS; b++) {
            binCount[b] += other.binCount[b];
            binCorrect[b] += other.binCorrect[b];
            binConfidence[b] = binConfidence[b].add(other.binConfidence[b]);
        }
    }

    BigDecimal accuracy() {
        return ratio(BigDecimal.valueOf(correct), questions, BigDecimal.ZERO);
    }

    BigDecimal confidenceWeightedAccuracy() {
        return confidence.signum() == 0 ? BigDecimal.ZERO : round(confidenceOnCorrect.divide(confidence, MathContext.DECIMAL128));
    }

    /** Expected calibration error: the sum over bins of |correct − confidence| over all questions. */
    BigDecimal ece() {
        BigDecimal gap = BigDecimal.ZERO;
        for (int b = 0; b < BINS; b++) {
            gap = gap.add(BigDecimal.valueOf(binCorrect[b]).subtract(binConfidence[b]).abs());
        }
        return ratio(gap, questions, BigDecimal.ZERO);
    }

    BigDecimal meanConfidence() {
        return ratio(confidence, questions, BigDecimal.ZERO);
    }

    /** @return evaded over counted trap questions, or null (not applicable) when no trap question counted */
    BigDecimal trapEvasion() {
        return ratio(BigDecimal.valueOf(trapEvaded), trapCounted, null);
    }

    BigDecimal citationScore() {
        return ratio(citation, questions, BigDecimal.ZERO);
    }

    BigDecimal passRate() {
        return ratio(BigDecimal.valueOf(passed), challenges, BigDecimal.ZERO);
    }

    /**
     * @return the rates the bootstrap draws intervals for, in {@link Scoring#INTERVAL_METRICS} order; the trap
     *     evasion rate is null when no trap question counted
     */
    BigDecimal[] rates() {
        return new BigDecimal[] {accuracy(), confidenceWeightedAccuracy(), ece(), meanConfidence(), trapEvasion(),
            citationScore(), passRate()};
    }

    static BigDecimal ratio(BigDecimal numerator, int denominator, BigDecimal whenEmpty) {
        if (denominator == 0) {
            return whenEmpty;
        }
        return clean(numerator.divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_EVEN));
    }

    static BigDecimal round(BigDecimal value) {
        return clean(value.setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    /** One representation per value: 0.5 rather than 0.500000, 0 rather than 0E-6. */
    static BigDecimal clean(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.signum() == 0 ? BigDecimal.ZERO : s.scale() < 0 ? s.setScale(0) : s;
    }
}
