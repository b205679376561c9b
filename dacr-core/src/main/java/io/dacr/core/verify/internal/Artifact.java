package io.dacr.core.verify.internal;

import io.dacr.api.internal.ScriptRule;
import java.util.List;
import java.util.Locale;

/**
 * An answer artifact as the constraint checks of one verification read it: its words, and its text
 * and words lower-cased ({@link Locale#ROOT}), each worked out once, when a check first asks.
 * Confined to one verification, so not thread-safe.
 */
final class Artifact {

    private final String text;
    private final List<String> words;
    private String lowerText;
    private String[] lowerWords;

    Artifact(String text) {
        this.text = text;
        this.words = ScriptRule.words(text);
    }

    List<String> words() {
        return words;
    }

    /** @return the text, lower-cased */
    String lowerText() {
        if (lowerText == null) {
            lowerText = text.toLowerCase(Locale.ROOT);
        }
        return lowerText;
    }

    /** @return word {@code i}, lower-cased */
    String lowerWord(int i) {
        if (lowerWords == null) {
            lowerWords = new String[words.size()];
        }
        if (lowerWords[i] == null) {
            lowerWords[i] = words.get(i).toLowerCase(Locale.ROOT);
        }
        return lowerWords[i];
    }
}
