package io.dacr.core.miner.internal;

import io.dacr.core.json.internal.Node;

/**
 * Makes text well-formed UTF-16: every unpaired surrogate becomes U+FFFD. A model's reply can hold one
 * (a JSON escape {@code "\ud83d"}, half an emoji cut at a token boundary); such a string cannot be written
 * as UTF-8, so every string the miner keeps from a reply goes through here first.
 */
public final class WellFormed {

    private WellFormed() {
    }

    /**
     * @param text any text, or null
     * @return the text with every unpaired surrogate replaced by U+FFFD (the same instance when it has
     *         none); null for null
     */
    public static String text(String text) {
        return text == null ? null : Node.wellFormed(text);
    }
}
