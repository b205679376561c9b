package io.dacr.core.solve.internal;

import io.dacr.api.Challenge;
import io.dacr.api.Paragraph;
import io.dacr.core.solve.internal.PackGrammar.Attribute;
import io.dacr.core.solve.internal.PackGrammar.Cue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regex key/value reader: no sentence grammar, only patterns. In each sentence it finds the known
 * names (full names from alias introductions and questions, and the aliases those introductions
 * give), scores every attribute by the attribute words present (each word weighted by how few
 * attributes use it), and takes the nearest value of the best-scoring attribute's type (a number in
 * one of its surface forms, a vocabulary word, a place, a person, another name) next to the nearest
 * name: "&lt;name&gt; … &lt;attribute words&gt; … &lt;value&gt;" into a table. Cues and moods are not read.
 *
 * <p>Three rules keep it from misfiling what it can read: words inside a found name are not attribute
 * words ("Quantum" in "Fitzwarren Quantum Information Group" says nothing about the sentence's
 * attribute); a value is not taken from inside a name (the place in "the Kelmara group"); and a
 * number in a form that writes its unit in words ("24 scientists", "$15.7 million") adds one to the
 * score of an attribute whose form it is and whose words the sentence has, as the attribute's label
 * does.
 */
final class KeyValueReader {

    private static final Set<String> STOP = Set.of("the", "and", "for", "its", "with", "was", "were", "from", "that",
            "this", "has", "had", "are", "which", "over", "into", "per", "been", "have", "all");

    private final PackGrammar grammar;
    private final Map<String, Double> weights = new HashMap<>();
    private final Pattern person;
    private final Pattern places;
    private final Map<String, Pattern> vocabularies = new HashMap<>();
    /** The number attributes with a form that writes its unit in words, the only ones a unit can score. */
    private final Set<Attribute> wordedUnits = new java.util.HashSet<>();

    KeyValueReader(PackGrammar grammar) {
        this.grammar = grammar;
        Map<String, Integer> df = new HashMap<>();
        for (Attribute a : grammar.attributes()) {
            for (String w : a.keywords()) {
                df.merge(w, 1, Integer::sum);
            }
        }
        int n = grammar.attributes().size();
        df.forEach((w, d) -> weights.put(w, STOP.contains(w) ? 0.0 : Math.log((double) (n + 1) / d)));
        this.person = Pattern.compile("\\b(?:" + alternation(grammar.givenNames()) + ") (?:"
                + alternation(grammar.familyNames()) + ")\\b");
        this.places = words(new ArrayList<>(grammar.places()));
        for (Attribute a : grammar.attributes()) {
            if (a.forms().stream().anyMatch(NumberForm::worded)) {
                wordedUnits.add(a);
            }
            if (!a.vocabulary().isEmpty()) {
                vocabularies.put(a.kind() + "/" + a.id(), words(a.vocabulary()));
            }
        }
    }

