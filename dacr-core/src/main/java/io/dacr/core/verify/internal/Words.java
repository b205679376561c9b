package io.dacr.core.verify.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line into words. A word is a whitespace-separated token, spaces being what the script
 * rule counts as separators ({@link Character#isWhitespace} or category Zs).
 */
public final class Words {

    private Words() {
    }

    /**
     * @param line a line of text
     * @return its words, in order
     */
    public static List<String> of(String line) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (Normalizer.isSpace(cp)) {
                if (start >= 0) {
                    out.add(line.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(line.substring(start));
        }
        return out;
    }
}
