package io.dacr.core.verify.internal;

import io.dacr.api.internal.LetterFold;

import io.dacr.api.internal.ScriptRule;
import java.util.Arrays;
import java.util.Locale;

/**
 * An answer artifact as the constraint checks of one verification read it: its words, as positions
 * in the text ({@link ScriptRule#isWordSeparator} separates them, as {@link ScriptRule#words} splits),
 * so that no word is copied out. Text that is all ASCII is compared lower-cased in place, A–Z being all
 * that {@link Locale#ROOT} lower-casing changes there (a one-letter search is two
 * {@link String#indexOf} scans); other text is lower-cased as a whole or word by word, when a check
 * first asks. Reused from verification to verification on one thread ({@link Scratch}), so
 * not thread-safe.
 */
final class Artifact {

    private String text;
    private boolean ascii;
    /** The chars of a printable ASCII text read by {@link #readPrintableAscii} (its first {@code length}); reused. */
    private char[] chars = new char[128];
    /** Whether {@link #chars} holds the text. */
    private boolean copied;
    /** Word {@code i} is {@code text[bounds[2i], bounds[2i + 1])}. */
    private int[] bounds = new int[64];
    private int count;
    private String lowerText;
    /** {@link LetterFold#fold} of the text, worked out when a check first asks; null until then. */
    private String foldedText;
    private String[] lowerWords;

    /** An artifact that holds no text yet: {@link #readPrintableAscii} or {@link #read} gives it one. */
    Artifact() {
    }

    /**
     * @param text the artifact
     * @param ascii whether every char of {@code text} is known to be ASCII
     */
    Artifact(String text, boolean ascii) {
        read(text, ascii);
    }

    /**
     * Reads the words of a text, replacing what this artifact held.
     *
     * @param text the artifact
     * @param ascii whether every char of {@code text} is known to be ASCII
     */
    void read(String text, boolean ascii) {
        reset(text, ascii);
        int start = -1;
        if (ascii) {
            for (int i = 0; i < text.length(); i++) {
                if (ScriptRule.isWordSeparator(text.charAt(i))) {
                    if (start >= 0) {
                        add(start, i);
                        start = -1;
                    }
                } else if (start < 0) {
                    start = i;
                }
            }
            if (start >= 0) {
                add(start, text.length());
            }
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (ScriptRule.isWordSeparator(cp)) {
                if (start >= 0) {
                    add(start, i);
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            add(start, text.length());
        }
    }

    private void reset(String text, boolean ascii) {
        this.text = text;
        this.ascii = ascii;
        count = 0;
        lowerText = null;
        foldedText = null;
        lowerWords = null;
        copied = false;
    }

    /** Forgets the text, so that a reused artifact keeps no submission alive. */
    void clear() {
        reset(null, false);
    }

    /**
     * Reads the words of a text in one pass, replacing what this artifact held, if it is printable
     * ASCII (U+0020 to U+007E): then it has no control, no letter but Latin ones, so it obeys the
     * script rule, and the space is its only word separator.
     *
     * @param text the artifact
     * @return true if {@code text} is printable ASCII and this artifact now holds its words; false if
     *     not (this artifact then holds nothing of use until it reads again)
     */
    boolean readPrintableAscii(String text) {
        reset(text, true);
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        // Every word start and end is a change between space and not space: at most n + 1 of them.
        if (bounds.length < n + 2) {
            bounds = new int[Math.max(n + 2, 2 * bounds.length)];
        }
        char[] cs = chars;
        int[] b = bounds;
        text.getChars(0, n, cs, 0); // a fast bulk copy; the scan then reads an array
        // Branch-free but for the (predictable) printable test: in prose, whether the next char is a
        // space is a coin toss that would mispredict a branch.
        int changes = 0;
        int previousSpace = 1; // a word may start at 0
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
            int space = c == ' ' ? 1 : 0;
            b[changes] = i; // kept only if a change happens here
            changes += space ^ previousSpace;
            previousSpace = space;
        }
        if (previousSpace == 0) {
            b[changes++] = n;
        }
        count = changes / 2;
        copied = true;
        return true;
    }

    private void add(int start, int end) {
        if (2 * count + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, 2 * bounds.length);
        }
        bounds[2 * count] = start;
        bounds[2 * count + 1] = end;
        count++;
    }

    /** @return the number of words */
    int wordCount() {
        return count;
    }

