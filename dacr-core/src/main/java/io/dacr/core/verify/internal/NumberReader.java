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
 * <p>The normal form is read in place, by positions, so a reading builds no string.
 */
final class NumberReader {

    /** The scale words, tried in this order, and the powers of ten they stand for. */
    private static final String[] SCALE_WORDS = {"thousand", "million", "mn", "billion", "bn", "trillion", "tn"};
    private static final int[] SCALE_POWERS = {3, 6, 6, 9, 9, 12, 12};

    private NumberReader() {
    }

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
    static NumberReading readNormalised(String s, Unit unit, int maxDigits) {
        int n = s.length();
        if (n == 0) {
            return NumberReading.none("empty answer");
        }
        int start = -1;
        int end = -1;
        for (int i = 0; i < n; i++) {
            if (isDigit(s.charAt(i))) {
                if (start >= 0) {
                    return NumberReading.wrong("gives several numbers");
                }
                start = i;
                end = i;
                // A number runs over digits, and over ',' and '.' that stand between digits.
                while (end < n && (isDigit(s.charAt(end))
                        || (s.charAt(end) == ',' || s.charAt(end) == '.') && end + 1 < n && isDigit(s.charAt(end + 1)))) {
                    end++;
                }
                i = end - 1;
            }
        }
        if (start < 0) {
            return NumberReading.none("holds no number");
        }
        boolean negative = start > 0 && s.charAt(start - 1) == '-';
        BigDecimal value = Decimals.parse(s, start, end, maxDigits);
        if (value == null) {
            return NumberReading.wrong("is not one well-formed number");
        }
        // Before the number: nothing, or a currency marker of the unit (trimmed as String.trim trims).
        int prefixFrom = trimStart(s, 0, negative ? start - 1 : start);
        int prefixTo = trimEnd(s, prefixFrom, negative ? start - 1 : start);
        if (prefixFrom < prefixTo && !unit.isPrefix(s, prefixFrom, prefixTo)) {
            return NumberReading.wrong("has unexpected text before the number");
        }
        // After it: a scale word, then the unit, each optional.
        int restFrom = trimStart(s, end, n);
        int restTo = trimEnd(s, restFrom, n);
        int power = 0;
        char first = restFrom < restTo ? s.charAt(restFrom) : ' ';
        // Every scale word starts with t, m or b: other rests are not tried against them.
        for (int k = 0; (first == 't' || first == 'm' || first == 'b') && k < SCALE_WORDS.length; k++) {
            String word = SCALE_WORDS[k];
            int after = restFrom + word.length();
            if (after <= restTo && s.startsWith(word, restFrom) && (after == restTo || s.charAt(after) == ' ')) {
                power = SCALE_POWERS[k];
                restFrom = trimStart(s, after, restTo);
                break;
            }
        }
        if (restFrom < restTo && !unit.isWord(s, restFrom, restTo)) {
            return NumberReading.wrong("has a unit or words that are not the question's unit");
        }
        if (power != 0) {
            value = value.scaleByPowerOfTen(power);
        }
        return NumberReading.value(negative ? value.negate() : value);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return the first position in {@code [from, to)} whose char {@link String#trim} keeps, or {@code to} */
    private static int trimStart(String s, int from, int to) {
        while (from < to && s.charAt(from) <= ' ') {
            from++;
        }
        return from;
    }

    /** @return the position after the last char in {@code [from, to)} that {@link String#trim} keeps, or {@code from} */
    private static int trimEnd(String s, int from, int to) {
        while (to > from && s.charAt(to - 1) <= ' ') {
            to--;
        }
        return to;
    }
}