    private static Pattern words(List<String> words) {
        return words.isEmpty() ? null
                : Pattern.compile("(?<![\\w-])(?:" + alternation(words) + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
    }

    /** A found span of text. */
    private record Span(int start, int end, String text) {
        int distance(Span o) {
            return o.start >= end ? o.start - end : (start >= o.end ? start - o.end : 0);
        }
    }

    /**
     * @param challenge the challenge
     * @param names the names the reader knows (filled from alias introductions here)
     * @return the table's raw entries, in document order
     */
    DocumentReading read(Challenge challenge, NameBook names) {
        List<Paragraph> paragraphs = challenge.paragraphs();
        List<List<String>> sentences = new ArrayList<>();
        // Aliases are learned from their introductions, read as the template reader reads them.
        List<Introduction> intros = grammar.reading(challenge).introductions();
        for (Introduction i : intros) {
            names.addAlias(i.name(), i.alias());
        }
        for (Paragraph p : paragraphs) {
            sentences.add(Sentences.of(p.text()));
        }
        List<String> known = new ArrayList<>(names.fullNames());
        known.addAll(aliasesOf(intros));
        known.sort((x, y) -> Integer.compare(y.length(), x.length()));
        Pattern namePattern = known.isEmpty() ? null
                : Pattern.compile("(?<![\\w-])(?:" + alternation(known) + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
        List<Mention> mentions = new ArrayList<>();
        int total = 0;
        int understood = 0;
        for (int p = 0; p < sentences.size(); p++) {
            for (String s : sentences.get(p)) {
                total++;
                Mention m = namePattern == null ? null : entry(s, p, mentions.size(), namePattern);
                if (m != null) {
                    mentions.add(m);
                    understood++;
                }
            }
        }
        return new DocumentReading(mentions, intros, total, understood);
    }

    private static List<String> aliasesOf(List<Introduction> intros) {
        List<String> out = new ArrayList<>();
        for (Introduction i : intros) {
            out.add(i.alias());
        }
        return out;
    }

    private Mention entry(String s, int paragraph, int order, Pattern namePattern) {
        List<Span> names = new ArrayList<>();
        Matcher nm = namePattern.matcher(s);
        while (nm.find()) {
            names.add(new Span(nm.start(), nm.end(), nm.group()));
        }
        if (names.isEmpty()) {
            return null;
        }
        String lower = withoutNames(s, names).toLowerCase(Locale.ROOT);
        java.util.Set<String> words = new java.util.HashSet<>(List.of(lower.split("[^\\p{L}\\p{N}]+")));
        Attribute best = null;
        double bestScore = 0;
        List<Span> bestValues = null;
        for (Attribute a : grammar.attributes()) {
            double score = 0;
            for (String w : a.keywords()) {
                if (words.contains(w)) {
                    score += weights.getOrDefault(w, 0.0);
                }
            }
            if (lower.contains(a.label().toLowerCase(Locale.ROOT))) {
                score += 1;
            }
            // The unit bonus only adds to words: a sentence with none of an attribute's words is not
            // filed under it for its unit alone.
            boolean mayGainUnit = score > 0 && wordedUnits.contains(a);
            if (score + (mayGainUnit ? 1 : 0) <= bestScore) {
                continue;
            }
            boolean[] worded = new boolean[1];
            List<Span> values = values(a, s, names, worded);
            if (mayGainUnit && worded[0]) {
                score += 1;
            }
            if (!values.isEmpty() && score > bestScore) {
                best = a;
                bestScore = score;
                bestValues = values;
            }
        }
        if (best == null) {
            return null;
        }
        Span subject = null;
        Span value = null;
        int distance = Integer.MAX_VALUE;
        for (Span n : names) {
            for (Span v : bestValues) {
                if (v.start == n.start) {
                    continue;
                }
                int d = n.distance(v);
                if (d < distance) {
                    subject = n;
                    value = v;
                    distance = d;
                }
            }
        }
        if (subject == null) {
            return null;
        }
        return new Mention(paragraph, order, best, subject.text, value.text, Cue.PLAIN);
    }

    /** The sentence with every found name blanked out, offsets kept. */
    private static String withoutNames(String s, List<Span> names) {
        char[] out = s.toCharArray();
        for (Span n : names) {
            java.util.Arrays.fill(out, n.start, n.end, ' ');
        }
        return new String(out);
    }

    /**
     * @param worded set to true when a number was found in a form that writes its unit
     */
    private List<Span> values(Attribute a, String s, List<Span> names, boolean[] worded) {
        List<Span> out = new ArrayList<>();
        switch (a.type()) {
            case NUMBER -> {
                for (NumberForm f : a.forms()) {
                    Matcher m = f.matcher(s);
                    while (m.find()) {
                        Span v = new Span(m.start(), m.end(), m.group());
                        if (f.value(m) != null && !insideAName(v, names)) {
                            out.add(v);
                            worded[0] |= f.worded();
                        }
                    }
                }
            }
            case CATEGORICAL -> find(vocabularies.get(a.kind() + "/" + a.id()), s, out);
            case PLACE -> find(places, s, out);
            case PERSON -> {
                Matcher m = person.matcher(s);
                while (m.find()) {
                    out.add(new Span(m.start(), m.end(), m.group()));
                }
            }
            default -> {
                if (names.size() >= 2) {
                    out.addAll(names);
                }
                return out;
            }
        }
        out.removeIf(v -> insideAName(v, names));
        return out;
    }

    private static boolean insideAName(Span v, List<Span> names) {
        for (Span n : names) {
            if (v.start >= n.start && v.end <= n.end) {
                return true;
            }
        }
        return false;
    }

    private static void find(Pattern words, String s, List<Span> out) {
        if (words == null) {
            return;
        }
        Matcher m = words.matcher(s);
        while (m.find()) {
            out.add(new Span(m.start(), m.end(), m.group()));
        }
    }

    private static String alternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((x, y) -> Integer.compare(y.length(), x.length()));
        StringBuilder out = new StringBuilder();
        for (String w : sorted) {
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(Pattern.quote(w));
        }
        return out.toString();
    }
}
