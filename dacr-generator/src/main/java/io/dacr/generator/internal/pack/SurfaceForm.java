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
        BigDecimal scaled = scaled(value).setScale(decimals, RoundingMode.HALF_UP);
        String plain = scaled.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point);
        StringBuilder number = new StringBuilder(plain.length() + 8);
        if (scaled.signum() < 0) {
            number.append('-');
        }
        if (grouping) {
            int lead = whole.length() % 3;
            for (int i = 0; i < whole.length(); i++) {
                if (i > 0 && (i - lead) % 3 == 0) {
                    number.append(',');
                }
                number.append(whole.charAt(i));
            }
        } else {
            number.append(whole);
        }
        number.append(fraction);
        String text = number.toString();
        return pattern.render(name -> text);
    }
}
