package io.dacr.core.verify.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads plain decimal numbers such as {@code -12}, {@code 1664000000}, {@code 0.355} and grouped ones
 * such as {@code 1,664,000} (groups of three digits), never an exponent: a number's size is bounded by
 * its digit count, which is capped.
 */
public final class Decimals {

    /** Decimal digits that always fit in a long. */
    private static final int LONG_DIGITS = 18;

    private Decimals() {
    }

    /**
     * @param text the text of one number, already trimmed
     * @param maxDigits the most digits allowed
     * @return the value, or null if {@code text} is not a plain or grouped decimal
     * @throws CapExceeded if it has more than {@code maxDigits} digits
     */
    static BigDecimal parse(String text, int maxDigits) {
        return parse(text, 0, text.length(), maxDigits);
    }

    /**
     * {@link #parse(String, int)} of {@code text[from, to)}, without building that string.
     *
     * @param text a text holding the number
     * @param from where the number starts
     * @param to where it ends (exclusive)
     * @param maxDigits the most digits allowed
     * @return the value, or null if that part of {@code text} is not a plain or grouped decimal
     * @throws CapExceeded if it has more than {@code maxDigits} digits
     */
    static BigDecimal parse(String text, int from, int to, int maxDigits) {
        int n = to;
        int i = from;
        boolean negative = false;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+' || text.charAt(i) == '\u2212')) {
            negative = text.charAt(i) != '+';
            i++;
        }
        int digitsStart = i;
        // The digits are gathered in a long while they fit (18 digits always do): no string, no BigInteger.
        long unscaled = 0;
        int digitCount = 0;
        int intDigits = 0;
        int groupLength = -1; // -1: no comma seen yet; else digits since the last comma
        int firstGroup = 0;
        for (; i < n && text.charAt(i) != '.'; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digitCount++;
                intDigits++;
                if (groupLength >= 0) {
                    groupLength++;
                } else {
                    firstGroup++;
                }
            } else if (c == ',') {
                if (intDigits == 0 || (groupLength < 0 ? firstGroup > 3 : groupLength != 3)) {
                    return null;
                }
                groupLength = 0;
            } else {
                return null;
            }
            if (digitCount > maxDigits) {
                throw tooManyDigits(maxDigits);
            }
        }
        if (intDigits == 0 || groupLength >= 0 && groupLength != 3) {
            return null;
        }
        int scale = 0;
        if (i < n) {
            i++; // the point
            if (i == n) {
                return null;
            }
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                digitCount++;
                scale++;
                if (digitCount > maxDigits) {
                    throw tooManyDigits(maxDigits);
                }
            }
        }
        BigDecimal value = digitCount <= LONG_DIGITS ? BigDecimal.valueOf(unscaled, scale)
                : new BigDecimal(new BigInteger(digitsOf(text, digitsStart, n)), scale);
        return negative ? value.negate() : value;
    }

    /** @return the digits of an already validated number, without its commas and point */
    private static String digitsOf(String text, int from, int to) {
        StringBuilder digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static CapExceeded tooManyDigits(int maxDigits) {
        return new CapExceeded("a number has more than " + maxDigits + " digits");
    }
}
