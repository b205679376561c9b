package io.dacr.generator.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.generator.internal.pack.NumberSpec;
import io.dacr.generator.internal.pack.SurfaceForm;
import io.dacr.generator.internal.pack.Template;
import io.dacr.generator.internal.random.Xoshiro256;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The trap planner's wrong numbers: computed in whole precision steps, exactly as BigDecimal computes them. */
class WrongNumberTest {

    private static final List<String> PRECISIONS = List.of("1", "0.01", "0.1", "1000", "1000000", "0.5", "25", "0.001");

    private static NumberSpec spec(String precisionText, long minSteps, long maxSteps) {
        BigDecimal precision = new BigDecimal(precisionText);
        List<SurfaceForm> forms = List.of(
                SurfaceForm.of(Template.parse("{number}"), BigDecimal.ONE, Math.max(precision.stripTrailingZeros().scale(), 0),
                        true, null, null),
                SurfaceForm.of(Template.parse("{number} thousand"), new BigDecimal("1000"), 1, false,
                        new BigDecimal("1000"), null),
                SurfaceForm.of(Template.parse("{number} dozen"), new BigDecimal("12"), 0, false, null, null));
        return new NumberSpec("units", precision.multiply(BigDecimal.valueOf(minSteps)),
                precision.multiply(BigDecimal.valueOf(maxSteps)), precision, forms, minSteps, maxSteps);
    }

    @Property(tries = 3000)
    void stepArithmeticDrawsTheSameValueAndConsumesTheSameRandomness(
            @ForAll @IntRange(min = 0, max = 7) int precisionIndex,
            @ForAll @LongRange(min = -5_000, max = 5_000) long minSteps,
            @ForAll @LongRange(min = 1, max = 2_000_000) long span,
            @ForAll @LongRange(min = 0, max = 2_000_000) long offset,
            @ForAll long seed) {
        NumberSpec spec = spec(PRECISIONS.get(precisionIndex), minSteps, minSteps + span);
        BigDecimal value = spec.precision().multiply(BigDecimal.valueOf(minSteps + offset % (span + 1)));
        Xoshiro256 fast = new Xoshiro256(seed, 1, 2, 3);
        Xoshiro256 exact = new Xoshiro256(seed, 1, 2, 3);
        BigDecimal a = TrapPlanner.wrongNumber(spec, value, fast);
        BigDecimal b = TrapPlanner.wrongNumberExact(spec, value, Surfaces.exactlyWritable(spec, value), exact);
        assertEquals(b, a, "same value and scale");
        assertEquals(exact.next(), fast.next(), "same draws consumed");
    }

    @Test
    void aValueOffThePrecisionGridTakesTheExactPath() {
        NumberSpec spec = spec("1000", 1, 1_000_000);
        BigDecimal value = new BigDecimal("1234567");
        BigDecimal w = TrapPlanner.wrongNumber(spec, value, new Xoshiro256(7, 1, 2, 3));
        assertNotNull(w);
        assertEquals(TrapPlanner.wrongNumberExact(spec, value, Surfaces.exactlyWritable(spec, value), new Xoshiro256(7, 1, 2, 3)), w);
        assertTrue(w.remainder(spec.precision()).signum() == 0, "the wrong value is on the grid");
    }

    @Test
    void tiesRoundAwayFromZeroLikeHalfUp() {
        // 25 steps × 98 / 100 = 24.5 → 25 would be no change; × 102 / 100 = 25.5 → 26 (half up).
        NumberSpec spec = spec("1", -1000, 1000);
        for (long seed = 0; seed < 200; seed++) {
            BigDecimal v = BigDecimal.valueOf(-25);
            assertEquals(TrapPlanner.wrongNumberExact(spec, v, Surfaces.exactlyWritable(spec, v), new Xoshiro256(seed, 5, 6, 7)),
                    TrapPlanner.wrongNumber(spec, v, new Xoshiro256(seed, 5, 6, 7)));
        }
    }
}
