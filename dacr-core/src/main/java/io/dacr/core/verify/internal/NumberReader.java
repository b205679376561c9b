package io.dacr.core.verify.internal;

import java.math.BigDecimal;

/**
 * Reads a numeric answer in the surface forms documents use, in the unit of the question:
 * {@code 1,664}, {@code 1.664 billion}, {@code $1.66 billion}, {@code 1,664 million dollars},
 * {@code USD 1,664,000,000}, {@code 35.5%}, {@code 35.5 per cent}, {@code 12 employees}.
 *
 * <p>The answer is normalised (see {@link Normalizer#strict}) and must hold exactly one number
 * (digits, optionally grouped by commas in threes, optionally a decimal point and a sign). Before it
 * only a currency marker of the question's unit may stand ({@code $}, {@code US$}, {@code USD} for
 * USD; {@code €}/{@code EUR}, {@code £}/{@code GBP}). After it, optionally, a scale word
 * (thousand, million, mn, billion, bn, trillion, tn: an exact power of ten) and then the unit: for
 * percent {@code %}, {@code percent}, {@code per cent}, {@code pct}; for a currency its code or its
 * name (dollars, US dollars, euros, pounds); otherwise the unit itself, singular or plural, or its
 * last words ({@code qubits} for {@code logical qubits}). A bare number is read in the question's
 * unit. Any other word makes the answer wrong; no number at all makes it no answer. The words each
 * unit accepts are {@link Unit}'s.
 *
 * <p>The normal form is read in place, by positions, from an array of chars (a verification's reused
 * normal-form buffer), so a reading builds no string, and a value of at most 18 digits no object.
 */
final class NumberReader {

    /** The scale words, tried in this order, and the powers of ten they stand for. */
    private static final char[][] SCALE_WORDS = {"thousand".toCharArray(), "million".toCharArray(), "mn".toCharArray(),
        "billion".toCharArray(), "bn".toCharArray(), "trillion".toCharArray(), "tn".toCharArray()};
    private static final int[] SCALE_POWERS = {3, 6, 6, 9, 9, 12, 12};

    private NumberReader() {
    }

    private static final NumberReading EMPTY = NumberReading.none("empty answer");
    private static final NumberReading NO_NUMBER = NumberReading.none("holds no number");
    private static final NumberReading SEVERAL = NumberReading.wrong("gives several numbers");
    private static final NumberReading MALFORMED = NumberReading.wrong("is not one well-formed number");
    private static final NumberReading TEXT_BEFORE = NumberReading.wrong("has unexpected text before the number");
    private static final NumberReading OTHER_WORDS = NumberReading.wrong("has a unit or words that are not the question's unit");

    /**
     * @param answer the answer as given
     * @param unit the question's unit
     * @param maxDigits the most digits a number may have
     * @return the reading
     * @throws CapExceeded if the number has more than {@code maxDigits} digits
     */
    static NumberReading read(String answer, Unit unit, int maxDigits) {
        return readNormalised(Normalizer.strict(answer.replace('\u2212', '-')), unit, maxDigits);
    }

    /**
     * {@link #read} of an answer whose normal form is known: {@code normalised} must be
     * {@code Normalizer.strict(answer)} of an answer without U+2212 (which {@link #read} reads as '-').
     *
     * @throws CapExceeded if the number has more than {@code maxDigits} digits
     */
    static NumberReading readNormalised(String normalised, Unit unit, int maxDigits) {
        char[] s = normalised.toCharArray();
        ParsedNumber number = new ParsedNumber();
        NumberReading problem = scan(s, s.length, unit, maxDigits, number);
        return problem != null ? problem : NumberReading.value(number.value());
    }

    /**
     * Reads a normal form held in {@code s[0, n)} (as {@link #readNormalised} reads it) into
     * {@code number}, building no object for a value of at most 18 digits.
     *
     * @param s the chars of the normal form of an answer without U+2212
     * @param n how many of them there are
     * @param unit the question's unit
     * @param maxDigits the most digits a number may have
     * @param number where a value goes
     * @return null if the answer is one value, which {@code number} then holds; else the (shared)
     *     reading that says why not
     * @throws CapExceeded if the number has more than {@code maxDigits} digits
     */
    static NumberReading scan(char[] s, int n, Unit unit, int maxDigits, ParsedNumber number) {
        if (n == 0) {
            return EMPTY;
        }
        int start = -1;
        int end = -1;
        for (int i = 0; i < n; i++) {
            if (isDigit(s[i])) {
                if (start >= 0) {
                    return SEVERAL;
                }
                start = i;
                end = i;
                // A number runs over digits, and over ',' and '.' that stand between digits.
                while (end < n && (isDigit(s[end]) || (s[end] == ',' || s[end] == '.') && end + 1 < n && isDigit(s[end + 1]))) {
                    end++;
                }
                i = end - 1;
            }
        }
        if (start < 0) {
            return NO_NUMBER;
        }
        boolean negative = start > 0 && s[start - 1] == '-';
        if (!Decimals.read(s, start, end, maxDigits, number)) {
            return MALFORMED;
        }
        // Before the number: nothing, or a currency marker of the unit (trimmed as String.trim trims).
        int prefixFrom = trimStart(s, 0, negative ? start - 1 : start);
        int prefixTo = trimEnd(s, prefixFrom, negative ? start - 1 : start);
        if (prefixFrom < prefixTo && !unit.isPrefix(s, prefixFrom, prefixTo)) {
            return TEXT_BEFORE;
        }
        // After it: a scale word, then the unit, each optional.
        int restFrom = trimStart(s, end, n);
        int restTo = trimEnd(s, restFrom, n);
        int power = 0;
        char first = restFrom < restTo ? s[restFrom] : ' ';
        // Every scale word starts with t, m or b: other rests are not tried against them.
        for (int k = 0; (first == 't' || first == 'm' || first == 'b') && k < SCALE_WORDS.length; k++) {
            char[] word = SCALE_WORDS[k];
            int after = restFrom + word.length;
            if (after <= restTo && regionIs(s, restFrom, word) && (after == restTo || s[after] == ' ')) {
                power = SCALE_POWERS[k];
                restFrom = trimStart(s, after, restTo);
                break;
            }
        }
        if (restFrom < restTo && !unit.isWord(s, restFrom, restTo)) {
            return OTHER_WORDS;
        }
        number.power = power;
        number.negated = negative;
        return null;
    }

    /** @return true if {@code s} holds {@code word} at {@code from} (which the caller keeps in bounds) */
    private static boolean regionIs(char[] s, int from, char[] word) {
        for (int k = 0; k < word.length; k++) {
            if (s[from + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return the first position in {@code [from, to)} whose char {@link String#trim} keeps, or {@code to} */
    private static int trimStart(char[] s, int from, int to) {
        while (from < to && s[from] <= ' ') {
            from++;
        }
        return from;
    }

    /** @return the position after the last char in {@code [from, to)} that {@link String#trim} keeps, or {@code from} */
    private static int trimEnd(char[] s, int from, int to) {
        while (to > from && s[to - 1] <= ' ') {
            to--;
        }
        return to;
    }
}
