package io.dacr.generator.internal.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a number is written: {@code value / scale}, rounded half-up to {@code decimals} digits, with
 * optional thousands grouping, put into a pattern with one {@code {number}} placeholder.
 *
 * @param pattern the pattern
 * @param scale the divisor, positive
 * @param decimals digits after the point, not negative
 * @param grouping whether thousands are separated by commas
 * @param minValue the smallest value the form may write, or null
 * @param maxValue the largest value the form may write, or null
 * @param shift k when the scale is 10^k with k &ge; 0 (dividing then only moves the point), else -1
 * @param exponent k when the scale is 10^k for any k, negative ones included ({@code 0.0001} is
 *     10^-4: dividing then only moves the point the other way), else {@link #NOT_A_POWER_OF_TEN}
 */
public record SurfaceForm(Template pattern, BigDecimal scale, int decimals, boolean grouping,
                          BigDecimal minValue, BigDecimal maxValue, int shift, int exponent) {

    /** The {@link #exponent} of a scale that is not a power of ten. */
    public static final int NOT_A_POWER_OF_TEN = Integer.MIN_VALUE;

    /**
     * Digits after the point of {@code value / scale} as {@link #scaled} computes it for a scale that
     * is not 10^k with k &ge; 0: beyond them it rounds, so the fast paths only take quotients that fit.
     */
    private static final int DIVISION_DIGITS = 20;

    /**
     * @param pattern the pattern
     * @param scale the divisor, positive
     * @param decimals digits after the point
     * @param grouping whether thousands are grouped
     * @param minValue the smallest value written, or null
     * @param maxValue the largest value written, or null
     * @return the form
     */
    public static SurfaceForm of(Template pattern, BigDecimal scale, int decimals, boolean grouping,
                                 BigDecimal minValue, BigDecimal maxValue) {
        int exponent = exponentOf(scale);
        return new SurfaceForm(pattern, scale, decimals, grouping, minValue, maxValue, exponent >= 0 ? exponent : -1,
                exponent);
    }

    /**
     * @param value a value
     * @return true if the form may write it (within minValue/maxValue)
     */
    public boolean admits(BigDecimal value) {
        return (minValue == null || value.compareTo(minValue) >= 0) && (maxValue == null || value.compareTo(maxValue) <= 0);
    }

    /** @return true if the form has no value restriction */
    public boolean unrestricted() {
        return minValue == null && maxValue == null;
    }

    /**
     * @param value a value
     * @return true if writing it loses nothing (value / scale has at most {@code decimals} digits)
     */
    public boolean lossless(BigDecimal value) {
        if (exponent != NOT_A_POWER_OF_TEN) {
            int quotientScale = strippedScale(value) + exponent;
            // For k < 0 the reference divides to 20 digits; a quotient within them is exact.
            if (exponent >= 0 || quotientScale <= DIVISION_DIGITS) {
                return quotientScale <= decimals;
            }
        }
        return referenceLossless(value);
    }

    /**
     * {@link #lossless(BigDecimal)} computed by dividing: the definition the fast path must match.
     *
     * @param value a value
     * @return true if writing it loses nothing
     */
    boolean referenceLossless(BigDecimal value) {
        if (shift >= 0) {
            return lossless(value.stripTrailingZeros().scale());
        }
        BigDecimal scaled = scaled(value);
        return scaled.scale() <= decimals || scaled.stripTrailingZeros().scale() <= decimals;
    }

    /**
     * The fast path for callers that test one value against many forms.
     *
     * @param strippedScale {@code value.stripTrailingZeros().scale()} (see {@link #strippedScale})
     * @return true if a power-of-ten form writes that value without loss; for other forms use
     *     {@link #lossless(BigDecimal)}
     */
    public boolean lossless(int strippedScale) {
        return shift >= 0 && strippedScale + shift <= decimals;
    }

    /**
     * @param value a value
     * @return {@code value.stripTrailingZeros().scale()}, without building the stripped number for
     *     whole numbers (the common case)
     */
    public static int strippedScale(BigDecimal value) {
        int scale = value.scale();
        if (scale < 0 || scale > 18 || value.precision() > 18) {
            return value.stripTrailingZeros().scale();
        }
        long unscaled = scale == 0 ? value.longValue() : value.movePointRight(scale).longValue();
        if (unscaled == 0) {
            return 0;
        }
        int zeros = 0;
        while (unscaled % 10 == 0) {
            unscaled /= 10;
            zeros++;
        }
        return scale - zeros;
    }

    /** value / scale, exactly; a power-of-ten scale (the usual case) only moves the point, without dividing. */
    private BigDecimal scaled(BigDecimal value) {
        return shift >= 0 ? value.movePointLeft(shift) : value.divide(scale, 20, RoundingMode.HALF_UP);
    }

    /** @return k if {@code n} is 10^k (k of any sign), else {@link #NOT_A_POWER_OF_TEN} */
    private static int exponentOf(BigDecimal n) {
        if (n.signum() <= 0) {
            return NOT_A_POWER_OF_TEN;
        }
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.unscaledValue().equals(java.math.BigInteger.ONE) ? -stripped.scale() : NOT_A_POWER_OF_TEN;
    }

    /**
     * @param value a value
     * @return the value as written
     */
    public String format(BigDecimal value) {
        long r = rounded(value);
        if (r != NOT_FAST) {
            // The digits as ISO-8859-1 bytes, then one copy into the text (no builder).
            byte[] number = new byte[MAX_FIXED + decimals];
            int length = writeFixed(number, r);
            String text = pattern.renderLatin1(number, length);
            if (text != null) {
                return text;
            }
        }
        StringBuilder out = new StringBuilder(pattern.source().length() + 24);
        for (int i = 0, n = pattern.size(); i < n; i++) {
            if (!pattern.isPlaceholder(i)) {
                out.append(pattern.part(i));
            } else if (!fastDigits(value, out)) {
                referenceDigits(value, out);
            }
        }
        return out.toString();
    }

    /**
     * The number as written, computed with BigDecimal: the definition that {@link #fastDigits} must
     * match digit for digit.
     *
     * @param value a value
     * @param number where the digits go
     */
    void referenceDigits(BigDecimal value, StringBuilder number) {
        BigDecimal scaled = scaled(value).setScale(decimals, RoundingMode.HALF_UP);
        String plain = scaled.abs().toPlainString();
        int point = plain.indexOf('.');
        if (scaled.signum() < 0) {
            number.append('-');
        }
        appendDigits(number, plain, point < 0 ? plain.length() : point);
    }

    /**
     * The same digits as {@link #referenceDigits} in long arithmetic, for power-of-ten scales and
     * values of at most 18 digits (every shipped form and value).
     *
     * @return false if the value is out of the fast path's reach (nothing useful was written)
     */
    boolean fastDigits(BigDecimal value, StringBuilder number) {
        long r = rounded(value);
        if (r == NOT_FAST) {
            return false;
        }
        byte[] digits = new byte[MAX_FIXED + decimals];
        int length = writeFixed(digits, r);
        for (int i = 0; i < length; i++) {
            number.append((char) digits[i]);
        }
        return true;
    }

    /** What {@link #rounded} returns for a value out of the long arithmetic's reach (no result is this). */
    private static final long NOT_FAST = Long.MIN_VALUE;

    /** The longest text {@link #writeFixed} writes, less the decimals: sign, 19 digits, 6 commas, point. */
    private static final int MAX_FIXED = 27;

    /**
     * @return {@code value / scale} rounded half-up to {@code decimals} digits, times 10^decimals, in
     *     long arithmetic; {@link #NOT_FAST} where that cannot match {@link #referenceDigits} (a scale
     *     that is no power of ten, more than 18 digits)
     */
    private long rounded(BigDecimal value) {
        if (exponent == NOT_A_POWER_OF_TEN || value.precision() > 18) {
            return NOT_FAST;
        }
        int valueScale = value.scale();
        // For k < 0 the reference divides to 20 digits before rounding to `decimals`: only an exact
        // quotient (at most 20 digits after the point) is rounded once, as here.
        if (exponent < 0 && valueScale + exponent > DIVISION_DIGITS) {
            return NOT_FAST;
        }
        long unscaled = valueScale == 0 ? value.longValue() : value.scaleByPowerOfTen(valueScale).longValue();
        // value / scale = unscaled * 10^-(valueScale + exponent); written with `decimals` digits after the point.
        long drop = (long) valueScale + exponent - decimals;
        if (drop <= 0) {
            if (unscaled == 0) {
                return 0;
            }
            long r = unscaled;
            for (long i = 0; i < -drop; i++) {
                if (Math.abs(r) > Long.MAX_VALUE / 10) {
                    return NOT_FAST;
                }
                r *= 10;
            }
            // Checked before each step: |r| stays at most Long.MAX_VALUE, so r is never NOT_FAST.
            return r;
        }
        if (drop > 18) {
            // |unscaled| < 10^18 (at most 18 digits) is below half of 10^drop: it rounds to zero.
            return 0;
        }
        long divisor = POWERS_OF_TEN[(int) drop];
        long abs = Math.abs(unscaled);
        long q = abs / divisor;
        if ((abs % divisor) * 2 >= divisor) {
            q++;
        }
        return unscaled < 0 ? -q : q;
    }

    /**
     * Writes {@code r / 10^decimals} with exactly {@code decimals} digits after the point, grouped if
     * asked, as ISO-8859-1 bytes from the start of {@code out}: sized first, then filled in from the
     * last digit.
     *
     * @param out room for {@code MAX_FIXED + decimals} bytes
     * @return the text's length
     */
    private int writeFixed(byte[] out, long r) {
        long abs = Math.abs(r);
        int digits = 1;
        while (digits < 19 && abs >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        // At least one whole digit stands before the point.
        int whole = Math.max(digits - decimals, 1);
        int sign = r < 0 ? 1 : 0;
        int length = sign + whole + (grouping ? (whole - 1) / 3 : 0) + (decimals > 0 ? decimals + 1 : 0);
        if (sign == 1) {
            out[0] = '-';
        }
        int at = length;
        for (int i = 0; i < decimals; i++) {
            out[--at] = (byte) ('0' + abs % 10);
            abs /= 10;
        }
        if (decimals > 0) {
            out[--at] = '.';
        }
        for (int i = 0; i < whole; i++) {
            if (grouping && i > 0 && i % 3 == 0) {
                out[--at] = ',';
            }
            out[--at] = (byte) ('0' + abs % 10);
            abs /= 10;
        }
        return length;
    }

    /** 10^0 … 10^18. */
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** Appends {@code plain} (digits, maybe a point and a fraction), grouping the {@code whole} leading digits if asked. */
    private void appendDigits(StringBuilder number, String plain, int whole) {
        if (grouping) {
            int lead = whole % 3;
            for (int i = 0; i < whole; i++) {
                if (i > 0 && (i - lead) % 3 == 0) {
                    number.append(',');
                }
                number.append(plain.charAt(i));
            }
        } else {
            number.append(plain, 0, whole);
        }
        number.append(plain, whole, plain.length());
    }
}
