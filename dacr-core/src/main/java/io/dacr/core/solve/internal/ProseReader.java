package io.dacr.core.solve.internal;

import io.dacr.core.solve.internal.PackGrammar.Cue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shortcut solvers' generic key/value reading applied to documents written without a domain pack
 * (DACR-Bench's free prose), for single-value numeric lookups only. There are no templates, alias
 * introductions or value vocabularies to read with, so every solver reads alike: the question gives
 * the <em>names</em> (its capitalised or mixed-case tokens: "HSSE", "GaN", "ODE") and the
 * <em>attribute words</em> (its other content words, each weighted by how few of the document's
 * sentences use it); a sentence states the asked value when it holds a name (if the question has one
 * the document uses) and at least half the attribute words' weight; the value is the number nearest
 * to the name (else to the attribute words), numbers the question itself gives excluded. A question
 * asks for a number when it says "how many" or "how much" or names a measure ("rate", "ratio",
 * "density", …) and does not begin with which, who, where or when. Which of
 * several statements is believed is the solver's own {@link Selection} rule; the authority cue of a
 * sentence is read from a fixed English lexicon generalising the shipped packs' cue classes (final,
 * correction, preliminary, hearsay, hypothetical), except by the key/value solver, which reads no cues.
 *
 * <p>Questions that ask for anything but a number, or that need more than one lookup (comparisons,
 * computations, filters, synthesis), cannot be answered by this reading without a pack's grammar and
 * get no answer. Stateless and thread-safe.
 */
public final class ProseReader {

    /** The categories this reading answers: one looked-up value each. */
    public static final Set<String> LOOKUP_CATEGORIES = Set.of("direct_extraction", "trap_targeted");

