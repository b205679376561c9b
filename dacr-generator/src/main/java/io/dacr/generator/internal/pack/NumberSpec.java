package io.dacr.generator.internal.pack;

import java.math.BigDecimal;
import java.util.List;

/**
 * The numeric part of a number attribute or relation property.
 *
 * @param unit what the value counts, e.g. {@code USD}
 * @param min the smallest value
 * @param max the largest value, above {@code min}
 * @param precision the step; values are whole multiples of it
 * @param surfaceForms how values are written, at least one unrestricted
 * @param minSteps {@code min / precision}
 * @param maxSteps {@code max / precision}
 */
public record NumberSpec(String unit, BigDecimal min, BigDecimal max, BigDecimal precision, List<SurfaceForm> surfaceForms,
                         long minSteps, long maxSteps) {

    /** @return digits after the point that the precision implies */
    public int scale() {
        return Math.max(precision.stripTrailingZeros().scale(), 0);
    }
}
