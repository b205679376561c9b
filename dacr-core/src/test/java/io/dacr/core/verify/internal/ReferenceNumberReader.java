package io.dacr.core.verify.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link NumberReader} as it was before its index-based rewrite (substrings and trims, the unit
 * compared as a string): kept as the oracle of {@link NumberReaderEquivalenceTest}, which holds the
 * rewrite to the same readings.
 */
final class ReferenceNumberReader {

    /** A list, not a hashed map: the words are tried in a fixed order. */
    private static final List<Map.Entry<String, Integer>> SCALES = List.of(Map.entry("thousand", 3),
            Map.entry("million", 6), Map.entry("mn", 6), Map.entry("billion", 9), Map.entry("bn", 9),
            Map.entry("trillion", 12), Map.entry("tn", 12));
    private static final Set<String> PERCENT = Set.of("%", "percent", "per cent", "pct");
    private static final Map<String, List<String>> CURRENCY_PREFIXES = Map.of(
            "usd", List.of("$", "us$", "usd"), "eur", List.of("€", "eur"), "gbp", List.of("£", "gbp"));
    private static final Map<String, Set<String>> CURRENCY_SUFFIXES = Map.of(
            "usd", Set.of("usd", "dollar", "dollars", "us dollars", "u.s. dollars"),
            "eur", Set.of("eur", "euro", "euros"), "gbp", Set.of("gbp", "pound", "pounds", "pounds sterling"));

    private ReferenceNumberReader() {
    }

    /**
     * A code point that NFKC changes into text with an ASCII digit, other than the digits themselves
     * written wide or in another font (by their Unicode names: FULLWIDTH DIGIT, MATHEMATICAL … DIGIT,
     * SEGMENTED DIGIT).
     */
    static boolean isCompatibilityDigit(int cp) {
        String nfkc = nfkc(cp);
        if (nfkc.equals(new String(Character.toChars(cp))) || !hasAsciiDigit(nfkc)) {
            return false;
        }
        String name = Character.getName(cp);
        return !(name.startsWith("FULLWIDTH DIGIT") || name.startsWith("MATHEMATICAL") && name.contains("DIGIT")
                || name.startsWith("SEGMENTED DIGIT"));
    }

    private static String nfkc(int cp) {
        return java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC);
    }

    private static boolean hasAsciiDigit(String text) {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * @param answer the answer as given
     * @param unit the question's unit (empty if dimensionless)
     * @param maxDigits the most digits a number may have
     * @return the reading
     * @throws CapExceeded if the number has more than {@code maxDigits} digits
     */
    static NumberReading read(String answer, String unit, int maxDigits) {
        return readInUnit(answer, unitKey(unit), maxDigits);
    }

    /**
     * @param unit a unit as a question or fact declares it
     * @return the unit as readings compare it: lower-cased ({@link Locale#ROOT}) and trimmed
     */
    static String unitKey(String unit) {
        return unit.toLowerCase(Locale.ROOT).trim();
    }

    /**
     * {@link #read} with the unit already in {@link #unitKey} form, as a key index keeps it.
     *
     * @throws CapExceeded if the number has more than {@code maxDigits} digits
     */
    static NumberReading readInUnit(String answer, String unitKey, int maxDigits) {
        boolean compatibility = false;
        boolean digit = false;
        for (int cp : answer.codePoints().toArray()) {
            compatibility |= isCompatibilityDigit(cp);
            digit |= !isCompatibilityDigit(cp) && hasAsciiDigit(nfkc(cp));
        }
        if (compatibility) {
            return digit ? NumberReading.wrong("writes a digit as a superscript, subscript, circled number, fraction or other compatibility form")
                    : NumberReading.none("holds no number: its digits are superscripts, subscripts, circled numbers, fractions or other compatibility forms");
        }
        String s = Normalizer.strict(answer.replace('\u2212', '-'));
        if (s.isEmpty()) {
            return NumberReading.none("empty answer");
        }
        int start = -1;
        int end = -1;
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                if (start >= 0) {
                    return NumberReading.wrong("gives several numbers");
                }
                start = i;
                end = i;
                // A number runs over digits, and over ',' and '.' that stand between digits.
                while (end < s.length() && (isDigit(s.charAt(end))
                        || (s.charAt(end) == ',' || s.charAt(end) == '.') && end + 1 < s.length() && isDigit(s.charAt(end + 1)))) {
                    end++;
                }
                i = end - 1;
            }
        }
        if (start < 0) {
            return NumberReading.none("holds no number");
        }
        boolean negative = start > 0 && s.charAt(start - 1) == '-';
        BigDecimal value = Decimals.parse(s.substring(start, end), maxDigits);
        if (value == null) {
            return NumberReading.wrong("is not one well-formed number");
        }
        String prefix = s.substring(0, negative ? start - 1 : start).trim();
        if (!prefix.isEmpty() && !CURRENCY_PREFIXES.getOrDefault(unitKey, List.of()).contains(prefix)) {
            return NumberReading.wrong("has unexpected text before the number");
        }
        String rest = s.substring(end).trim();
        int power = 0;
        for (Map.Entry<String, Integer> scale : SCALES) {
            String word = scale.getKey();
            if (rest.startsWith(word) && (rest.length() == word.length() || rest.charAt(word.length()) == ' ')) {
                power = scale.getValue();
                rest = rest.substring(word.length()).trim();
                break;
            }
        }
        if (!rest.isEmpty() && !isUnit(rest, unitKey)) {
            return NumberReading.wrong("has a unit or words that are not the question's unit");
        }
        value = value.scaleByPowerOfTen(power);
        return NumberReading.value(negative ? value.negate() : value);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUnit(String text, String unit) {
        if (unit.isEmpty()) {
            return false;
        }
        if (unit.equals("percent")) {
            return PERCENT.contains(text);
        }
        if (CURRENCY_SUFFIXES.getOrDefault(unit, Set.of()).contains(text)) {
            return true;
        }
        // The unit, or its last words ("qubits" for "logical qubits"), singular or plural.
        String u = unit;
        while (true) {
            if (text.equals(u) || isPluralOf(text, u) || isPluralOf(u, text)) {
                return true;
            }
            int space = u.indexOf(' ');
            if (space < 0) {
                return false;
            }
            u = u.substring(space + 1);
        }
    }

    /** @return true if {@code plural} is {@code singular} followed by an "s" (compared without building the string) */
    private static boolean isPluralOf(String plural, String singular) {
        return plural.length() == singular.length() + 1 && plural.endsWith("s") && plural.startsWith(singular);
    }
}