    private static final Pattern QUANTITY_QUESTION = Pattern.compile(
            "\\bhow (?:many|much)\\b|\\b(?:number|count|value|rate|ratio|error|correlation|resolution|size|density"
                    + "|angle|temperature|fraction|percentage|share|mean|total|length|wavelength|distance|width"
                    + "|energy|frequency|dimension|proportion|coefficient)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Questions asking for a name, a place or a time, whatever measure words they hold. */
    private static final Pattern NOT_A_QUANTITY = Pattern.compile("^\\W*(?:which|who|whom|where|when)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.\\[])[-\u2212]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?%?(?![\\w\\]])"
                    + "|(?<![\\w.\\[])[-\u2212]?\\d+(?:\\.\\d+)?%?(?![\\w\\]])"
                    + "|(?i)(?<![\\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\\w-])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}*'-]*");
    private static final Set<String> STOP = Set.of("the", "and", "for", "its", "with", "was", "were", "from", "that",
            "this", "has", "had", "are", "which", "over", "into", "per", "been", "have", "all", "what", "how", "many",
            "much", "does", "did", "is", "in", "of", "on", "to", "by", "as", "at", "an", "or", "be", "it", "their",
            "they", "paper", "study", "document", "according", "reported", "report", "used", "use", "using", "listed",
            "described", "given", "total", "number", "value", "these", "those", "there", "who", "when", "where",
            "whose", "work", "authors", "author", "main", "core", "actually", "correct", "final", "passage",
            "mentions", "suggests", "figure");
    private static final List<String> WORD_NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final Map<Cue, Pattern> CUES = cues();

    private final Selection selection;
    private final boolean readsCues;

    private ProseReader(Selection selection, boolean readsCues) {
        this.selection = selection;
        this.readsCues = readsCues;
    }

    /**
     * @param solverName a shortcut solver's name ({@code first-mention}, {@code last-mention},
     *     {@code majority}, {@code canonical-only} or {@code regex-kv})
     * @return the reader with that solver's rule for which statement to believe, or empty for another name
     */
    public static Optional<ProseReader> forSolver(String solverName) {
        return Optional.ofNullable(switch (solverName) {
            case "first-mention" -> new ProseReader(Selection.FIRST, true);
            case "last-mention" -> new ProseReader(Selection.LAST, true);
            case "majority" -> new ProseReader(Selection.MAJORITY, true);
            case "canonical-only" -> new ProseReader(Selection.AUTHORITATIVE, true);
            case "regex-kv" -> new ProseReader(Selection.LAST_WRITE, false);
            case "cue-reader" -> new ProseReader(Selection.AUTHORITATIVE, true);
            default -> null;
        });
    }

    /**
     * An answer and where it was read.
     *
     * @param text the value as written
     * @param paragraph the paragraph's index, from 0
     * @param sentence the sentence it was read from
     */
    public record ProseAnswer(String text, int paragraph, String sentence) {
    }

    /**
     * A document split into sentences once, for all its questions.
     *
     * @param sentences the sentences of each paragraph
     * @param words each sentence's lower-case, singular words, in the same order, flattened
     */
    public record Document(List<List<String>> sentences, List<Set<String>> words) {

        /**
         * @param paragraphs the document's paragraphs
         * @return the document, read
         */
        public static Document of(List<String> paragraphs) {
            List<List<String>> sentences = new ArrayList<>();
            List<Set<String>> words = new ArrayList<>();
            for (String p : paragraphs) {
                List<String> ss = Sentences.of(p);
                sentences.add(ss);
                for (String s : ss) {
                    Set<String> ws = new java.util.HashSet<>();
                    for (String w : ProseReader.words(s)) {
                        ws.add(stem(w.toLowerCase(Locale.ROOT)));
                    }
                    words.add(ws);
                }
            }
            return new Document(List.copyOf(sentences), List.copyOf(words));
        }
    }

    /**
     * @param document the document
     * @param question the question's text
     * @param category the question's category (DACR-Bench's wire name)
     * @return the answer, or empty when the reading does not apply or finds no statement
     */
    public Optional<ProseAnswer> answer(Document document, String question, String category) {
        if (!LOOKUP_CATEGORIES.contains(category) || !QUANTITY_QUESTION.matcher(question).find()
                || NOT_A_QUANTITY.matcher(question).find()) {
            return Optional.empty();
        }
        List<List<String>> sentences = document.sentences();
        Set<String> given = new LinkedHashSet<>();
        Matcher qn = NUMBER.matcher(question);
        while (qn.find()) {
            given.add(canonicalNumber(qn.group()));
        }
        List<String> names = new ArrayList<>();
        List<String> attributeWords = new ArrayList<>();
        boolean first = true;
        for (String w : words(question)) {
            if (!first && isName(w)) {
                if (!names.contains(w)) {
                    names.add(w);
                }
            } else {
                String s = stem(w.toLowerCase(Locale.ROOT));
                if (s.length() >= 3 && !STOP.contains(s) && !STOP.contains(w.toLowerCase(Locale.ROOT))
                        && !attributeWords.contains(s)) {
                    attributeWords.add(s);
                }
            }
            first = false;
        }
        names.removeIf(n -> !used(sentences, n));
        List<Pattern> namePatterns = new ArrayList<>();
        for (String n : names) {
            namePatterns.add(namePattern(n));
        }
        Map<String, Double> weights = weights(document.words(), attributeWords);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            return Optional.empty();
        }
        List<Mention> mentions = new ArrayList<>();
        List<String> sentenceOf = new ArrayList<>();
        for (int p = 0; p < sentences.size(); p++) {
            for (String s : sentences.get(p)) {
                String value = statement(s, namePatterns, attributeWords, weights, total, given);
                if (value != null) {
                    mentions.add(new Mention(p, mentions.size(), null, "", value, readsCues ? cue(s) : Cue.PLAIN));
                    sentenceOf.add(s);
                }
            }
        }
        Mention chosen = selection.choose(mentions,
                (a, b) -> canonicalNumber(a.valueText()).equals(canonicalNumber(b.valueText())));
        return chosen == null ? Optional.empty()
                : Optional.of(new ProseAnswer(chosen.valueText(), chosen.paragraph(), sentenceOf.get(chosen.order())));
    }

