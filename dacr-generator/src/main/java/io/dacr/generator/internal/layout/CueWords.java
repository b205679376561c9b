package io.dacr.generator.internal.layout;

import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.Template;
import java.util.List;

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
        List<String> pieces = cue.renderAround("statement", name -> name.equals("previousValue") && u.previousValue() != null
                ? u.previousValue() : "");
        boolean first = true;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = trim(pieces.get(i));
            if (!hasLetter(piece)) {
                continue;
            }
            if (!first) {
                out.append(GAP);
            }
            int start = out.length();
            out.append(piece);
            if (first && i == 0 && !cue.startsWithPlaceholder()) {
                capitalize(out, start);
            }
            first = false;
        }
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
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
        pack.cues().hypothetical().get(u.cueTemplate()).renderTo(out, name -> switch (name) {
            case "entity" -> u.subjectName();
            case "attribute" -> u.fact().attribute().label();
            case "value" -> u.valueText();
            default -> "";
        });
    }

    /** Cuts the spaces and the joining punctuation (",", ":") that border the statement. */
    private static String trim(String piece) {
        int from = 0;
        int to = piece.length();
        while (from < to && (piece.charAt(from) == ' ' || piece.charAt(from) == ',' || piece.charAt(from) == ':')) {
            from++;
        }
        while (to > from && (piece.charAt(to - 1) == ' ' || piece.charAt(to - 1) == ',' || piece.charAt(to - 1) == ':')) {
            to--;
        }
        return piece.substring(from, to);
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
