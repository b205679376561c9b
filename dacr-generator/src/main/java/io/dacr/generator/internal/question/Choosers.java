package io.dacr.generator.internal.question;

import io.dacr.generator.internal.layout.Surfaces;
import io.dacr.generator.internal.pack.NumberSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Predicate;

/**
 * Constructive choices of question operands (generator v6): operands and thresholds picked so that
 * the generation checks pass, instead of drawing at random and re-drawing a whole question when a
 * check fails. Each chooser works on plain values (true and misread) in a given preference order and
 * returns positions in it, so that it can be tested against its check on any input; the checks here
 * are the very ones {@link QuestionPlanner} applies as its final gate.
 */
final class Choosers {

    /** The margin, in percent of the winner (or threshold), that comparisons must clear. */
    static final int MARGIN_PERCENT = 5;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MARGIN = BigDecimal.valueOf(MARGIN_PERCENT);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Choosers() {
    }

    /**
     * @param upper the larger side
     * @param lower the smaller side
     * @param reference what the margin is a share of
     * @return true if {@code |upper − lower|} is positive and at least {@value #MARGIN_PERCENT} % of {@code |reference|}
     */
    static boolean clearMargin(BigDecimal upper, BigDecimal lower, BigDecimal reference) {
        BigDecimal gap = upper.subtract(lower).abs();
        return gap.signum() > 0 && gap.multiply(HUNDRED).compareTo(reference.abs().multiply(MARGIN)) >= 0;
    }

    // ---- comparisons (argmax / argmin) ----------------------------------------------------------

    /**
     * @param values the operands' true values, in operand order
     * @param highest argmax if true, argmin if false
     * @return the winner's position: the first best value in operand order
     */
    static int winner(BigDecimal[] values, boolean highest) {
        int w = 0;
        for (int i = 1; i < values.length; i++) {
            int c = values[i].compareTo(values[w]);
            if (highest ? c > 0 : c < 0) {
                w = i;
            }
        }
        return w;
    }

    /**
     * The comparison check: the winner beats the runner-up by the margin and, when {@code flip} is
     * asked, the misread values (the traps' wrong values) crown another operand.
     *
     * @param truth the operands' true values
     * @param misread the operands' values as a trapped reader reads them
     * @param highest argmax if true, argmin if false
     * @param flip whether the misread winner must differ from the true one
     * @return true if the operands pass
     */
    static boolean comparisonPasses(BigDecimal[] truth, BigDecimal[] misread, boolean highest, boolean flip) {
        int w = winner(truth, highest);
        int runnerUp = -1;
        for (int i = 0; i < truth.length; i++) {
            if (i != w && (runnerUp < 0 || (highest ? truth[i].compareTo(truth[runnerUp]) > 0
                    : truth[i].compareTo(truth[runnerUp]) < 0))) {
                runnerUp = i;
            }
        }
        return runnerUp >= 0 && clearMargin(truth[w], truth[runnerUp], truth[w])
                && !(flip && winner(misread, highest) == w);
    }

    /**
     * Chooses k operands that pass {@link #comparisonPasses}: a winner W, then k − 1 others that each
     * trail W by the margin, the first of them (when {@code flip}) one whose misread value beats W's
     * misread value. W is the first candidate, in preference order, that admits such a set; the
     * others are the first that fit. Complete: it returns null only if no k candidates pass.
     *
     * @param truth the candidates' true values, in preference order
     * @param misread the candidates' misread values
     * @param k how many operands, at least 2
     * @param highest argmax if true, argmin if false
     * @param flip whether the misread winner must differ from the true one
     * @return positions of the chosen candidates (W first, then the others in preference order), or null
     */
    static int[] comparison(BigDecimal[] truth, BigDecimal[] misread, int k, boolean highest, boolean flip) {
        int n = truth.length;
        if (k < 2 || n < k) {
            return null;
        }
        int[] chosen = new int[k];
        for (int w = 0; w < n; w++) {
            // Every other operand must lie at or beyond W ∓ 5 % of |W|.
            BigDecimal bound = truth[w].abs().multiply(MARGIN).movePointLeft(2);
            BigDecimal limit = highest ? truth[w].subtract(bound) : truth[w].add(bound);
            int flipper = -1;
            int trailing = 0;
            for (int x = 0; x < n; x++) {
                if (x == w || !trails(truth[x], truth[w], limit, highest)) {
                    continue;
                }
                trailing++;
                if (flipper < 0 && (highest ? misread[x].compareTo(misread[w]) > 0 : misread[x].compareTo(misread[w]) < 0)) {
                    flipper = x;
                }
            }
            if (trailing < k - 1 || flip && flipper < 0) {
                continue;
            }
            int lead = flip ? flipper : -1;
            int size = 0;
            chosen[size++] = w;
            if (lead >= 0) {
                chosen[size++] = lead;
            }
            for (int x = 0; x < n && size < k; x++) {
                if (x != w && x != lead && trails(truth[x], truth[w], limit, highest)) {
                    chosen[size++] = x;
                }
            }
            return chosen;
        }
        return null;
    }