    private static String statement(String s, List<Pattern> names, List<String> attributeWords,
                                    Map<String, Double> weights, double total, Set<String> given) {
        List<int[]> anchors = new ArrayList<>();
        for (Pattern n : names) {
            Matcher m = n.matcher(s);
            while (m.find()) {
                anchors.add(new int[] {m.start(), m.end()});
            }
        }
        if (!names.isEmpty() && anchors.isEmpty()) {
            return null;
        }
        double score = 0;
        List<int[]> wordSpans = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        Matcher wm = WORD.matcher(s);
        while (wm.find()) {
            String w = stem(wm.group().toLowerCase(Locale.ROOT));
            if (attributeWords.contains(w)) {
                wordSpans.add(new int[] {wm.start(), wm.end()});
                if (seen.add(w)) {
                    score += weights.get(w);
                }
            }
        }
        if (score < total / 2) {
            return null;
        }
        if (anchors.isEmpty()) {
            anchors = wordSpans;
        }
        String best = null;
        int distance = Integer.MAX_VALUE;
        Matcher vm = NUMBER.matcher(s);
        while (vm.find()) {
            if (given.contains(canonicalNumber(vm.group()))) {
                continue;
            }
            for (int[] a : anchors) {
                int d = vm.start() >= a[1] ? vm.start() - a[1] : (a[0] >= vm.end() ? a[0] - vm.end() : 0);
                if (d < distance) {
                    distance = d;
                    best = vm.group();
                }
            }
        }
        return best;
    }

    private static Map<String, Double> weights(List<Set<String>> sentenceWords, List<String> attributeWords) {
        Map<String, Integer> df = new HashMap<>();
        int n = sentenceWords.size();
        for (Set<String> ws : sentenceWords) {
            for (String a : attributeWords) {
                if (ws.contains(a)) {
                    df.merge(a, 1, Integer::sum);
                }
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (String a : attributeWords) {
            int d = df.getOrDefault(a, 0);
            out.put(a, d == 0 ? 0.0 : Math.log((double) (n + 1) / d));
        }
        return out;
    }

    private static boolean used(List<List<String>> sentences, String name) {
        Pattern p = namePattern(name);
        for (List<String> paragraph : sentences) {
            for (String s : paragraph) {
                if (p.matcher(s).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Pattern namePattern(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }

    /** A name: a token with an upper-case letter after its first character, or a capitalised token with a digit. */
    private static boolean isName(String w) {
        boolean upperInside = false;
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            upperInside |= i > 0 && Character.isUpperCase(c);
            digit |= Character.isDigit(c);
        }
        return upperInside || (Character.isUpperCase(w.charAt(0)) && (digit || w.length() > 1));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String stem(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /** A number's value as plain text: "1,200" and "1200" agree, "twelve" is "12". */
    static String canonicalNumber(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2212', '-').replace(",", "").replace("%", "");
        int word = WORD_NUMBERS.indexOf(t);
        if (word >= 0) {
            return Integer.toString(word);
        }
        try {
            return new BigDecimal(t).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return t;
        }
    }

    private static Map<Cue, Pattern> cues() {
        Map<Cue, Pattern> m = new java.util.EnumMap<>(Cue.class);
        m.put(Cue.HYPOTHETICAL, Pattern.compile("\\bwould have\\b|\\bhad the\\b|\\bhypothetical", Pattern.CASE_INSENSITIVE));
        m.put(Cue.HEARSAY, Pattern.compile("\\brumou?r|\\bunverified\\b|\\bgossip\\b|\\bclaimed\\b|\\bforum\\b",
                Pattern.CASE_INSENSITIVE));
        m.put(Cue.PRELIMINARY, Pattern.compile("\\bpreliminar|\\bearly\\b|\\binterim\\b|\\bestimated?\\b|\\bunaudited\\b"
                + "|\\bpreprint\\b|\\bsubject to (?:revision|adjustment)\\b|\\bpending\\b", Pattern.CASE_INSENSITIVE));
        m.put(Cue.CORRECTION, Pattern.compile("\\berratum\\b|\\bcorrect(?:ed|ion|ing)\\b|\\brevised\\b|\\bamended\\b"
                + "|\\brestate", Pattern.CASE_INSENSITIVE));
        m.put(Cue.FINAL, Pattern.compile("\\bfinal\\b|\\bconfirm|\\baudited\\b|\\bpeer-reviewed\\b",
                Pattern.CASE_INSENSITIVE));
        return m;
    }

    /** The sentence's cue: the first class, in the order hypothetical, hearsay, preliminary, correction, final, that matches. */
    private static Cue cue(String sentence) {
        for (Cue c : List.of(Cue.HYPOTHETICAL, Cue.HEARSAY, Cue.PRELIMINARY, Cue.CORRECTION, Cue.FINAL)) {
            if (CUES.get(c).matcher(sentence).find()) {
                return c;
            }
        }
        return Cue.PLAIN;
    }
}