    /**
     * @param word a word
     * @param chars its chars ({@code word.toCharArray()}), worked out once per key
     * @return true if some word is exactly {@code word}
     */
    boolean hasWord(String word, char[] chars) {
        if (!copied) {
            return hasWord(word);
        }
        int length = chars.length;
        if (length == 0) {
            return false; // words are never empty
        }
        // The text's chars are in the array: compared array to array, first char before the rest.
        char[] cs = this.chars;
        int[] b = bounds;
        char first = chars[0];
        for (int i = 0; i < count; i++) {
            int start = b[2 * i];
            if (b[2 * i + 1] - start == length && cs[start] == first) {
                int k = 1;
                while (k < length && cs[start + k] == chars[k]) {
                    k++;
                }
                if (k == length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return true if some word is exactly {@code word} */
    boolean hasWord(String word) {
        int length = word.length();
        if (length == 0) {
            return false; // words are never empty
        }
        char first = word.charAt(0);
        for (int i = 0; i < count; i++) {
            int start = bounds[2 * i];
            if (bounds[2 * i + 1] - start == length && charAt(start) == first && regionIs(start, word)) {
                return true;
            }
        }
        return false;
    }

    /** @return the first code point of word {@code i} */
    int firstCodePoint(int i) {
        return copied ? chars[bounds[2 * i]] : text.codePointAt(bounds[2 * i]);
    }

    private char charAt(int i) {
        return copied ? chars[i] : text.charAt(i);
    }

    /** @return true if the text holds {@code word} from {@code start} on (which the caller keeps in bounds) */
    private boolean regionIs(int start, String word) {
        if (!copied) {
            return text.regionMatches(start, word, 0, word.length());
        }
        for (int k = 0; k < word.length(); k++) {
            if (chars[start + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param i a word's index
     * @param lower a word already lower-cased ({@link Locale#ROOT})
     * @return true if word {@code i}, lower-cased, is {@code lower}
     */
    boolean lowerWordEquals(int i, String lower) {
        int start = bounds[2 * i];
        int length = bounds[2 * i + 1] - start;
        if (!ascii) {
            return lowerWord(i).equals(lower);
        }
        if (length != lower.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (asciiLower(charAt(start + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param lower a text already lower-cased ({@link Locale#ROOT})
     * @return true if the artifact, lower-cased, contains {@code lower}
     */
    boolean lowerTextContains(String lower) {
        if (!ascii) {
            if (lowerText == null) {
                lowerText = text.toLowerCase(Locale.ROOT);
            }
            return lowerText.contains(lower);
        }
        int length = lower.length();
        if (length == 1) {
            // Some char lower-cases to l: l itself unless l is A–Z (never a lower-cased char), or its
            // capital; String.indexOf finds a char with a vectorised scan.
            char l = lower.charAt(0);
            return l < 0x80 && !(l >= 'A' && l <= 'Z')
                    && (text.indexOf(l) >= 0 || l >= 'a' && l <= 'z' && text.indexOf(l - ('a' - 'A')) >= 0);
        }
        for (int at = 0; at + length <= text.length(); at++) {
            int k = 0;
            while (k < length && asciiLower(charAt(at + k)) == lower.charAt(k)) {
                k++;
            }
            if (k == length) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the artifact holds a letter, however it is written: lower-cased ({@link Locale#ROOT}) it
     * contains {@code lower}, or {@link LetterFold#fold folded} it contains {@code folded}. The fold reads
     * compatibility forms as the letters they stand for (fullwidth 'ｚ', mathematical '𝐳', circled
     * 'ⓩ'); the lower-cased text still counts, so a letter followed by a combining mark, which NFKC
     * composes into another letter, is found as it was before. ASCII text is its own fold, lower-cased.
     *
     * @param lower a text already lower-cased ({@link Locale#ROOT})
     * @param folded {@code LetterFold.fold(lower)}
     * @return true if the artifact holds it
     */
    boolean containsLetter(String lower, String folded) {
        if (ascii) {
            // NFKC leaves ASCII as it is, and folding it is lower-casing: both searches are in the same text.
            return lowerTextContains(lower) || !folded.equals(lower) && lowerTextContains(folded);
        }
        if (lowerTextContains(lower)) {
            return true;
        }
        if (foldedText == null) {
            foldedText = LetterFold.fold(text);
        }
        return foldedText.contains(folded);
    }

    private String lowerWord(int i) {
        if (lowerWords == null) {
            lowerWords = new String[count];
        }
        if (lowerWords[i] == null) {
            lowerWords[i] = text.substring(bounds[2 * i], bounds[2 * i + 1]).toLowerCase(Locale.ROOT);
        }
        return lowerWords[i];
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
