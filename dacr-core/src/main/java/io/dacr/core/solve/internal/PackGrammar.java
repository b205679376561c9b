package io.dacr.core.solve.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.DomainPackException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What a solver knows of a domain from its public pack: every template the prose is written from
 * (attribute and relation phrasings, authority cues, hypotheticals, alias introductions, fillers,
 * connectives), the surface forms of numbers, vocabularies, places and person names. A shortcut solver
 * reads the document through it; which of that reading it then trusts is what makes it a shortcut.
 * Immutable and thread-safe once built.
 */
public final class PackGrammar {

    /** The type of a readable attribute. */
    enum ValueType { NUMBER, CATEGORICAL, PLACE, PERSON, ENTITY_REF, RELATION, TEXT }

    /**
     * An attribute or a rendered relation.
     *
     * @param id the attribute (or relation) id, as facts name it
     * @param label the label questions use
     * @param kind the entity kind it belongs to
     * @param type its value type
     * @param forms the number forms, for numbers
     * @param phrasings the sentence templates stating it
     * @param vocabulary the categorical values
     * @param keywords the words of its phrasings and label, lower-case (for template-free readers)
     */
    record Attribute(String id, String label, String kind, ValueType type, List<NumberForm> forms,
                     List<TemplatePattern> phrasings, List<String> vocabulary, Set<String> keywords) {

        /**
         * Reads a value text (possibly restated in brackets) as a number of this attribute.
         *
         * @param text the value as written
         * @return the number, or null if no form reads it
         */
        BigDecimal number(String text) {
            BigDecimal best = null;
            int bestEnd = -1;
            for (NumberForm f : forms) {
                Matcher m = f.matcher(text);
                if (m.lookingAt() && m.end() > bestEnd) {
                    BigDecimal v = f.value(m);
                    if (v != null) {
                        best = v;
                        bestEnd = m.end();
                    }
                }
            }
            return best;
        }
    }

    /** The authority-cue classes of a pack's prose. */
    enum Cue { PLAIN, FINAL, CORRECTION, PRELIMINARY, HEARSAY, HYPOTHETICAL }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** One grammar per pack text: every solver of a pack shares it, and with it the readings below. */
    private static final com.github.benmanes.caffeine.cache.Cache<String, PackGrammar> GRAMMARS =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(64).build();

    /**
     * The template reading of recent challenges, by challenge identity (weak keys), so that the solvers
     * of one audit read each document once.
     */
    private final com.github.benmanes.caffeine.cache.Cache<io.dacr.api.Challenge, DocumentReading> readings =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().weakKeys().maximumSize(256).build();

    private final String domainId;
    private final List<Attribute> attributes;
    private final Map<String, List<Attribute>> byLabel;
    private final Map<String, String> kindNouns;
    private final Map<Cue, List<TemplatePattern>> cues;
    private final List<TemplatePattern> introductions;
    private final Set<String> fillers;
    private final List<String> connectives;
    private final Set<String> places;
    private final List<String> givenNames;
    private final List<String> familyNames;

