package io.dacr.core.verify.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * Text normalisation for strict matching: Unicode NFKC, case fold ({@link Locale#ROOT}), whitespace
 * collapsed to single spaces and trimmed, trailing {@code .,;:!?} dropped, one leading article
 * (the, a, an) dropped. ASCII text skips NFKC, which cannot change it.
 */
public final class Normalizer {

    /** Marks a char that normalising reads as a space, in the fold tables. */
    private static final char SPACE = '\uFFFF';
    /** Each ASCII char as strict normalising writes it: A–Z lower-cased, {@link #SPACE} for the spaces. */
    private static final char[] STRICT_FOLD = foldTable(false);
    /** The same for attribute names, where {@code _} and {@code -} are spaces too. */
    private static final char[] ATTRIBUTE_FOLD = foldTable(true);

    /** Each ASCII char as {@link #STRICT_FOLD} writes it, with ' ' for the spaces: what a fixed point holds there. */
    private static final char[] STRICT_FOLD_SPACED = spaced(STRICT_FOLD);

    /** The leading articles dropped, in the order tried. */
    private static final String[] ARTICLES = {"the ", "a ", "an "};

    private Normalizer() {
    }

    /**
     * @param text any text
     * @return its normal form, possibly empty
     */
    public static String strict(String text) {
        String ascii = strictAscii(text, false);
        return ascii != null ? ascii : strictGeneral(text);
    }

    private static String strictGeneral(String text) {
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
        String ascii = strictAscii(text, true);
        // Replaced before NFKC, which can itself produce '_' or '-' (U+FE4D, U+FE63) that stay as they are.
        return ascii != null ? ascii : strictGeneral(text.replace('_', ' ').replace('-', ' '));
    }

    /**
     * {@link #strict} for ASCII text: NFKC cannot change ASCII, and lower-casing it is A–Z to a–z.
     * Returns {@code text} itself when it is already in normal form (no allocation), and null if it
     * is not ASCII (the general path then takes it).
     *
     * @param dashesAreSpaces whether {@code _} and {@code -} count as spaces (attribute names)
     */
    private static String strictAscii(String text, boolean dashesAreSpaces) {
        if (isNormalAscii(text, dashesAreSpaces)) {
            return text;
        }
        char[] out = new char[text.length()];
        int length = normaliseAscii(text, dashesAreSpaces, out);
        return length < 0 ? null : new String(out, 0, length);
    }

    /**
     * Writes the normal form of ASCII text ({@link #strict}, or {@link #attribute} when
     * {@code dashesAreSpaces}) into {@code out} in one pass: fold, collapse, then trailing punctuation
     * and article are cut from the chars written.
     *
     * @param text any text
     * @param dashesAreSpaces whether {@code _} and {@code -} count as spaces (attribute names)
     * @param out where the normal form goes, at least as long as {@code text}
     * @return the length of the normal form, or -1 if {@code text} is not ASCII ({@code out} then holds
     *     nothing of use)
     */
    static int normaliseAscii(String text, boolean dashesAreSpaces, char[] out) {
        int n = text.length();
        // Copied first (a fast bulk copy), then folded and collapsed in place: what is written never
        // overtakes what is read.
        text.getChars(0, n, out, 0);
        char[] fold = dashesAreSpaces ? ATTRIBUTE_FOLD : STRICT_FOLD;
        // Spaces are collapsed without a data-dependent branch: every char is written, a space as ' ',
        // and the length advances except for a space after a space (or at the start). A space left at
        // the end is cut with the trailing punctuation below.
        int length = 0;
        int previousSpace = 1;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            if (c >= 0x80) {
                return -1;
            }
            char f = fold[c];
            int space = f == SPACE ? 1 : 0;
            out[length] = space == 1 ? ' ' : f;
            length += 1 - (space & previousSpace);
            previousSpace = space;
        }
        while (length > 0 && (isTrailingPunctuation(out[length - 1]) || out[length - 1] == ' ')) {
            length--;
        }
        int article = articleLength(out, length);
        if (article > 0) {
            System.arraycopy(out, article, out, 0, length - article);
            length -= article;
        }
        return length;
    }

    /**
     * Whether the normal form of {@code text} is {@code fixedPoint}, decided without normalising when
     * {@code text} folds onto it char by char: {@code text} is ASCII, as long as {@code fixedPoint}, and
     * each of its chars, lower-cased (a space for the spaces), is the char of {@code fixedPoint} at the
     * same place. Normalising folds each char, then collapses spaces and cuts the ends and an article;
     * so it makes of {@code text} what it makes of {@code fixedPoint}, which is {@code fixedPoint}.
     *
     * @param text any text
     * @param fixedPoint an ASCII text that is its own normal form ({@code strict(fixedPoint)} equals it)
     * @return true if {@code text} folds onto {@code fixedPoint}, so {@code strict(text)} is
     *     {@code fixedPoint}; false if not, which says nothing about its normal form
     */
    static boolean foldsOnto(String text, String fixedPoint) {
        int n = fixedPoint.length();
        if (text.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || STRICT_FOLD_SPACED[c] != fixedPoint.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param text any text
     * @return true if {@code text} is ASCII and its own normal form, so {@link #foldsOnto} may be given it
     */
    static boolean isFixedPoint(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return strict(text).equals(text);
    }

    private static char[] spaced(char[] fold) {
        char[] table = fold.clone();
        for (int c = 0; c < table.length; c++) {
            if (table[c] == SPACE) {
                table[c] = ' ';
            }
        }
        return table;
    }

    private static char[] foldTable(boolean dashesAreSpaces) {
        char[] table = new char[0x80];
        for (char c = 0; c < 0x80; c++) {
            table[c] = isAsciiSpace(c) || dashesAreSpaces && (c == '_' || c == '-') ? SPACE
                    : c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return table;
    }

    /**
     * @return the length of the leading article (with its space) that normalising drops from
     *     {@code chars[0, length)}, or 0: "the ", "a " or "an ", tried in that order, and only when
     *     something follows it
     */
    private static int articleLength(char[] chars, int length) {
        if (length > 4 && chars[0] == 't' && chars[1] == 'h' && chars[2] == 'e' && chars[3] == ' ') {
            return 4;
        }
        if (length > 2 && chars[0] == 'a' && chars[1] == ' ') {
            return 2;
        }
        if (length > 3 && chars[0] == 'a' && chars[1] == 'n' && chars[2] == ' ') {
            return 3;
        }
        return 0;
    }

    /**
     * The common case, decided in one tight pass: ASCII text that normalising leaves as it is (no
     * upper-case letter, no whitespace but single spaces between words, no trailing punctuation, no
     * leading article).
     */
    private static boolean isNormalAscii(String text, boolean dashesAreSpaces) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        char previous = ' '; // so that a leading space is not normal
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // Controls are left to the full pass, which knows which of them are spaces.
            if (c >= 0x80 || c >= 'A' && c <= 'Z' || c <= ' ' && (c != ' ' || previous == ' ')
                    || dashesAreSpaces && (c == '_' || c == '-')) {
                return false;
            }
            previous = c;
        }
        if (previous == ' ' || isTrailingPunctuation(previous)) {
            return false;
        }
        char first = text.charAt(0);
        return !(first == 't' && n > 4 && text.startsWith("the ") || first == 'a' && (n > 2 && text.charAt(1) == ' '
                || n > 3 && text.charAt(1) == 'n' && text.charAt(2) == ' '));
    }

    /** {@link #isSpace} for ASCII: the whitespace controls, U+001C–U+001F and the space. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
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
