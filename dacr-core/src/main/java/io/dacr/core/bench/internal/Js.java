package io.dacr.core.bench.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The JavaScript string operations DACR-Bench's evaluator relies on, reproduced: its {@code \s} and
 * {@code trim()} know more spaces than Java's {@code strip()} (no-break space among them).
 */
final class Js {

    /** ECMAScript's WhiteSpace and LineTerminator code points. */
    static final String SPACE_CLASS =
            "[\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]";
    private static final Pattern SPACES = Pattern.compile(SPACE_CLASS + "+");
    private static final Pattern EDGE_SPACES = Pattern.compile("^" + SPACE_CLASS + "+|" + SPACE_CLASS + "+\\z");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an)" + SPACE_CLASS + "+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]+\\z");

    private Js() {
    }

    static String trim(String s) {
        return EDGE_SPACES.matcher(s).replaceAll("");
    }

    static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }

    static String[] splitSpaces(String s) {
        return SPACES.split(s, -1);
    }

    /**
     * DACR-Bench's answer normal form: lower-case, trim, drop one leading the/a/an, drop trailing
     * {@code .,;:!?}, collapse white space, trim.
     */
    static String normalize(String s) {
        String t = trim(s.toLowerCase(Locale.ROOT));
        t = LEADING_ARTICLE.matcher(t).replaceFirst("");
        t = TRAILING_PUNCTUATION.matcher(t).replaceFirst("");
        return trim(collapse(t));
    }
}
