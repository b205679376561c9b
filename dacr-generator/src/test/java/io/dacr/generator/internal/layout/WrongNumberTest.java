package io.dacr.generator.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.generator.internal.pack.NumberSpec;
import io.dacr.generator.internal.pack.SurfaceForm;
import io.dacr.generator.internal.pack.Template;
import io.dacr.generator.internal.random.Xoshiro256;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The trap planner's wrong numbers: the feasible set of (percent, direction) pairs, computed in whole
 * precision steps exactly as BigDecimal computes it, and one draw from it returning what generator
 * v5's 64-try loop could return.
 */
class WrongNumberTest {

    private static final List<String> PRECISIONS = List.of("1", "0.01", "0.1", "1000", "1000000", "0.5", "25", "0.001");

    /** A spec whose "{number}" form is unrestricted and lossless on the grid. */
    private static NumberSpec spec(String precisionText, long minSteps, long maxSteps) {
        return spec(precisionText, minSteps, maxSteps, null);
    }

    /** With a non-null {@code plainMax}, the plain form admits only values up to it (so some grid values are not exactly writable). */
    private static NumberSpec spec(String precisionText, long minSteps, long maxSteps, BigDecimal plainMax) {
        BigDecimal precision = new BigDecimal(precisionText);
        List<SurfaceForm> forms = List.of(
                SurfaceForm.of(Template.parse("{number}"), BigDecimal.ONE, Math.max(precision.stripTrailingZeros().scale(), 0),
                        true, null, plainMax),
                SurfaceForm.of(Template.parse("{number} thousand"), new BigDecimal("1000"), 1, false,
                        new BigDecimal("1000"), null),
                SurfaceForm.of(Template.parse("{number} dozen"), new BigDecimal("12"), 0, false, null, null));
        return new NumberSpec("units", precision.multiply(BigDecimal.valueOf(minSteps)),
                precision.multiply(BigDecimal.valueOf(maxSteps)), precision, forms, minSteps, maxSteps);
    }

