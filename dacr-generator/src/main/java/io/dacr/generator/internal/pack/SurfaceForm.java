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
 * @param shift k when the scale is 10^k (dividing then only moves the point), else -1
 */
public record SurfaceForm(Template pattern, BigDecimal scale, int decimals, boolean grouping,
                          BigDecimal minValue, BigDecimal maxValue, int shift) {

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
        return new SurfaceForm(pattern, scale, decimals, grouping, minValue, maxValue, powerOfTen(scale));
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
        if (shift >= 0) {
            return lossless(value.stripTrailingZeros().scale());
        }
        BigDecimal scaled = scaled(value);
        return scaled.scale() <= decimals || scaled.stripTrailingZeros().scale() <= decimals;
    }

    /**
     * The fast path for callers that test one value against many forms.
     *
     * @param strippedScale {@code value.stripTrailingZeros().scale()}
     * @return true if a power-of-ten form writes that value without loss; for other forms use
     *     {@link #lossless(BigDecimal)}
     */
    public boolean lossless(int strippedScale) {
        return shift >= 0 && strippedScale + shift <= decimals;
    }

    /** value / scale, exactly; a power-of-ten scale (the usual case) only moves the point, without dividing. */
    private BigDecimal scaled(BigDecimal value) {
        return shift >= 0 ? value.movePointLeft(shift) : value.divide(scale, 20, RoundingMode.HALF_UP);
    }

    /** @return k if {@code n} is 10^k (k ≥ 0), else -1 */
    private static int powerOfTen(BigDecimal n) {
        if (n.signum() <= 0 || n.scale() > 0 && n.stripTrailingZeros().scale() > 0) {
            return -1;
        }
        java.math.BigInteger unscaled = n.unscaledValue();
        int k = -n.scale();
        while (unscaled.signum() > 0 && unscaled.mod(java.math.BigInteger.TEN).signum() == 0) {
            unscaled = unscaled.divide(java.math.BigInteger.TEN);
            k++;
        }
        return unscaled.equals(java.math.BigInteger.ONE) && k >= 0 ? k : -1;
    }

    /**
     * @param value a value
     * @return the value as written
     */
    public String format(BigDecimal value) {
        StringBuilder number = new StringBuilder(24);
        if (!fastDigits(value, number)) {
            number.setLength(0);
            referenceDigits(value, number);
        }
        StringBuilder out = new StringBuilder(pattern.source().length() + number.length());
        pattern.renderTo(out, name -> number);
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
        if (shift < 0 || value.precision() > 18) {
            return false;
        }
        int valueScale = value.scale();
        long unscaled = valueScale == 0 ? value.longValue() : value.scaleByPowerOfTen(valueScale).longValue();
        // value / scale = unscaled * 10^-(valueScale + shift); written with `decimals` digits after the point.
        int drop = valueScale + shift - decimals;
        long r;
        try {
            if (drop <= 0) {
                r = unscaled;
                for (int i = 0; i < -drop; i++) {
                    r = Math.multiplyExact(r, 10L);
                }
            } else {
                if (drop > 18) {
                    return false;
                }
                long divisor = 1;
                for (int i = 0; i < drop; i++) {
                    divisor *= 10;
                }
                long abs = Math.abs(unscaled);
                long q = abs / divisor;
                if ((abs % divisor) * 2 >= divisor) {
                    q++;
                }
                r = unscaled < 0 ? -q : q;
            }
        } catch (ArithmeticException overflow) {
            return false;
        }
        if (r < 0) {
            number.append('-');
        }
        String digits = Long.toString(Math.abs(r));
        if (decimals > 0 && digits.length() <= decimals) {
            digits = "0".repeat(decimals + 1 - digits.length()) + digits;
        }
        appendDigits(number, decimals > 0 ? digits.substring(0, digits.length() - decimals) + "." + digits.substring(digits.length() - decimals) : digits,
                digits.length() - decimals);
        return true;
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
