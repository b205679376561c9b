package io.dacr.core.miner.internal;

/**
 * Makes text well-formed UTF-16: every unpaired surrogate becomes U+FFFD. A model's reply can hold one
 * (a JSON escape {@code "\ud83d"}, half an emoji cut at a token boundary); such a string cannot be written
 * as UTF-8, so every string the miner keeps from a reply goes through here first.
 */
public final class WellFormed {

    /** The replacement character. */
    public static final char REPLACEMENT = '\uFFFD';

    private WellFormed() {
    }

    /**
     * @param text any text, or null
     * @return the text with every unpaired surrogate replaced by U+FFFD (the same instance when it has
     *         none); null for null
     */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        int bad = firstUnpaired(text);
        if (bad < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, bad);
        for (int i = bad; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnpaired(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
