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
 * <p>Digits may be ASCII, fullwidth or mathematical (NFKC reads them as ASCII digits), never
 * superscripts, subscripts, fractions, circled or parenthesised numbers, which NFKC would also turn
 * into ASCII digits ({@code 2⁷} into {@code 27}, {@code ㉗} into {@code 27}): an answer with one is
 * wrong, or no answer if it has no other digit ({@link #isCompatibilityDigit}). The no-break and thin
 * spaces of printed numbers stay spaces.
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
    private static final NumberReading COMPATIBILITY_DIGIT = NumberReading.wrong(
            "writes a digit as a superscript, subscript, circled number, fraction or other compatibility form");
    private static final NumberReading ONLY_COMPATIBILITY_DIGITS = NumberReading.none(
            "holds no number: its digits are superscripts, subscripts, circled numbers, fractions or other compatibility forms");

    /**
     * The code points, as {@code [first, last]} pairs in order, that NFKC turns into text with an ASCII
     * digit but that are not a digit written wider or in another font: superscripts ({@code ²},
     * {@code ⁷}), subscripts ({@code ₇}), vulgar fractions ({@code ½}), circled, parenthesised and
     * full-stop numbers ({@code ⑦}, {@code ⑺}, {@code ⒎}, {@code ㉗}), squared units with a digit
     * ({@code ㎡}) and the ideographic telegraph symbols. Their NFKC form is not what they mean as a
     * number ({@code 2⁷} is not 27). The fullwidth digits (U+FF10–U+FF19) and the mathematical and
     * segmented digits (U+1D7CE–U+1D7FF, U+1FBF0–U+1FBF9), which NFKC also changes, are digits.
     */
    private static final int[] COMPATIBILITY_DIGITS = {0x00B2, 0x00B3, 0x00B9, 0x00B9, 0x00BC, 0x00BE, 0x2070, 0x2070,
        0x2074, 0x2079, 0x2080, 0x2089, 0x2150, 0x215F, 0x2189, 0x2189, 0x2460, 0x249B, 0x24EA, 0x24EA, 0x3251, 0x325F,
        0x32B1, 0x32CB, 0x3358, 0x3370, 0x3378, 0x3379, 0x339F, 0x33A6, 0x33A8, 0x33A8, 0x33AF, 0x33AF, 0x33E0, 0x33FE,
        0x1F100, 0x1F10A};

    /**
     * @param answer the answer as given
     * @param unit the question's unit
     * @param maxDigits the most digits a number may have
     * @return the reading
     * @throws CapExceeded if the number has more than {@code maxDigits} digits
     */
    static NumberReading read(String answer, Unit unit, int maxDigits) {
        if (hasCompatibilityDigit(answer)) {
            return hasDigit(answer) ? COMPATIBILITY_DIGIT : ONLY_COMPATIBILITY_DIGITS;
        }
        return readNormalised(Normalizer.strict(answer.replace('\u2212', '-')), unit, maxDigits);
    }

    /**
     * @param cp a code point
     * @return true if NFKC makes an ASCII digit of it although it is not a digit (a superscript, a
     *     subscript, a fraction, a circled number …; see {@link #COMPATIBILITY_DIGITS})
     */
    static boolean isCompatibilityDigit(int cp) {
        int[] ranges = COMPATIBILITY_DIGITS;
        for (int i = 0; i < ranges.length && cp >= ranges[i]; i += 2) {
            if (cp <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text any text
     * @return true if it holds a {@link #isCompatibilityDigit compatibility digit}, which a number may
     *     not be written with; false at once for ASCII
     */
    static boolean hasCompatibilityDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Every compatibility digit is U+00B2 or above; a surrogate pair is tested as one code point.
            if (c >= 0xB2 && isCompatibilityDigit(Character.isHighSurrogate(c) ? text.codePointAt(i) : c)) {
                return true;
            }
        }
        return false;
    }

    /** @return true if {@code text} holds a digit a number is read from: ASCII, fullwidth, mathematical or segmented */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= '0' && cp <= '9' || cp >= 0xFF10 && cp <= 0xFF19 || cp >= 0x1D7CE && cp <= 0x1D7FF
                    || cp >= 0x1FBF0 && cp <= 0x1FBF9) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
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
