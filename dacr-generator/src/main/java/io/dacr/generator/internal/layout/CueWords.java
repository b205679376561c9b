package io.dacr.generator.internal.layout;

import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.Template;

/**
 * The words of an authority cue exactly as the document shows them, without rendering the rest of
 * the prose: what the answer key records as a trap's cue, and what the prose stage writes.
 */
public final class CueWords {

    /** Stands for the wrapped statement between the pieces of a cue. */
    public static final String GAP = " … ";

    private CueWords() {
    }

    /**
     * Appends the cue of a wrapped or hypothetical unit: for a wrapped statement the cue's own words
     * ("Correcting an earlier report of $1,305m, the company stated that"), pieces around the
     * statement joined by {@link #GAP}; for a hypothetical the whole sentence.
     *
     * @param pack the pack
     * @param u a {@link Unit.Kind#WRAPPED} or {@link Unit.Kind#HYPOTHETICAL} unit
     * @param out where to append
     */
    static void append(DomainPack pack, Unit u, StringBuilder out) {
        if (u.kind() == Unit.Kind.HYPOTHETICAL) {
            int start = out.length();
            hypothetical(pack, u, out);
            capitalize(out, start);
            return;
        }
        Template cue = LayoutPlanner.templates(pack, u.cue()).get(u.cueTemplate());
        // The pieces of Template.renderAround("statement", ...) (other placeholders: the previous value
        // or nothing), each trimmed and kept if it has a letter; walked in place, without a list.
        StringBuilder piece = new StringBuilder(cue.source().length() + 16);
        int pieces = 0;
        boolean first = true;
        for (int i = 0, n = cue.size(); i <= n; i++) {
            if (i < n && !(cue.isPlaceholder(i) && cue.part(i).equals("statement"))) {
                if (!cue.isPlaceholder(i)) {
                    piece.append(cue.part(i));
                } else if (cue.part(i).equals("previousValue") && u.previousValue() != null) {
                    piece.append(u.previousValue());
                }
                continue;
            }
            if (piece.length() == 0) {
                continue;
            }
            int from = 0;
            int to = piece.length();
            while (from < to && isJoint(piece.charAt(from))) {
                from++;
            }
            while (to > from && isJoint(piece.charAt(to - 1))) {
                to--;
            }
            if (hasLetter(piece, from, to)) {
                if (!first) {
                    out.append(GAP);
                }
                int start = out.length();
                out.append(piece, from, to);
                if (first && pieces == 0 && !cue.startsWithPlaceholder()) {
                    capitalize(out, start);
                }
                first = false;
            }
            pieces++;
            piece.setLength(0);
        }
    }

    /** The spaces and the joining punctuation (",", ":") that border the statement. */
    private static boolean isJoint(char c) {
        return c == ' ' || c == ',' || c == ':';
    }

    private static boolean hasLetter(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Renders a hypothetical sentence (lower case where the template starts lower case; the prose
     * stage capitalises sentence starts).
     *
     * @param pack the pack
     * @param u a {@link Unit.Kind#HYPOTHETICAL} unit
     * @param out where to append
     */
    public static void hypothetical(DomainPack pack, Unit u, StringBuilder out) {
        Template t = pack.cues().hypothetical().get(u.cueTemplate());
        for (int i = 0, n = t.size(); i < n; i++) {
            String part = t.part(i);
            if (!t.isPlaceholder(i)) {
                out.append(part);
            } else if (part.equals("entity")) {
                out.append(u.subjectName());
            } else if (part.equals("attribute")) {
                out.append(u.fact().attribute().label());
            } else if (part.equals("value")) {
                out.append(u.valueText());
            }
        }
    }

    private static void capitalize(StringBuilder text, int at) {
        if (at < text.length()) {
            int cp = text.codePointAt(at);
            int upper = Character.toUpperCase(cp);
            if (upper != cp && Character.charCount(cp) == 1 && Character.charCount(upper) == 1) {
                text.setCharAt(at, (char) upper);
            }
        }
    }
}
