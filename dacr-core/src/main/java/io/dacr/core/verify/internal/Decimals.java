package io.dacr.core.verify.internal;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads plain decimal numbers such as {@code -12}, {@code 1664000000}, {@code 0.355} and grouped ones
 * such as {@code 1,664,000} (groups of three digits), never an exponent: a number's size is bounded by
 * its digit count, which is capped.
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * @param text the text of one number, already trimmed
     * @param maxDigits the most digits allowed
     * @return the value, or null if {@code text} is not a plain or grouped decimal
     * @throws CapExceeded if it has more than {@code maxDigits} digits
     */
    static BigDecimal parse(String text, int maxDigits) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+' || text.charAt(i) == '\u2212')) {
            negative = text.charAt(i) != '+';
            i++;
        }
        StringBuilder digits = new StringBuilder(n);
        int intDigits = 0;
        int groupLength = -1; // -1: no comma seen yet; else digits since the last comma
        int firstGroup = 0;
        for (; i < n && text.charAt(i) != '.'; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
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
            if (digits.length() > maxDigits) {
                throw new CapExceeded(String.format(Locale.ROOT, "a number has more than %d digits", maxDigits));
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
                digits.append(c);
                scale++;
                if (digits.length() > maxDigits) {
                    throw new CapExceeded(String.format(Locale.ROOT, "a number has more than %d digits", maxDigits));
                }
            }
        }
        BigDecimal value = new BigDecimal(new java.math.BigInteger(digits.toString()), scale);
        return negative ? value.negate() : value;
    }
}
