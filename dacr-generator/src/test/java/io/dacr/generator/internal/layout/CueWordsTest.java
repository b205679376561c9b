package io.dacr.generator.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.Template;
import io.dacr.generator.internal.world.World;
import io.dacr.generator.internal.world.WorldFact;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cue words as recorded in the key, walked over the template in place, against the list-based code they replace. */
class CueWordsTest {

    @Test
    void everyCueTemplateGivesTheWordsThatCuttingItIntoPiecesGives() {
        DomainPack pack = Worlds.pack();
        World world = Worlds.world(3);
        WorldFact fact = world.facts().get(0);
        int checked = 0;
        for (Cue cue : Cue.values()) {
            List<Template> templates = LayoutPlanner.templates(pack, cue);
            for (int t = 0; t < templates.size(); t++) {
                for (String previous : Arrays.asList(null, "$1,305 million", "Kelmar Holdings")) {
                    Unit.Kind kind = cue == Cue.HYPOTHETICAL ? Unit.Kind.HYPOTHETICAL : Unit.Kind.WRAPPED;
                    Unit u = new Unit(kind, cue, t, fact, fact.subject(), "the Brenholm builder", "$2.4 billion", true,
                            previous, null);
                    StringBuilder actual = new StringBuilder("> ");
                    CueWords.append(pack, u, actual);
                    StringBuilder expected = new StringBuilder("> ");
                    referenceAppend(pack, u, expected);
                    assertEquals(expected.toString(), actual.toString(), cue + " template " + t);
                    checked++;
                }
            }
        }
        assertEquals(true, checked > 20, "the pack has cue templates of every class");
    }

    /** Generator v5's CueWords.append: Template.renderAround, then trim, filter and join the pieces. */
    private static void referenceAppend(DomainPack pack, Unit u, StringBuilder out) {
        if (u.kind() == Unit.Kind.HYPOTHETICAL) {
            int start = out.length();
            pack.cues().hypothetical().get(u.cueTemplate()).renderTo(out, name -> switch (name) {
                case "entity" -> u.subjectName();
                case "attribute" -> u.fact().attribute().label();
                case "value" -> u.valueText();
                default -> "";
            });
            capitalize(out, start);
            return;
        }
        Template cue = LayoutPlanner.templates(pack, u.cue()).get(u.cueTemplate());
        List<String> pieces = cue.renderAround("statement", name -> name.equals("previousValue") && u.previousValue() != null
                ? u.previousValue() : "");
        boolean first = true;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = trim(pieces.get(i));
            if (!piece.chars().anyMatch(c -> Character.isLetter((char) c))) {
                continue;
            }
            if (!first) {
                out.append(CueWords.GAP);
            }
            int start = out.length();
            out.append(piece);
            if (first && i == 0 && !cue.startsWithPlaceholder()) {
                capitalize(out, start);
            }
            first = false;
        }
    }

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
