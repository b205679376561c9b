package io.dacr.core.solve.internal;

import io.dacr.api.Challenge;
import io.dacr.api.Paragraph;
import io.dacr.core.solve.internal.PackGrammar.Attribute;
import io.dacr.core.solve.internal.PackGrammar.Cue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a document sentence by sentence against the pack's templates: fillers, connectives, alias
 * introductions, authority-cue wrappers, hypotheticals and attribute or relation phrasings. It keeps
 * every reading, with its cue; trusting or discarding cues is left to the solver.
 */
final class TemplateReader {

    private static final List<Cue> WRAPPERS = List.of(Cue.FINAL, Cue.CORRECTION, Cue.PRELIMINARY, Cue.HEARSAY);

    private final PackGrammar grammar;
    private List<String> unread;
    private java.util.Set<String> knownNames = java.util.Set.of();

    TemplateReader(PackGrammar grammar) {
        this.grammar = grammar;
    }

    /**
     * @param challenge the challenge
     * @return every value statement and alias introduction found
     */
    DocumentReading read(Challenge challenge) {
        knownNames = fullNames(challenge);
        List<Mention> mentions = new ArrayList<>();
        List<Introduction> intros = new ArrayList<>();
        int sentences = 0;
        int understood = 0;
        List<Paragraph> paragraphs = challenge.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String sentence : Sentences.of(paragraphs.get(p).text())) {
                sentences++;
                if (readSentence(sentence, p, mentions, intros)) {
                    understood++;
                } else if (unread != null) {
                    unread.add(sentence);
                }
            }
        }
        return new DocumentReading(mentions, intros, sentences, understood);
    }

    /**
     * @param challenge a challenge
     * @return the sentences this reader cannot read (for tests of the reader's coverage)
     */
    List<String> unread(Challenge challenge) {
        unread = new ArrayList<>();
        read(challenge);
        List<String> out = unread;
        unread = null;
        return out;
    }

    private boolean readSentence(String sentence, int paragraph, List<Mention> mentions, List<Introduction> intros) {
        if (grammar.fillers().contains(sentence)) {
            return true;
        }
        String s = sentence;
        for (String c : grammar.connectives()) {
            if (s.startsWith(c + " ")) {
                s = s.substring(c.length() + 1);
                break;
            }
        }
        String lower = s.toLowerCase(Locale.ROOT);
        Statement best = statement(s, lower, Cue.PLAIN);
        int bestLength = best == null ? -1 : best.literal;
        Introduction intro = null;
        for (TemplatePattern t : grammar.introductions()) {
            if (t.literalLength() <= bestLength) {
                continue;
            }
            String[] m = t.match(s, lower);
            if (m != null) {
                intro = t.adjacent() ? split(m[t.indexOf("name")] + " " + m[t.indexOf("alias")], t.indexOf("name") == 0)
                        : new Introduction(m[t.indexOf("name")], m[t.indexOf("alias")]);
                bestLength = t.literalLength();
                best = null;
            }
        }
        for (Cue cue : WRAPPERS) {
            for (TemplatePattern t : grammar.cues(cue)) {
                String[] m = t.match(s, lower);
                if (m == null) {
                    continue;
                }
                String inner = m[t.indexOf("statement")] + ".";
                Statement st = statement(inner, inner.toLowerCase(Locale.ROOT), cue);
                if (st != null) {
                    int length = t.literalLength() + st.literal;
                    if (length > bestLength) {
                        best = st;
                        bestLength = length;
                        intro = null;
                    }
                }
            }
        }
        for (TemplatePattern t : grammar.cues(Cue.HYPOTHETICAL)) {
            String[] m = t.match(s, lower);
            if (m == null || t.literalLength() <= bestLength) {
                continue;
            }
            for (Attribute a : grammar.byLabel(m[t.indexOf("attribute")])) {
                String value = m[t.indexOf("value")];
                if (plausible(a, value)) {
                    best = new Statement(a, m[t.indexOf("entity")], value, Cue.HYPOTHETICAL, t.literalLength());
                    bestLength = t.literalLength();
                    intro = null;
                    break;
                }
            }
        }
        if (intro != null) {
            intros.add(intro);
            return true;
        }
        if (best != null) {
            mentions.add(new Mention(paragraph, mentions.size(), best.attribute, best.subject, best.value, best.cue));
            return true;
        }
        return false;
    }

    /**
     * The full names introductions give unambiguously (name and alias apart), and every name the
     * questions ask about: what an introduction like "call {name} {alias}." is split by.
     */
    private java.util.Set<String> fullNames(Challenge challenge) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Paragraph p : challenge.paragraphs()) {
            for (String sentence : Sentences.of(p.text())) {
                String lower = sentence.toLowerCase(Locale.ROOT);
                for (TemplatePattern t : grammar.introductions()) {
                    if (!t.adjacent()) {
                        String[] m = t.match(sentence, lower);
                        if (m != null) {
                            out.add(NameBook.key(m[t.indexOf("name")]));
                        }
                    }
                }
            }
        }
        for (io.dacr.api.Question q : challenge.questions()) {
            for (String part : q.text().split(", | and | of |\\?")) {
                out.add(NameBook.key(part));
            }
        }
        return out;
    }

    /**
     * Splits "NAME ALIAS" (or "ALIAS NAME") at the space that leaves a known full name, else at the
     * first space before a lower-case word (descriptive aliases start with "the", "claim", "policy").
     */
    private Introduction split(String both, boolean nameFirst) {
        List<Integer> spaces = new ArrayList<>();
        for (int i = both.indexOf(' '); i >= 0; i = both.indexOf(' ', i + 1)) {
            spaces.add(i);
        }
        for (int at : spaces) {
            String name = nameFirst ? both.substring(0, at) : both.substring(at + 1);
            if (knownNames.contains(NameBook.key(name))) {
                return nameFirst ? new Introduction(name, both.substring(at + 1)) : new Introduction(name, both.substring(0, at));
            }
        }
        for (int at : spaces) {
            if (at + 1 < both.length() && Character.isLowerCase(both.charAt(at + 1))) {
                return nameFirst ? new Introduction(both.substring(0, at), both.substring(at + 1))
                        : new Introduction(both.substring(at + 1), both.substring(0, at));
            }
        }
        int at = spaces.get(0);
        return nameFirst ? new Introduction(both.substring(0, at), both.substring(at + 1))
                : new Introduction(both.substring(at + 1), both.substring(0, at));
    }

    /** The most specific phrasing that reads {@code s} with a plausible value, or null. */
    private Statement statement(String s, String lower, Cue cue) {
        Statement best = null;
        for (Attribute a : grammar.attributes()) {
            boolean relation = a.type() == PackGrammar.ValueType.RELATION;
            for (TemplatePattern t : a.phrasings()) {
                if (best != null && t.literalLength() <= best.literal) {
                    continue;
                }
                String[] m = t.match(s, lower);
                if (m == null) {
                    continue;
                }
                String subject = m[t.indexOf(relation ? "from" : "entity")];
                String value = m[t.indexOf(relation ? "to" : "value")];
                if (!plausible(a, value)) {
                    m = t.matchGreedy(s, lower);
                    subject = m == null ? null : m[t.indexOf(relation ? "from" : "entity")];
                    value = m == null ? null : m[t.indexOf(relation ? "to" : "value")];
                }
                if (value != null && plausible(a, value)) {
                    best = new Statement(a, subject, value, cue, t.literalLength());
                }
            }
        }
        return best;
    }

    /** Whether a value text can be a value of the attribute (its type, vocabulary, places, people). */
    boolean plausible(Attribute a, String value) {
        return switch (a.type()) {
            case NUMBER -> a.number(value) != null;
            case CATEGORICAL -> a.vocabulary().isEmpty() || containsIgnoreCase(a.vocabulary(), value);
            case PLACE -> grammar.places().contains(value);
            case PERSON -> person(value);
            default -> true;
        };
    }

    private boolean person(String value) {
        int space = value.indexOf(' ');
        return space > 0 && grammar.givenNames().contains(value.substring(0, space))
                && grammar.familyNames().contains(value.substring(space + 1));
    }

    private static boolean containsIgnoreCase(List<String> words, String value) {
        for (String w : words) {
            if (w.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private record Statement(Attribute attribute, String subject, String value, Cue cue, int literal) {
    }
}
