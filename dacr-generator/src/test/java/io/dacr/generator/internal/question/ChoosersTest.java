package io.dacr.generator.internal.question;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.generator.internal.pack.NumberSpec;
import io.dacr.generator.internal.pack.SurfaceForm;
import io.dacr.generator.internal.pack.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The constructive choosers of question operands: what they pick passes the generation check it
 * replaces re-drawing for, and they miss no passing choice.
 */
class ChoosersTest {

    private static BigDecimal[] decimals(List<Integer> values) {
        BigDecimal[] out = new BigDecimal[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = BigDecimal.valueOf(values.get(i));
        }
        return out;
    }

    /** Misread values: the true value moved by a trap's change where {@code moves} says so, else the true value. */
    private static BigDecimal[] misread(BigDecimal[] truth, List<Integer> changes) {
        BigDecimal[] out = new BigDecimal[truth.length];
        for (int i = 0; i < out.length; i++) {
            int change = changes.get(i % changes.size());
            out[i] = truth[i].add(BigDecimal.valueOf(change));
        }
        return out;
    }

    private static BigDecimal[] at(BigDecimal[] values, int[] positions) {
        BigDecimal[] out = new BigDecimal[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = values[positions[i]];
        }
        return out;
    }

    @Property
    void aChosenComparisonPassesTheComparisonCheck(
            @ForAll @Size(min = 2, max = 9) List<@IntRange(min = -500, max = 5000) Integer> values,
            @ForAll @Size(min = 1, max = 9) List<@IntRange(min = -900, max = 900) Integer> changes,
            @ForAll @IntRange(min = 2, max = 5) int k,
            @ForAll boolean highest,
            @ForAll boolean flip) {
        BigDecimal[] truth = decimals(values);
        BigDecimal[] misread = misread(truth, changes);
        int[] picked = Choosers.comparison(truth, misread, k, highest, flip);
        if (picked != null) {
            assertEquals(k, picked.length);
            assertEquals(k, Arrays.stream(picked).distinct().count(), "distinct operands");
            assertTrue(Choosers.comparisonPasses(at(truth, picked), at(misread, picked), highest, flip));
            // The operands' order is shuffled afterwards: the check holds in any order.
            int[] reversed = new int[k];
            for (int i = 0; i < k; i++) {
                reversed[i] = picked[k - 1 - i];
            }
            assertTrue(Choosers.comparisonPasses(at(truth, reversed), at(misread, reversed), highest, flip));
        }
    }

    @Property
    void noComparisonIsMissedWhereSomeSetOfKPasses(
            @ForAll @Size(min = 2, max = 7) List<@IntRange(min = 0, max = 300) Integer> values,
            @ForAll @IntRange(min = 2, max = 4) int k,
            @ForAll boolean highest,
            @ForAll boolean flip,
            @ForAll long salt) {
        BigDecimal[] truth = decimals(values);
        // Distinct misread values (no ties), so a set passes in one operand order if and only if in all.
        BigDecimal[] misread = new BigDecimal[truth.length];
        for (int i = 0; i < truth.length; i++) {
            misread[i] = BigDecimal.valueOf(Math.floorMod(salt * (i + 7) + i * 1_000_003L, 10_007) * 16 + i);
        }
        boolean anyPasses = false;
        if (k <= truth.length) {
            int[] c = new int[k];
            for (int i = 0; i < k; i++) {
                c[i] = i;
            }
            do {
                anyPasses |= Choosers.comparisonPasses(at(truth, c), at(misread, c), highest, flip);
            } while (QuestionPlanner.nextCombination(c, truth.length));
        }
        assertEquals(anyPasses, Choosers.comparison(truth, misread, k, highest, flip) != null);
    }

    @Test
    void aComparisonWhoseWinnerNoWrongValueOvertakesIsRefusedInStrictMode() {
        BigDecimal[] truth = decimals(List.of(100, 50, 40));
        BigDecimal[] misread = decimals(List.of(100, 60, 45));
        assertNull(Choosers.comparison(truth, misread, 2, true, true));
        assertArrayEquals(new int[] {0, 1}, Choosers.comparison(truth, misread, 2, true, false));
    }

