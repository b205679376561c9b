package io.dacr.generator.internal.world;

import java.nio.charset.StandardCharsets;

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
    /** 10^0 … 10^18. */
    private static final long[] TENS = tens();

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
        long magnitude = negative ? -m : m;
        int length = digits(magnitude);
        int size = (negative ? 1 : 0) + (s <= 0 ? length - (int) s : length > s ? length + 1 : (int) s + 2);
        byte[] out = new byte[size];
        int at = 0;
        if (negative) {
            out[at++] = '-';
        }
        if (s <= 0) {
            write(magnitude, out, at + length);
            for (int z = at + length; z < size; z++) {
                out[z] = '0';
            }
        } else if (length > s) {
            int point = at + length - (int) s;
            write(magnitude / TENS[(int) s], out, point);
            out[point] = '.';
            write(magnitude % TENS[(int) s], out, size);
            for (int z = point + 1; z < size && out[z] == 0; z++) {
                out[z] = '0';
            }
        } else {
            out[at++] = '0';
            out[at++] = '.';
            for (int z = at; z < size; z++) {
                out[z] = '0';
            }
            write(magnitude, out, size);
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }


    private static long[] tens() {
        long[] t = new long[19];
        t[0] = 1;
        for (int i = 1; i < t.length; i++) {
            t[i] = t[i - 1] * 10;
        }
        return t;
    }

    /** @return the number of decimal digits of a positive value */
    private static int digits(long value) {
        int n = 1;
        while (n < TENS.length && value >= TENS[n]) {
            n++;
        }
        return n;
    }

    /** Writes the decimal digits of a non-negative value so that the last one is at {@code end - 1}. */
    private static void write(long value, byte[] out, int end) {
        long v = value;
        int at = end;
        do {
            out[--at] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
    }
}
