package io.dacr.core.verify.internal;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * Text normalisation for strict matching: Unicode NFKC, case fold ({@link Locale#ROOT}), whitespace
 * collapsed to single spaces and trimmed, trailing {@code .,;:!?} dropped, one leading article
 * (the, a, an) dropped. ASCII text skips NFKC, which cannot change it.
 */
public final class Normalizer {

    private Normalizer() {
    }

    /**
     * @param text any text
     * @return its normal form, possibly empty
     */
    public static String strict(String text) {
        String s = text;
        if (!isAscii(s)) {
            s = java.text.Normalizer.normalize(s, Form.NFKC);
            // Upper then lower folds forms that lower-casing alone keeps apart (e.g. final sigma).
            s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        } else {
            s = s.toLowerCase(Locale.ROOT);
        }
        s = collapse(s);
        s = dropTrailingPunctuation(s);
        return dropArticle(s);
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
        return Character.isWhitespace(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR;
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
        for (String article : new String[] {"the ", "a ", "an "}) {
            if (s.startsWith(article) && s.length() > article.length()) {
                return s.substring(article.length());
            }
        }
        return s;
    }
}
