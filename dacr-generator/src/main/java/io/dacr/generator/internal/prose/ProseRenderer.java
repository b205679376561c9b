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
        StringBuilder text = new StringBuilder(1024);
        // The statement inside a cue, rendered before the cue around it.
        StringBuilder inner = new StringBuilder(256);
        for (int p = 0; p < layout.paragraphCount(); p++) {
            text.setLength(0);
            int sentences = 0;
            if (!fillers.isEmpty() && rng.chance(1, 4)) {
                text.append(rng.pick(fillers));
                sentences++;
            }
            while (next < units.size() && units.get(next).paragraph() == p) {
                Unit u = units.get(next);
                if (sentences > 0) {
                    text.append(' ');
                }
                boolean connective = sentences > 0 && u.kind() == Unit.Kind.STATEMENT && rng.chance(1, 4);
                if (connective) {
                    text.append(rng.pick(pack.lexicon().connectives())).append(' ');
                }
                sentence(pack, u, rng, !connective, text, inner);
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

    private static void sentence(DomainPack pack, Unit u, Xoshiro256 rng, boolean atStart, StringBuilder out,
                                 StringBuilder inner) {
        int start = out.length();
        switch (u.kind()) {
            case STATEMENT -> {
                Template phrasing = phrasing(u, rng);
                statement(phrasing, u, out);
                if (atStart) {
                    setCase(out, start, true);
                } else if (!phrasing.startsWithPlaceholder()) {
                    setCase(out, start, false);
                }
            }
            case WRAPPED -> {
                Template phrasing = phrasing(u, rng);
                inner.setLength(0);
                statement(phrasing, u, inner);
                if (inner.length() > 0 && inner.charAt(inner.length() - 1) == '.') {
                    inner.setLength(inner.length() - 1);
                }
                Template cue = LayoutPlanner.templates(pack, u.cue()).get(u.cueTemplate());
                if (cue.startsWithPlaceholder()) {
                    setCase(inner, 0, true);
                } else if (!phrasing.startsWithPlaceholder()) {
                    setCase(inner, 0, false);
                }
                for (int i = 0, n = cue.size(); i < n; i++) {
                    if (!cue.isPlaceholder(i)) {
                        out.append(cue.part(i));
                    } else if (is(cue.part(i), "statement")) {
                        out.append(inner);
                    } else if (is(cue.part(i), "previousValue") && u.previousValue() != null) {
                        out.append(u.previousValue());
                    }
                }
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
                for (int i = 0, n = t.size(); i < n; i++) {
                    if (!t.isPlaceholder(i)) {
                        out.append(t.part(i));
                    } else {
                        out.append(is(t.part(i), "name") ? u.subjectName() : u.valueText());
                    }
                }
                if (atStart) {
                    setCase(out, start, true);
                } else if (!t.startsWithPlaceholder()) {
                    setCase(out, start, false);
                }
            }
            default -> throw new IllegalStateException(u.kind().name());
        }
    }

    /** Appends a statement's phrasing: {entity}/{from} is the subject's name, {value}/{to} the value, others nothing. */
    private static void statement(Template phrasing, Unit u, StringBuilder out) {
        for (int i = 0, n = phrasing.size(); i < n; i++) {
            String part = phrasing.part(i);
            if (!phrasing.isPlaceholder(i)) {
                out.append(part);
            } else if (is(part, "entity") || is(part, "from")) {
                out.append(u.subjectName());
            } else if (is(part, "value") || is(part, "to")) {
                out.append(u.valueText());
            }
        }
    }

    /** Placeholder names are interned when parsed, so identity decides at once; equals is the fallback. */
    private static boolean is(String name, String literal) {
        return name == literal || name.equals(literal);
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
