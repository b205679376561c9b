package io.dacr.core.verify.internal;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * Text normalisation for strict matching: Unicode NFKC, case fold ({@link Locale#ROOT}), whitespace
 * collapsed to single spaces and trimmed, trailing {@code .,;:!?} dropped, one leading article
 * (the, a, an) dropped. ASCII text skips NFKC, which cannot change it.
 */
public final class Normalizer {

    /** The leading articles dropped, in the order tried. */
    private static final String[] ARTICLES = {"the ", "a ", "an "};

    private Normalizer() {
    }

    /**
     * @param text any text
     * @return its normal form, possibly empty
     */
    public static String strict(String text) {
        if (isAscii(text)) {
            return strictAscii(text, false);
        }
        String s = java.text.Normalizer.normalize(text, Form.NFKC);
        // Upper then lower folds forms that lower-casing alone keeps apart (e.g. final sigma).
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        s = collapse(s);
        s = dropTrailingPunctuation(s);
        return dropArticle(s);
    }

    /**
     * The normal form of an attribute name: {@code _} and {@code -} read as spaces, then
     * {@link #strict}.
     *
     * @param text an attribute name
     * @return its normal form
     */
    static String attribute(String text) {
        if (isAscii(text)) {
            return strictAscii(text, true);
        }
        // Replaced before NFKC, which can itself produce '_' or '-' (U+FE4D, U+FE63) that stay as they are.
        return strict(text.replace('_', ' ').replace('-', ' '));
    }

    /**
     * {@link #strict} for ASCII text in one pass: NFKC cannot change ASCII, and lower-casing it is
     * A–Z to a–z, so fold, collapse, trailing punctuation and article are done on one char array.
     * Returns {@code text} itself when it is already in normal form (no allocation).
     *
     * @param dashesAreSpaces whether {@code _} and {@code -} count as spaces (attribute names)
     */
    private static String strictAscii(String text, boolean dashesAreSpaces) {
        int n = text.length();
        char[] out = null;
        int len = 0;
        boolean pendingSpace = false;
        boolean same = true; // out so far equals text so far, char for char
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isAsciiSpace(c) || dashesAreSpaces && (c == '_' || c == '-')) {
                pendingSpace = len > 0;
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (same && (lower != c || pendingSpace && text.charAt(len) != ' ' || len != i - (pendingSpace ? 1 : 0))) {
                same = false;
                out = new char[n];
                text.getChars(0, len, out, 0);
            }
            if (pendingSpace) {
                if (!same) {
                    out[len] = ' ';
                }
                len++;
                pendingSpace = false;
            }
            if (!same) {
                out[len] = lower;
            }
            len++;
        }
        int end = len;
        while (end > 0 && (isTrailingPunctuation(charAt(text, out, end - 1)) || charAt(text, out, end - 1) == ' ')) {
            end--;
        }
        int start = 0;
        for (String article : ARTICLES) {
            if (end > article.length() && startsWith(text, out, article)) {
                start = article.length();
                break;
            }
        }
        if (out == null) {
            return start == 0 && end == n ? text : text.substring(start, end);
        }
        return new String(out, start, end - start);
    }

    private static char charAt(String text, char[] out, int i) {
        return out == null ? text.charAt(i) : out[i];
    }

    private static boolean startsWith(String text, char[] out, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (charAt(text, out, i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #isSpace} for ASCII: the whitespace controls, U+001C–U+001F and the space. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
    }

    /** @return true if every char of {@code s} is ASCII */
    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** @return true if {@code cp} separates words: whitespace or a space separator (as in the script rule) */
    public static boolean isSpace(int cp) {
        return io.dacr.api.internal.ScriptRule.isWordSeparator(cp);
    }

    /** Collapses runs of spaces to one space and trims. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    static String dropTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && (isTrailingPunctuation(s.charAt(end - 1)) || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    static String dropArticle(String s) {
        for (String article : ARTICLES) {
            if (s.startsWith(article) && s.length() > article.length()) {
                return s.substring(article.length());
            }
        }
        return s;
    }
}
