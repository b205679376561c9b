package io.dacr.core.verify.internal;

import java.math.BigDecimal;

/**
 * A number read in place by {@link Decimals#read} (and then by {@link NumberReader#scan}), held as parts
 * so that the common case builds no object: an unscaled value and a scale while it has at most 18
 * digits, else the digits as a {@link BigDecimal}; then the power of ten of a scale word and the sign
 * written before the number. {@link #value()} builds the {@code BigDecimal} the string-based readers
 * gave, scale included; {@link #equalsCanonical} compares with a value by its canonical parts without
 * building one. Reused from number to number within one verification, so not thread-safe.
 */
final class ParsedNumber {

    /** The unscaled digits when at most 18 (they fit in a long); unused when {@link #big} is set. */
    long unscaled;
    /** The number of decimal places written. */
    int scale;
    /** The digits with their scale when there are more than 18, else null. */
    BigDecimal big;
    /** Whether the number itself carries a minus sign ({@code -} or U+2212). */
    boolean negative;
    /** The power of ten of a scale word after it ("billion": 9), 0 if none. */
    int power;
    /** Whether a minus stands before the number in an answer (read apart from the number's own sign). */
    boolean negated;

    /** Forgets the last number. */
    void clear() {
        unscaled = 0;
        scale = 0;
        big = null;
        negative = false;
        power = 0;
        negated = false;
    }

    /**
     * @return the value: the digits with their scale, signed, then scaled by {@link #power} and negated
     *     if {@link #negated}, in that order, as the string-based readers built it
     */
    BigDecimal value() {
        BigDecimal value = big != null ? big : BigDecimal.valueOf(unscaled, scale);
        if (negative) {
            value = value.negate();
        }
        if (power != 0) {
            value = value.scaleByPowerOfTen(power);
        }
        return negated ? value.negate() : value;
    }

    /**
     * Whether the value equals (by {@code compareTo}) a value given by its canonical parts: the
     * unscaled value and scale of {@link BigDecimal#stripTrailingZeros()}, zero being {@code (0, 0)}.
     * Nonzero values are equal exactly when their canonical parts are, so no arithmetic is needed.
     *
     * @param canonicalUnscaled the other value's canonical unscaled value
     * @param canonicalScale the other value's canonical scale
     * @return true if equal; only meaningful when {@link #big} is null
     */
    boolean equalsCanonical(long canonicalUnscaled, int canonicalScale) {
        long u = unscaled;
        int s = scale - power;
        if (u == 0) {
            return canonicalUnscaled == 0;
        }
        while (u % 10 == 0) {
            u /= 10;
            s--;
        }
        return (negative != negated ? -u : u) == canonicalUnscaled && s == canonicalScale;
    }
}