    @Test
    void theWinnerMustClearTheMarginOverEveryOtherOperand() {
        // 100 and 96 are 4 % apart: no set holding both passes; {100, 90} does (10 %).
        BigDecimal[] truth = decimals(List.of(100, 96, 90));
        BigDecimal[] misread = decimals(List.of(80, 96, 95));
        assertArrayEquals(new int[] {0, 2}, Choosers.comparison(truth, misread, 2, true, true));
        assertNull(Choosers.comparison(truth, misread, 3, true, true));
    }

    private static NumberSpec wholeNumbers(BigDecimal plainMax) {
        List<SurfaceForm> forms = List.of(SurfaceForm.of(Template.parse("{number}"), BigDecimal.ONE, 0, true, null, plainMax));
        return new NumberSpec("units", BigDecimal.ZERO, BigDecimal.valueOf(100_000), BigDecimal.ONE, forms, 0, 100_000);
    }

    @Property
    void everyChosenFilterSplitPassesTheFilterCheckAndNoPassingSplitIsLeftOut(
            @ForAll @Size(min = 2, max = 6) List<@IntRange(min = 0, max = 20_000) Integer> values,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = -5000, max = 5000) Integer> changes,
            @ForAll boolean flip,
            @ForAll boolean restricted,
            @ForAll @IntRange(min = 0, max = 20_000) int askedBefore) {
        BigDecimal[] sorted = decimals(values);
        Arrays.sort(sorted);
        BigDecimal[] misread = misread(sorted, changes);
        NumberSpec spec = wholeNumbers(restricted ? BigDecimal.valueOf(10_000) : null);
        Set<BigDecimal> asked = new HashSet<>(List.of(BigDecimal.valueOf(askedBefore)));
        int[] splits = Choosers.filterSplits(sorted, misread, spec, flip, asked::contains);
        List<Integer> passing = new ArrayList<>();
        for (int split = 1; split < sorted.length; split++) {
            if (Choosers.filterPasses(sorted, misread, split, spec, flip, asked::contains)) {
                passing.add(split);
            }
        }
        assertEquals(passing, Arrays.stream(splits).boxed().toList());
        for (int split : splits) {
            BigDecimal threshold = Choosers.threshold(sorted, split, spec);
            assertTrue(threshold.compareTo(sorted[split - 1]) > 0 && threshold.compareTo(sorted[split]) < 0,
                    "the threshold separates the values below from those above");
            assertTrue(Choosers.clearMargin(threshold, sorted[split - 1], threshold));
            assertTrue(Choosers.clearMargin(sorted[split], threshold, threshold));
            assertFalse(asked.contains(threshold));
            if (flip) {
                long misreadAbove = Arrays.stream(misread).filter(m -> m.compareTo(threshold) > 0).count();
                assertNotEquals(sorted.length - split, misreadAbove, "a trapped value crosses the threshold");
            }
        }
    }

    @Test
    void aFilterSplitIsOnlyWhereAWrongValueCrossesTheThresholdInStrictMode() {
        // 100 | 200 | 300; the misread 200 reads 260: only the threshold 250 (between 200 and 300) is crossed.
        BigDecimal[] sorted = decimals(List.of(100, 200, 300));
        BigDecimal[] misread = decimals(List.of(100, 260, 300));
        NumberSpec spec = wholeNumbers(null);
        assertArrayEquals(new int[] {2}, Choosers.filterSplits(sorted, misread, spec, true, t -> false));
        assertArrayEquals(new int[] {1, 2}, Choosers.filterSplits(sorted, misread, spec, false, t -> false));
        assertNotNull(Choosers.threshold(sorted, 2, spec));
        assertEquals(BigDecimal.valueOf(250), Choosers.threshold(sorted, 2, spec));
    }

    @Property
    void combinationsAreEnumeratedOnceEachInLexicographicOrder(@ForAll @IntRange(min = 1, max = 8) int n,
                                                               @ForAll @IntRange(min = 1, max = 8) int k) {
        if (k > n) {
            return;
        }
        int[] c = new int[k];
        for (int i = 0; i < k; i++) {
            c[i] = i;
        }
        List<String> seen = new ArrayList<>();
        do {
            seen.add(Arrays.toString(c));
        } while (QuestionPlanner.nextCombination(c, n));
        assertEquals(binomial(n, k), seen.size());
        assertEquals(seen.size(), new HashSet<>(seen).size());
        assertEquals(Arrays.toString(java.util.stream.IntStream.range(n - k, n).toArray()), seen.get(seen.size() - 1));
    }

    private static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
