package io.dacr.generator.internal.world;

/**
 * The canonical text of a decimal given as an unscaled long and a scale, computed without a
 * {@link java.math.BigDecimal}: the world sampler writes one for every number it draws, and
 * {@code CanonicalJson.number} (strip trailing zeros, then the plain string) allocates several
 * objects per call. The result is exactly {@code CanonicalJson.number(BigDecimal.valueOf(unscaled,
 * scale))}; values outside the range handled here are left to that method.
 */
final class NumberText {

    /** Scales (after stripping zeros) this far from zero keep the text short and the code simple. */
    private static final int MAX_SCALE = 40;

    private NumberText() {
    }

    /**
     * @param unscaled the unscaled value
     * @param scale the scale: the value is {@code unscaled × 10^-scale}
     * @return the canonical text, or null if this fast path does not handle the value (use
     *     {@code CanonicalJson.number} then)
     */
    static String canonical(long unscaled, int scale) {
        if (unscaled == 0) {
            return "0";
        }
        if (unscaled == Long.MIN_VALUE) {
            return null;
        }
        long m = unscaled;
        long s = scale;
        while (m % 10 == 0) {
            m /= 10;
            s--;
        }
        if (s > MAX_SCALE || s < -MAX_SCALE) {
            return null;
        }
        boolean negative = m < 0;
        String digits = Long.toString(negative ? -m : m);
        int length = digits.length();
        StringBuilder out = new StringBuilder(length + 24);
        if (negative) {
            out.append('-');
        }
        if (s <= 0) {
            out.append(digits);
            for (long z = s; z < 0; z++) {
                out.append('0');
            }
        } else if (length > s) {
            int point = (int) (length - s);
            out.append(digits, 0, point).append('.').append(digits, point, length);
        } else {
            out.append("0.");
            for (long z = length; z < s; z++) {
                out.append('0');
            }
            out.append(digits);
        }
        return out.toString();
    }
}
