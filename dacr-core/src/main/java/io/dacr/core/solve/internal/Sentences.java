package io.dacr.core.solve.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a paragraph into sentences: a full stop followed by white space ends one. */
final class Sentences {

    private Sentences() {
    }

    /**
     * @param paragraph a paragraph's text
     * @return its sentences, trimmed, each with its full stop
     */
    static List<String> of(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            if (paragraph.charAt(i) == '.' && (i + 1 == n || Character.isWhitespace(paragraph.charAt(i + 1)))) {
                String s = paragraph.substring(start, i + 1).trim();
                if (!s.isEmpty()) {
                    out.add(s);
                }
                start = i + 1;
            }
        }
        String rest = paragraph.substring(start).trim();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
}
