package io.dacr.api.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * When a text "contains a letter", as the {@code forbidden_letter} constraint means it: the lower-cased
 * text contains the lower-cased letter, or the text's {@link #fold} contains the letter's fold. The
 * verifier grades with this rule and the generator plans and proves its artifacts with it, so a
 * challenge's oracle can never hold a letter the verifier finds (a dotless 'ı' is an 'i', a fullwidth
 * 'ｚ' or a ligature 'ﬁ' holds its letters).
 */
public final class LetterFold {

    private LetterFold() {
    }

    /**
     * The NFKC form of a text, case-folded code point by code point (simple case folding: each code point
     * upper-cased, then lower-cased, as {@link Character} maps them), so that compatibility forms and
     * case variants of a letter become that letter. ASCII text folds to its lower case.
     *
     * @param text any text
     * @return its fold
     */
    public static String fold(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * @param text any text
     * @param letter a letter
     * @return whether the text contains the letter, as the {@code forbidden_letter} constraint means it
     */
    public static boolean contains(String text, String letter) {
        if (text.toLowerCase(Locale.ROOT).contains(letter.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // ASCII folds to its lower case, which was searched already.
        return !(isAscii(text) && isAscii(letter)) && fold(text).contains(fold(letter));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