    private static List<BigDecimal> entries(TrapPlanner.WrongNumbers numbers) {
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            out.add(numbers.get(i));
        }
        return out;
    }

    /** Generator v5's draw, kept as the reference: up to 64 (percent, direction) draws until one passes the checks. */
    private static BigDecimal retryLoop(NumberSpec spec, BigDecimal value, Xoshiro256 rng) {
        boolean valueWritable = Surfaces.exactlyWritable(spec, value);
        for (int i = 0; i < 64; i++) {
            int percent = rng.between(8, 40);
            boolean up = rng.chance(1, 2);
            BigDecimal w = candidate(spec, value, percent, up);
            if (passes(spec, value, valueWritable, w)) {
                return w;
            }
        }
        return null;
    }

    private static BigDecimal candidate(NumberSpec spec, BigDecimal value, int percent, boolean up) {
        BigDecimal factor = BigDecimal.valueOf(up ? 100 + percent : 100 - percent).movePointLeft(2);
        return value.multiply(factor).divide(spec.precision(), 0, RoundingMode.HALF_UP).multiply(spec.precision());
    }

    /** The generation check on a wrong number: in range, at least 5 % away, written exactly if and only if the value is. */
    private static boolean passes(NumberSpec spec, BigDecimal value, boolean valueWritable, BigDecimal w) {
        BigDecimal gap = w.subtract(value).abs();
        return w.compareTo(spec.min()) >= 0 && w.compareTo(spec.max()) <= 0 && gap.signum() > 0
                && gap.compareTo(value.abs().movePointLeft(2).multiply(BigDecimal.valueOf(5))) >= 0
                && Surfaces.exactlyWritable(spec, w) == valueWritable;
    }

    private static NumberSpec drawnSpec(int precisionIndex, long minSteps, long span, boolean restricted) {
        String precision = PRECISIONS.get(precisionIndex);
        BigDecimal plainMax = restricted
                ? new BigDecimal(precision).multiply(BigDecimal.valueOf(minSteps + span / 2)) : null;
        return spec(precision, minSteps, minSteps + span, plainMax);
    }

    @Property(tries = 1000)
    void stepArithmeticListsTheSameEntriesAsBigDecimalArithmetic(
            @ForAll @IntRange(min = 0, max = 7) int precisionIndex,
            @ForAll @LongRange(min = -5_000, max = 5_000) long minSteps,
            @ForAll @LongRange(min = 1, max = 2_000_000) long span,
            @ForAll @LongRange(min = 0, max = 2_000_000) long offset,
            @ForAll boolean restricted) {
        NumberSpec spec = drawnSpec(precisionIndex, minSteps, span, restricted);
        BigDecimal value = spec.precision().multiply(BigDecimal.valueOf(minSteps + offset % (span + 1)));
        assertEquals(entries(TrapPlanner.wrongNumbersExact(spec, value, Surfaces.exactlyWritable(spec, value))),
                entries(TrapPlanner.wrongNumbers(spec, value)), "same values, scales and order");
    }

    @Property(tries = 1000)
    void theFeasibleSetHoldsExactlyThePairsThatPassTheCheck(
            @ForAll @IntRange(min = 0, max = 7) int precisionIndex,
            @ForAll @LongRange(min = -50, max = 50) long minSteps,
            @ForAll @LongRange(min = 1, max = 400) long span,
            @ForAll @LongRange(min = 0, max = 400) long offset,
            @ForAll boolean restricted) {
        NumberSpec spec = drawnSpec(precisionIndex, minSteps, span, restricted);
        BigDecimal value = spec.precision().multiply(BigDecimal.valueOf(minSteps + offset % (span + 1)));
        boolean writable = Surfaces.exactlyWritable(spec, value);
        List<BigDecimal> expected = new ArrayList<>();
        for (int percent = 8; percent <= 40; percent++) {
            for (boolean up : new boolean[] {false, true}) {
                BigDecimal w = candidate(spec, value, percent, up);
                if (passes(spec, value, writable, w)) {
                    expected.add(w);
                }
            }
        }
        assertEquals(expected, entries(TrapPlanner.wrongNumbers(spec, value)));
    }

    @Property(tries = 1000)
    void oneDrawReturnsAValueTheRetryLoopCouldReturnAndFailsOnlyWhereItAlwaysFails(
            @ForAll @IntRange(min = 0, max = 7) int precisionIndex,
            @ForAll @LongRange(min = -50, max = 50) long minSteps,
            @ForAll @LongRange(min = 1, max = 400) long span,
            @ForAll @LongRange(min = 0, max = 400) long offset,
            @ForAll boolean restricted,
            @ForAll long seed) {
        NumberSpec spec = drawnSpec(precisionIndex, minSteps, span, restricted);
        BigDecimal value = spec.precision().multiply(BigDecimal.valueOf(minSteps + offset % (span + 1)));
        List<BigDecimal> feasible = entries(TrapPlanner.wrongNumbers(spec, value));
        BigDecimal drawn = TrapPlanner.wrongNumber(spec, value, new Xoshiro256(seed, 1, 2, 3));
        BigDecimal old = retryLoop(spec, value, new Xoshiro256(seed, 1, 2, 3));
        if (feasible.isEmpty()) {
            assertNull(drawn);
            assertNull(old, "the retry loop fails on every seed where no pair is feasible");
        } else {
            assertTrue(feasible.contains(drawn), drawn + " in " + feasible);
            assertTrue(old == null || feasible.contains(old), old + " in " + feasible);
        }
    }

    @Property(tries = 1000)
    void gridWritingDecidesInStepsWhatSurfacesDecidesOnTheValue(
            @ForAll @IntRange(min = 0, max = 7) int precisionIndex,
            @ForAll @LongRange(min = -5_000, max = 5_000) long minSteps,
            @ForAll @LongRange(min = 1, max = 20_000_000) long span,
            @ForAll @LongRange(min = 0, max = 20_000_000) long offset,
            @ForAll boolean restricted) {
        NumberSpec spec = drawnSpec(precisionIndex, minSteps, span, restricted);
        long q = minSteps + offset % (span + 1);
        assertEquals(Surfaces.exactlyWritable(spec, BigDecimal.valueOf(q).multiply(spec.precision())),
                TrapPlanner.GridWriting.of(spec).writable(q), "q = " + q);
    }

    @Property(tries = 1000)
    void stepsAreTheWholeQuotientOrOffGrid(
            @ForAll @IntRange(min = 0, max = 7) int precisionIndex,
            @ForAll long unscaled,
            @ForAll @IntRange(min = -4, max = 8) int scale) {
        BigDecimal precision = new BigDecimal(PRECISIONS.get(precisionIndex));
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        BigDecimal[] reference = value.divideAndRemainder(precision);
        boolean whole = reference[1].signum() == 0 && reference[0].toBigInteger().abs().bitLength() <= 50
                && reference[0].abs().compareTo(BigDecimal.valueOf(1L << 50)) < 0;
        long steps = TrapPlanner.steps(value, precision);
        if (whole) {
            assertEquals(reference[0].longValueExact(), steps, value + " / " + precision);
        } else {
            assertEquals(Long.MIN_VALUE, steps, value + " / " + precision);
        }
    }

    @Test
    void aValueNoChangeCanMoveDrawsNothing() {
        // One step: 8–40 % up rounds back to 1, and down to 1 or to 0, which is below the range.
        NumberSpec spec = spec("1", 1, 100);
        Xoshiro256 rng = new Xoshiro256(11, 1, 2, 3);
        assertEquals(0, TrapPlanner.wrongNumbers(spec, BigDecimal.ONE).size());
        assertNull(TrapPlanner.wrongNumber(spec, BigDecimal.ONE, rng));
        assertEquals(new Xoshiro256(11, 1, 2, 3).next(), rng.next(), "no randomness consumed");
    }

    @Test
    void oneFeasiblePairIsAlwaysFound() {
        // 2 steps in [1, 3]: only +25 % to +40 % (2.5 → 3, up to 2.8 → 3) moves it; down lands on 1 or 2.
        NumberSpec spec = spec("1", 2, 3);
        BigDecimal two = BigDecimal.valueOf(2);
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(BigDecimal.valueOf(3), TrapPlanner.wrongNumber(spec, two, new Xoshiro256(seed, 4, 5, 6)));
        }
    }

    @Test
    void aValueOffThePrecisionGridTakesTheExactPath() {
        NumberSpec spec = spec("1000", 1, 1_000_000);
        BigDecimal value = new BigDecimal("1234567");
        BigDecimal w = TrapPlanner.wrongNumber(spec, value, new Xoshiro256(7, 1, 2, 3));
        assertNotNull(w);
        assertTrue(entries(TrapPlanner.wrongNumbersExact(spec, value, Surfaces.exactlyWritable(spec, value))).contains(w));
        assertTrue(w.remainder(spec.precision()).signum() == 0, "the wrong value is on the grid");
    }

    @Test
    void tiesRoundAwayFromZeroLikeHalfUp() {
        // 25 steps × 98 / 100 = 24.5 → 25 would be no change; × 102 / 100 = 25.5 → 26 (half up).
        NumberSpec spec = spec("1", -1000, 1000);
        BigDecimal v = BigDecimal.valueOf(-25);
        assertEquals(entries(TrapPlanner.wrongNumbersExact(spec, v, Surfaces.exactlyWritable(spec, v))),
                entries(TrapPlanner.wrongNumbers(spec, v)));
    }
}
