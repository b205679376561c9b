package io.dacr.generator.internal.prose;

import io.dacr.api.Paragraph;
import io.dacr.generator.internal.layout.CueWords;
import io.dacr.generator.internal.layout.Layout;
import io.dacr.generator.internal.layout.LayoutPlanner;
import io.dacr.generator.internal.layout.ParagraphIds;
import io.dacr.generator.internal.layout.Unit;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.Template;
import io.dacr.generator.internal.random.Xoshiro256;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a layout as prose: a phrasing per statement, cue templates around wrapped statements,
 * connectives and filler sentences. Only wording is chosen here (the {@code prose} stream); what is
 * stated where was fixed by the layout, so the answer key never depends on this stage.
 */
public final class ProseRenderer {

    private ProseRenderer() {
    }

    /**
     * @param pack the pack
     * @param layout the layout
     * @param rng the {@code prose} stream
     * @return the paragraphs, ids {@code paragraph_1}…
     */
    public static List<Paragraph> render(DomainPack pack, Layout layout, Xoshiro256 rng) {
        List<Paragraph> paragraphs = new ArrayList<>(layout.paragraphCount());
        List<String> fillers = pack.lexicon().fillerSentences();
        List<Unit> units = layout.units();
        int next = 0;
        StringBuilder text = new StringBuilder(512);
        for (int p = 0; p < layout.paragraphCount(); p++) {
            text.setLength(0);
            int sentences = 0;
            if (!fillers.isEmpty() && rng.chance(1, 4)) {
                text.append(rng.pick(fillers));
                sentences++;
            }
            while (next < units.size() && units.get(next).paragraph() == p) {
                if (sentences > 0) {
                    text.append(' ');
                }
                boolean connective = sentences > 0 && units.get(next).kind() == Unit.Kind.STATEMENT && rng.chance(1, 4);
                if (connective) {
                    text.append(rng.pick(pack.lexicon().connectives())).append(' ');
                }
                sentence(pack, units.get(next), rng, !connective, text);
                sentences++;
                next++;
            }
            if (sentences == 0 || (!fillers.isEmpty() && sentences == 1 && rng.chance(1, 2))) {
                if (sentences > 0) {
                    text.append(' ');
                }
                text.append(rng.pick(fillers));
            }
            paragraphs.add(new Paragraph(ParagraphIds.of(p + 1), text.toString()));
        }
        return paragraphs;
    }

    private static void sentence(DomainPack pack, Unit u, Xoshiro256 rng, boolean atStart, StringBuilder out) {
        int start = out.length();
        switch (u.kind()) {
            case STATEMENT -> {
                Template phrasing = phrasing(u, rng);
                phrasing.renderTo(out, name -> statementValue(name, u));
                if (atStart) {
                    setCase(out, start, true);
                } else if (!phrasing.startsWithPlaceholder()) {
                    setCase(out, start, false);
                }
            }
            case WRAPPED -> {
                Template phrasing = phrasing(u, rng);
                StringBuilder inner = new StringBuilder(96);
                phrasing.renderTo(inner, name -> statementValue(name, u));
                if (inner.length() > 0 && inner.charAt(inner.length() - 1) == '.') {
                    inner.setLength(inner.length() - 1);
                }
                Template cue = LayoutPlanner.templates(pack, u.cue()).get(u.cueTemplate());
                if (cue.startsWithPlaceholder()) {
                    setCase(inner, 0, true);
                } else if (!phrasing.startsWithPlaceholder()) {
                    setCase(inner, 0, false);
                }
                String placed = inner.toString();
                cue.renderTo(out, name -> switch (name) {
                    case "statement" -> placed;
                    case "previousValue" -> u.previousValue() == null ? "" : u.previousValue();
                    default -> "";
                });
                if (atStart) {
                    setCase(out, start, true);
                }
            }
            case HYPOTHETICAL -> {
                CueWords.hypothetical(pack, u, out);
                if (atStart) {
                    setCase(out, start, true);
                }
            }
            case INTRO -> {
                Template t = rng.pick(u.subject().kind().aliases().get(u.alias().kind()).introductions());
                t.renderTo(out, name -> name.equals("name") ? u.subjectName() : u.valueText());
                if (atStart) {
                    setCase(out, start, true);
                } else if (!t.startsWithPlaceholder()) {
                    setCase(out, start, false);
                }
            }
            default -> throw new IllegalStateException(u.kind().name());
        }
    }

    private static String statementValue(String name, Unit u) {
        return switch (name) {
            case "entity", "from" -> u.subjectName();
            case "value", "to" -> u.valueText();
            default -> "";
        };
    }

    /** Upper- or lower-cases the letter at {@code at} in place (Unicode case mapping, locale-independent). */
    private static void setCase(StringBuilder text, int at, boolean upper) {
        if (at >= text.length()) {
            return;
        }
        int cp = text.codePointAt(at);
        int mapped = upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp);
        if (mapped == cp) {
            return;
        }
        if (Character.charCount(cp) == 1 && Character.charCount(mapped) == 1) {
            text.setCharAt(at, (char) mapped);
        } else {
            text.replace(at, at + Character.charCount(cp), new String(Character.toChars(mapped)));
        }
    }

    private static Template phrasing(Unit u, Xoshiro256 rng) {
        return u.fact().attribute() != null ? rng.pick(u.fact().attribute().phrasings()) : rng.pick(u.fact().relation().phrasings());
    }
}
