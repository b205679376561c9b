package io.dacr.core.miner.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level brace-balanced spans of a text in one pass: where JSON objects may be. Strings in
 * double or single quotes are skipped inside a span, so a brace in a string does not count; so are
 * {@code //} and {@code /* *}{@code /} comments (which the lenient reader accepts), so an apostrophe or a
 * brace in a comment does not count either; outside a span quotes mean nothing (prose has apostrophes).
 */
final class JsonSpans {

    /**
     * @param spans the balanced spans, in order, as [start, end) pairs
     * @param unclosedAt where an object opened that never closed (a reply cut off), or -1
     */
    record Found(List<int[]> spans, int unclosedAt) {
    }

    private JsonSpans() {
    }

    static Found find(String text) {
        List<int[]> spans = new ArrayList<>();
        int depth = 0;
        int start = -1;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (depth == 0) {
                if (c == '{') {
                    depth = 1;
                    start = i;
                }
                continue;
            }
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                boolean line = text.charAt(i + 1) == '/';
                int close = line ? text.indexOf('\n', i + 2) : text.indexOf("*/", i + 2);
                if (close < 0) {
                    i = text.length(); // the comment runs to the end: the object never closes
                } else {
                    i = line ? close : close + 1;
                }
                continue;
            }
            switch (c) {
                case '"', '\'' -> quote = c;
                case '{', '[' -> depth++;
                case '}', ']' -> {
                    depth--;
                    if (depth == 0) {
                        spans.add(new int[] {start, i + 1});
                    }
                }
                default -> {
                    // Any other character belongs to the value.
                }
            }
        }
        return new Found(spans, depth > 0 ? start : -1);
    }
}
