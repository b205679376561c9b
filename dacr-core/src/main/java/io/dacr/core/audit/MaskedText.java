package io.dacr.core.audit;

import io.dacr.api.Challenge;
import io.dacr.core.audit.internal.Masking;
import java.util.List;

/**
 * Document text with what varies by construction masked, so that diversity is measured on wording,
 * not on ids: numbers (with their currency and unit signs) become {@code #}, and every run of
 * capitalised words (names, aliases, places, ids, and a sentence's first word) becomes {@code N}.
 * Masking a sentence's first word too makes skeletons more alike, never less, so the diversity figures
 * are conservative. Key-free: it reads the public document only.
 */
public final class MaskedText {

    private MaskedText() {
    }

    /**
     * @param text any text
     * @return the text with numbers and capitalised words masked
     */
    public static String mask(String text) {
        return Masking.mask(text);
    }

    /**
     * @param challenge a challenge
     * @return the masked skeleton of each sentence of its document, in document order
     */
    public static List<String> skeletons(Challenge challenge) {
        return Masking.skeletons(challenge);
    }

    /**
     * @param challenge a challenge
     * @return SHA-256 (hex) of its masked document: paragraphs masked, joined by blank lines
     */
    public static String documentHash(Challenge challenge) {
        return Masking.documentHash(challenge);
    }
}