    /** @return true if x trails the winner by the margin (x ≠ winner, and at or beyond the limit) */
    private static boolean trails(BigDecimal x, BigDecimal winner, BigDecimal limit, boolean highest) {
        return highest ? x.compareTo(limit) <= 0 && x.compareTo(winner) < 0 : x.compareTo(limit) >= 0 && x.compareTo(winner) > 0;
    }

    // ---- filters (how many are above a threshold) -----------------------------------------------

    /**
     * @param sorted the operands' true values, ascending
     * @param split how many lie below the threshold, 1 to size − 1
     * @param spec the attribute's number spec
     * @return the threshold between {@code sorted[split − 1]} and {@code sorted[split]}: their midpoint
     *     on the precision grid (half-up)
     */
    static BigDecimal threshold(BigDecimal[] sorted, int split, NumberSpec spec) {
        return sorted[split - 1].add(sorted[split])
                .divide(TWO.multiply(spec.precision()), 0, RoundingMode.HALF_UP).multiply(spec.precision());
    }

    /**
     * The filter check: the threshold clears both neighbours by the margin, is exactly writable, was
     * not asked before, and (when {@code flip} is asked) the misread values put a different number of
     * operands above it.
     *
     * @param sorted the operands' true values, ascending
     * @param misread the operands' misread values, any order
     * @param split how many lie below the threshold
     * @param spec the attribute's number spec
     * @param flip whether the misread count must differ from the true one
     * @param askedThreshold whether a threshold was already asked (this attribute)
     * @return true if the split passes
     */
    static boolean filterPasses(BigDecimal[] sorted, BigDecimal[] misread, int split, NumberSpec spec, boolean flip,
                                Predicate<BigDecimal> askedThreshold) {
        BigDecimal threshold = threshold(sorted, split, spec);
        if (flip) {
            int misreadCount = 0;
            for (BigDecimal m : misread) {
                if (m.compareTo(threshold) > 0) {
                    misreadCount++;
                }
            }
            if (misreadCount == sorted.length - split) {
                return false;
            }
        }
        return clearMargin(threshold, sorted[split - 1], threshold) && clearMargin(sorted[split], threshold, threshold)
                && Surfaces.exactlyWritable(spec, threshold) && !askedThreshold.test(threshold);
    }

    /**
     * Chooses where a filter's threshold falls: one uniform pick among the splits that pass
     * {@link #filterPasses}, instead of drawing a split and re-drawing the question when it fails.
     *
     * @param sorted the operands' true values, ascending
     * @param misread the operands' misread values
     * @param spec the attribute's number spec
     * @param flip whether the misread count must differ from the true one
     * @param askedThreshold whether a threshold was already asked
     * @return the splits that pass, ascending (possibly empty)
     */
    static int[] filterSplits(BigDecimal[] sorted, BigDecimal[] misread, NumberSpec spec, boolean flip,
                              Predicate<BigDecimal> askedThreshold) {
        int[] splits = new int[sorted.length];
        int size = 0;
        for (int split = 1; split < sorted.length; split++) {
            if (filterPasses(sorted, misread, split, spec, flip, askedThreshold)) {
                splits[size++] = split;
            }
        }
        return java.util.Arrays.copyOf(splits, size);
    }
}
