package io.dacr.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.spi.DomainProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * House style of the shipped packs, beyond what the TCK demands of every pack: statements read as
 * varied prose rather than label lines, a sentence shape names one attribute only, and numbers can
 * always be written exactly and, for money, in several ways.
 */
class ShippedPackStyleTest {

    /** Sentence templates start with a placeholder or a capital and end with one full stop. */
    private static final Pattern SENTENCE = Pattern.compile("^(\\{[a-zA-Z]+\\}|\\p{Lu}).*[^.]\\.$");
    private static final Set<String> PLACEHOLDER_OPENINGS = Set.of("{entity}", "{value}", "{from}", "{to}");
    private static final int MIN_DISTINCT_OPENINGS = 3;
    private static final int MIN_MONEY_FORMS = 3;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9]+)\\}");

    /** Where prose that is not a name lives: templates, vocabularies, cues and the lexicon. */
    private static final List<String> PROSE_FIELDS = List.of("phrasings", "introductions", "surfaceForms", "vocabulary",
            "authorityCues", "lexicon", "noun", "label");

    static Stream<DomainProvider> shippedDomains() {
        return Stream.of(new CorporateFinanceDomain(), new InsuranceLawDomain(), new QuantumComputingDomain());
    }

    private static JsonNode pack(DomainProvider provider) {
        try {
            return new ObjectMapper().readTree(provider.packJson());
        } catch (JsonProcessingException e) {
            throw new AssertionError(provider.id() + " is not JSON", e);
        }
    }

    /** Visits every attribute and relation, the owners of phrasings, with a readable name. */
    private static void forEachPhrased(JsonNode pack, BiConsumer<String, JsonNode> visitor) {
        pack.path("entityKinds").forEach(kind -> kind.path("attributes").forEach(attribute ->
                visitor.accept(kind.path("id").asText() + "." + attribute.path("id").asText(), attribute)));
        pack.path("relations").forEach(relation -> visitor.accept(relation.path("id").asText(), relation));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @ParameterizedTest
    @MethodSource("shippedDomains")
    void everyPhrasingIsOneSentenceWithoutALabelColon(DomainProvider provider) {
        List<String> problems = new ArrayList<>();
        forEachPhrased(pack(provider), (owner, phrased) -> texts(phrased.path("phrasings")).forEach(phrasing -> {
            if (!SENTENCE.matcher(phrasing).matches() || phrasing.contains(":")) {
                problems.add(owner + ": '" + phrasing + "'");
            }
        }));

        assertEquals(List.of(), problems, "phrasings must be single sentences, never 'label: value' lines");
    }

    @ParameterizedTest
    @MethodSource("shippedDomains")
    void phrasingsOfEachAttributeOpenInSeveralWays(DomainProvider provider) {
        List<String> problems = new ArrayList<>();
        forEachPhrased(pack(provider), (owner, phrased) -> {
            Set<String> openings = new TreeSet<>();
            boolean somePhrasingOpensWithWords = false;
            for (String phrasing : texts(phrased.path("phrasings"))) {
                String opening = phrasing.split(" ", 2)[0].replaceAll("[^\\p{L}\\p{N}{}]", "");
                openings.add(opening);
                somePhrasingOpensWithWords |= !PLACEHOLDER_OPENINGS.contains(opening);
            }
            if (openings.size() < MIN_DISTINCT_OPENINGS || !somePhrasingOpensWithWords) {
                problems.add(owner + " opens only with " + openings);
            }
        });

        assertEquals(List.of(), problems, "each attribute needs at least " + MIN_DISTINCT_OPENINGS
                + " sentence openings, one of them not a placeholder");
    }

    @ParameterizedTest
    @MethodSource("shippedDomains")
    void noTwoAttributesOfAKindShareAPhrasing(DomainProvider provider) {
        List<String> problems = new ArrayList<>();
        pack(provider).path("entityKinds").forEach(kind -> {
            Set<String> seen = new TreeSet<>();
            kind.path("attributes").forEach(attribute -> texts(attribute.path("phrasings")).forEach(phrasing -> {
                if (!seen.add(phrasing)) {
                    problems.add(kind.path("id").asText() + "." + attribute.path("id").asText() + ": '" + phrasing + "'");
                }
            }));
        });

        assertEquals(List.of(), problems, "a sentence must tell which attribute it states");
    }

    @ParameterizedTest
    @MethodSource("shippedDomains")
    void everyNumberHasAnUnrestrictedSurfaceFormThatWritesEveryValueExactly(DomainProvider provider) {
        List<String> problems = new ArrayList<>();
        pack(provider).findParents("surfaceForms").forEach(number -> {
            BigDecimal precision = new BigDecimal(number.path("precision").asText());
            boolean exact = false;
            for (JsonNode form : number.path("surfaceForms")) {
                BigDecimal step = precision.divide(new BigDecimal(form.path("scale").asText()));
                exact |= !form.has("minValue") && !form.has("maxValue")
                        && Math.max(step.stripTrailingZeros().scale(), 0) <= form.path("decimals").asInt();
            }
            if (!exact) {
                problems.add(number.path("id").asText());
            }
        });

        assertEquals(List.of(), problems, "numbers whose every form rounds or is restricted");
    }

    @ParameterizedTest
    @MethodSource("shippedDomains")
    void moneyIsWrittenInSeveralSurfaceForms(DomainProvider provider) {
        List<String> problems = new ArrayList<>();
        pack(provider).findParents("surfaceForms").forEach(number -> {
            if (number.path("unit").asText().equals("USD") && number.path("surfaceForms").size() < MIN_MONEY_FORMS) {
                problems.add(number.path("id").asText());
            }
        });

        assertEquals(List.of(), problems, "amounts of money need at least " + MIN_MONEY_FORMS + " surface forms");
    }

    @ParameterizedTest
    @MethodSource("shippedDomains")
    void noAbbreviationCanBeMistakenForAWordOfTheProse(DomainProvider provider) {
        JsonNode pack = pack(provider);
        Set<String> initials = new TreeSet<>();
        pack.path("entityKinds").forEach(kind -> {
            if (kind.path("aliases").toString().contains("{initials}")) {
                for (JsonNode pattern : kind.path("naming").path("patterns")) {
                    expand(pattern.asText(), kind.path("naming").path("parts"))
                            .forEach(name -> initials.add(initialsOf(name)));
                }
            }
        });
        Set<String> clashes = new TreeSet<>();
        PROSE_FIELDS.forEach(field -> pack.findValues(field).forEach(value -> collectWords(value, initials, clashes)));

        assertEquals(Set.of(), clashes, "a word of the prose reads like an entity's initials (as 'US' in 'US$')");
    }

    /** Every canonical name a naming pattern can produce (repeats of an entry included: a superset). */
    private static List<String> expand(String pattern, JsonNode parts) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        if (!m.find()) {
            return List.of(pattern);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode entry : parts.path(m.group(1))) {
            String once = pattern.substring(0, m.start()) + entry.asText() + pattern.substring(m.end());
            names.addAll(expand(once, parts));
        }
        return names;
    }

    /** The format's {@code {initials}}: first letter of each capitalised word, {@code &} kept. */
    private static String initialsOf(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split(" ")) {
            if (word.equals("&") || Character.isUpperCase(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString();
    }

    private static void collectWords(JsonNode node, Set<String> initials, Set<String> clashes) {
        if (node.isTextual()) {
            for (String word : node.asText().split("[^\\p{L}&]+")) {
                if (initials.contains(word)) {
                    clashes.add(word + " in '" + node.asText() + "'");
                }
            }
        }
        node.forEach(child -> collectWords(child, initials, clashes));
    }

    @ParameterizedTest
    @MethodSource("shippedDomains")
    void aliasIntroductionsCuesAndFillerAreSentences(DomainProvider provider) {
        JsonNode pack = pack(provider);
        List<String> sentences = new ArrayList<>();
        pack.path("entityKinds").forEach(kind -> kind.path("aliases")
                .forEach(alias -> sentences.addAll(texts(alias.path("introductions")))));
        pack.path("authorityCues").forEach(cues -> sentences.addAll(texts(cues)));
        sentences.addAll(texts(pack.path("lexicon").path("fillerSentences")));

        List<String> problems = sentences.stream().filter(s -> !SENTENCE.matcher(s).matches()).toList();
        assertTrue(problems.isEmpty(), () -> "not sentences: " + problems);
    }
}
