package io.dacr.core.verify.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads plain decimal numbers such as {@code -12}, {@code 1664000000}, {@code 0.355} and grouped ones
 * such as {@code 1,664,000} (a first group of 1 to 3 digits not starting with 0, then groups of three
 * digits; so {@code 0,027}, a decimal comma, is not read), never an exponent: a number's size is
 * bounded by its digit count, which is capped.
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
        char[] chars = text.toCharArray();
        ParsedNumber number = new ParsedNumber();
        return read(chars, 0, chars.length, maxDigits, number) ? number.value() : null;
    }

    /**
     * {@code parse(text.trim(), maxDigits)}, without building the trimmed string: the number's chars
     * are copied into the scratch buffer and read there.
     *
     * @param text the text of one number, possibly with spaces or controls around it
     * @param maxDigits the most digits allowed
     * @param scratch the verification's buffers; its {@link Scratch#number} is overwritten
     * @return the value, or null if the trimmed text is not a plain or grouped decimal
     * @throws CapExceeded if it has more than {@code maxDigits} digits
     */
    static BigDecimal parseTrimmed(String text, int maxDigits, Scratch scratch) {
        return readTrimmed(text, maxDigits, scratch) ? scratch.number.value() : null;
    }

    /**
     * {@link #read} of {@code text.trim()} into {@link Scratch#number}, without building the trimmed
     * string.
     *
     * @param text the text of one number, possibly with spaces or controls around it
     * @param maxDigits the most digits allowed
     * @param scratch the verification's buffers; its {@link Scratch#number} is overwritten
     * @return true if the trimmed text is a plain or grouped decimal
     * @throws CapExceeded if it has more than {@code maxDigits} digits
     */
    static boolean readTrimmed(String text, int maxDigits, Scratch scratch) {
        int from = 0;
        int to = text.length();
        // String.trim's rule: every char up to U+0020 is trimmed.
        while (from < to && text.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) <= ' ') {
            to--;
        }
        char[] chars = scratch.chars(to - from);
        text.getChars(from, to, chars, 0);
        return read(chars, 0, to - from, maxDigits, scratch.number);
    }

    /**
     * Reads {@code text[from, to)} as one plain or grouped decimal, with an optional sign ({@code -},
     * {@code +} or U+2212), into {@code out}, building no object unless it has more than 18 digits.
     *
     * @param text a text holding the number
     * @param from where the number starts
     * @param to where it ends (exclusive)
     * @param maxDigits the most digits allowed
     * @param out where the number goes: its digits, scale and sign ({@link ParsedNumber#power} and
     *     {@link ParsedNumber#negated} are cleared)
     * @return true if that part of {@code text} is a plain or grouped decimal; {@code out} then holds it
     * @throws CapExceeded if it has more than {@code maxDigits} digits
     */
    static boolean read(char[] text, int from, int to, int maxDigits, ParsedNumber out) {
        out.clear();
        int n = to;
        int i = from;
        boolean negative = false;
        if (i < n && (text[i] == '-' || text[i] == '+' || text[i] == '\u2212')) {
            negative = text[i] != '+';
            i++;
        }
        int digitsStart = i;
        // The digits are gathered in a long while they fit (18 digits always do): no string, no BigInteger.
        long unscaled = 0;
        int digitCount = 0;
        int intDigits = 0;
        int groupLength = -1; // -1: no comma seen yet; else digits since the last comma
        int firstGroup = 0;
        for (; i < n && text[i] != '.'; i++) {
            char c = text[i];
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
                // The first group is 1 to 3 digits and does not start with 0: "0,027" is a decimal
                // comma (0.027), never 27.
                if (intDigits == 0 || (groupLength < 0 ? firstGroup > 3 || text[digitsStart] == '0' : groupLength != 3)) {
                    return false;
                }
                groupLength = 0;
            } else {
                return false;
            }
            if (digitCount > maxDigits) {
                throw tooManyDigits(maxDigits);
            }
        }
        if (intDigits == 0 || groupLength >= 0 && groupLength != 3) {
            return false;
        }
        int scale = 0;
        if (i < n) {
            i++; // the point
            if (i == n) {
                return false;
            }
            for (; i < n; i++) {
                char c = text[i];
                if (c < '0' || c > '9') {
                    return false;
                }
                unscaled = unscaled * 10 + (c - '0');
                digitCount++;
                scale++;
                if (digitCount > maxDigits) {
                    throw tooManyDigits(maxDigits);
                }
            }
        }
        if (digitCount <= LONG_DIGITS) {
            out.unscaled = unscaled;
        } else {
            out.big = new BigDecimal(new BigInteger(digitsOf(text, digitsStart, n)), scale);
        }
        out.scale = scale;
        out.negative = negative;
        return true;
    }

    /** @return the digits of an already validated number, without its commas and point */
    private static String digitsOf(char[] text, int from, int to) {
        StringBuilder digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text[i];
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