    private PackGrammar(String domainId, List<Attribute> attributes, Map<String, String> kindNouns,
                        Map<Cue, List<TemplatePattern>> cues, List<TemplatePattern> introductions, Set<String> fillers,
                        List<String> connectives, Set<String> places, List<String> givenNames, List<String> familyNames) {
        this.domainId = domainId;
        this.attributes = attributes;
        Map<String, List<Attribute>> labels = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            labels.computeIfAbsent(a.label(), k -> new ArrayList<>()).add(a);
        }
        this.byLabel = labels;
        this.kindNouns = kindNouns;
        this.cues = cues;
        this.introductions = introductions;
        this.fillers = fillers;
        this.connectives = connectives;
        this.places = places;
        this.givenNames = givenNames;
        this.familyNames = familyNames;
    }

    /**
     * @param source where the pack comes from, for error messages
     * @param json the pack's JSON
     * @return the grammar
     * @throws DomainPackException if the JSON is not a readable pack
     */
    public static PackGrammar parse(String source, String json) {
        PackGrammar cached = GRAMMARS.getIfPresent(json);
        if (cached != null) {
            return cached;
        }
        PackGrammar grammar = read(source, json);
        GRAMMARS.put(json, grammar);
        return grammar;
    }

    private static PackGrammar read(String source, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DomainPackException(source, "$", "not JSON: " + e.getOriginalMessage());
        }
        try {
            return read(root);
        } catch (RuntimeException e) {
            throw new DomainPackException(source, "$", "cannot read the pack's templates: " + e);
        }
    }

    private static PackGrammar read(JsonNode root) {
        List<Attribute> attributes = new ArrayList<>();
        Map<String, String> nouns = new LinkedHashMap<>();
        List<TemplatePattern> intros = new ArrayList<>();
        for (JsonNode kind : root.path("entityKinds")) {
            String kindId = kind.path("id").asText();
            nouns.put(kindId, kind.path("noun").path("singular").asText());
            for (JsonNode alias : kind.path("aliases")) {
                for (JsonNode t : alias.path("introductions")) {
                    intros.add(TemplatePattern.compile(t.asText(), ""));
                }
            }
            for (JsonNode a : kind.path("attributes")) {
                attributes.add(attribute(a, kindId));
            }
        }
        for (JsonNode r : root.path("relations")) {
            if (!r.path("properties").isEmpty()) {
                continue;
            }
            List<TemplatePattern> phrasings = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (JsonNode t : r.path("phrasings")) {
                phrasings.add(TemplatePattern.compile(t.asText(), ""));
                texts.add(t.asText());
            }
            String label = r.path("label").asText();
            attributes.add(new Attribute(r.path("id").asText(), label, r.path("from").asText(), ValueType.RELATION,
                    List.of(), List.copyOf(phrasings), List.of(), keywords(label, texts)));
        }
        Map<Cue, List<TemplatePattern>> cues = new EnumMap<>(Cue.class);
        JsonNode c = root.path("authorityCues");
        cues.put(Cue.FINAL, templates(c.path("final")));
        cues.put(Cue.CORRECTION, templates(c.path("correction")));
        cues.put(Cue.PRELIMINARY, templates(c.path("preliminary")));
        cues.put(Cue.HEARSAY, templates(c.path("hearsay")));
        cues.put(Cue.HYPOTHETICAL, templates(c.path("hypothetical")));
        Set<String> fillers = new LinkedHashSet<>();
        for (JsonNode f : root.path("lexicon").path("fillerSentences")) {
            fillers.add(f.asText());
        }
        List<String> connectives = new ArrayList<>();
        for (JsonNode f : root.path("lexicon").path("connectives")) {
            connectives.add(f.asText());
        }
        // Longest first, so "Elsewhere in the sector," wins over a shorter connective it starts with.
        connectives.sort((x, y) -> Integer.compare(y.length(), x.length()));
        Set<String> places = new LinkedHashSet<>();
        for (JsonNode p : root.path("places")) {
            places.add(p.path("name").asText());
            for (JsonNode city : p.path("cities")) {
                places.add(city.asText());
            }
        }
        List<String> given = new ArrayList<>();
        root.path("people").path("givenNames").forEach(n -> given.add(n.asText()));
        List<String> family = new ArrayList<>();
        root.path("people").path("familyNames").forEach(n -> family.add(n.asText()));
        return new PackGrammar(root.path("id").asText(), List.copyOf(attributes), nouns, cues, List.copyOf(intros),
                Collections.unmodifiableSet(fillers), List.copyOf(connectives), Collections.unmodifiableSet(places),
                List.copyOf(given), List.copyOf(family));
    }

    private static Attribute attribute(JsonNode a, String kindId) {
        ValueType type = switch (a.path("type").asText()) {
            case "number" -> ValueType.NUMBER;
            case "categorical" -> ValueType.CATEGORICAL;
            case "place" -> ValueType.PLACE;
            case "person" -> ValueType.PERSON;
            case "entity_ref" -> ValueType.ENTITY_REF;
            default -> ValueType.TEXT;
        };
        List<NumberForm> forms = new ArrayList<>();
        for (JsonNode f : a.path("surfaceForms")) {
            forms.add(new NumberForm(f.path("pattern").asText(), new BigDecimal(f.path("scale").asText("1"))));
        }
        List<TemplatePattern> phrasings = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonNode t : a.path("phrasings")) {
            phrasings.add(TemplatePattern.compile(t.asText(), ""));
            texts.add(t.asText());
        }
        List<String> vocabulary = new ArrayList<>();
        a.path("vocabulary").forEach(v -> vocabulary.add(v.asText()));
        String label = a.path("label").asText();
        return new Attribute(a.path("id").asText(), label, kindId, type, List.copyOf(forms), List.copyOf(phrasings),
                List.copyOf(vocabulary), keywords(label, texts));
    }

    private static List<TemplatePattern> templates(JsonNode list) {
        List<TemplatePattern> out = new ArrayList<>();
        for (JsonNode t : list) {
            out.add(TemplatePattern.compile(t.asText(), ""));
        }
        return List.copyOf(out);
    }

    /** The words of a label and of phrasings without their placeholders, lower-case, three letters or more. */
    private static Set<String> keywords(String label, List<String> phrasings) {
        Set<String> out = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>(phrasings);
        texts.add(label);
        for (String t : texts) {
            for (String w : t.replaceAll("\\{[^}]*}", " ").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= 3) {
                    out.add(w);
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * @param challenge a challenge of this pack's domain
     * @return the template reading of its document, read once per challenge instance
     */
    DocumentReading reading(io.dacr.api.Challenge challenge) {
        return readings.get(challenge, c -> new TemplateReader(this).read(c));
    }

    /** @return the pack's domain id */
    public String domainId() {
        return domainId;
    }

    List<Attribute> attributes() {
        return attributes;
    }

    /**
     * @param label an attribute or relation label as questions write it
     * @return the attributes with that label (several kinds may share one), empty if none
     */
    List<Attribute> byLabel(String label) {
        return byLabel.getOrDefault(label, List.of());
    }

    /** @return every label, longest first (so a longer label wins where one starts another) */
    List<String> labelsLongestFirst() {
        List<String> out = new ArrayList<>(byLabel.keySet());
        out.sort((x, y) -> Integer.compare(y.length(), x.length()));
        return out;
    }

    Map<String, String> kindNouns() {
        return kindNouns;
    }

    List<TemplatePattern> cues(Cue cue) {
        return cues.get(cue);
    }

    List<TemplatePattern> introductions() {
        return introductions;
    }

    Set<String> fillers() {
        return fillers;
    }

    List<String> connectives() {
        return connectives;
    }

    Set<String> places() {
        return places;
    }

    List<String> givenNames() {
        return givenNames;
    }

    List<String> familyNames() {
        return familyNames;
    }
}
