package io.dacr.core.solve.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A domain-pack text template ({@code "{entity} reported annual revenue of {value}."}) compiled into
 * a regular expression that reads a rendered sentence back: each placeholder becomes a named group.
 * Matching ignores case, because the renderer changes the case of a sentence's first letter. The
 * longest literal run is kept as an anchor, so most templates are ruled out by a cheap substring test
 * before any regular expression runs.
 */
final class TemplatePattern {

    private final String source;
    private final Pattern pattern;
    private final Pattern greedy;
    private final List<String> placeholders;
    private final String anchor;
    private final int literalLength;
    private boolean adjacent;

    private TemplatePattern(String source, Pattern pattern, Pattern greedy, List<String> placeholders, String anchor,
                            int literalLength) {
        this.source = source;
        this.pattern = pattern;
        this.greedy = greedy;
        this.placeholders = placeholders;
        this.anchor = anchor;
        this.literalLength = literalLength;
    }

    /**
     * @param template the template text, placeholders in braces
     * @param trailing what the rendered text may end with beyond the template (a regex), or empty
     * @return the compiled template
     */
    static TemplatePattern compile(String template, String trailing) {
        StringBuilder regex = new StringBuilder("^");
        boolean adjacentPair = false;
        List<String> names = new ArrayList<>();
        String anchor = "";
        int literal = 0;
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            String text = open < 0 || close < 0 ? template.substring(i) : template.substring(i, open);
            boolean between = !names.isEmpty() && open >= 0 && close >= 0;
            if (between && text.equals(" ")) {
                adjacentPair = true;
            }
            if (!text.isEmpty()) {
                regex.append(Pattern.quote(text));
                literal += text.length();
                if (text.trim().length() > anchor.length()) {
                    anchor = text.trim();
                }
            }
            if (open < 0 || close < 0) {
                break;
            }
            String name = template.substring(open + 1, close);
            if (names.contains(name)) {
                regex.append("\\k<").append(groupName(name)).append('>');
            } else {
                names.add(name);
                regex.append("(?<").append(groupName(name)).append(">.+?)");
            }
            i = close + 1;
        }
        regex.append(trailing).append('$');
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
        TemplatePattern compiled;
        // The greedy variant splits at the last separator instead of the first: "the claim at Iselby at $5"
        // needs it when a name itself holds the text that follows its placeholder.
        compiled = new TemplatePattern(template, Pattern.compile(regex.toString(), flags),
                Pattern.compile(regex.toString().replace(">.+?)", ">.+)"), flags), List.copyOf(names),
                anchor.toLowerCase(Locale.ROOT), literal);
        compiled.adjacent = adjacentPair;
        return compiled;
    }

    /** Group names allow letters and digits only. */
    private static String groupName(String placeholder) {
        StringBuilder out = new StringBuilder("p");
        for (char c : placeholder.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param text the text to read, whole
     * @param lower the same text lower-cased ({@link Locale#ROOT}), for the anchor test
     * @return the placeholder values in template order, or null if the text is not this template
     */
    String[] match(String text, String lower) {
        return match(text, lower, pattern);
    }

    /**
     * As {@link #match}, but with the first placeholder taking as much text as it can.
     *
     * @param text the text to read, whole
     * @param lower the same text lower-cased
     * @return the placeholder values, or null
     */
    String[] matchGreedy(String text, String lower) {
        return match(text, lower, greedy);
    }

    private String[] match(String text, String lower, Pattern p) {
        if (!anchor.isEmpty() && !lower.contains(anchor)) {
            return null;
        }
        Matcher m = p.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String[] out = new String[placeholders.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = m.group(groupName(placeholders.get(k))).trim();
            if (out[k].isEmpty()) {
                return null;
            }
        }
        return out;
    }

    /**
     * @param name a placeholder name
     * @return its position in {@link #match}'s result, or -1
     */
    int indexOf(String name) {
        return placeholders.indexOf(name);
    }

    /**
     * @return true if two placeholders are separated by a single space only ("call {name} {alias}."), so
     *     where one ends is a guess that the caller must make with what it knows
     */
    boolean adjacent() {
        return adjacent;
    }

    /** @return the number of literal characters: more means a more specific template */
    int literalLength() {
        return literalLength;
    }

    @Override
    public String toString() {
        return source;
    }
}
