package io.dacr.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Fact;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GroundedMention;
import io.dacr.api.Paragraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DocumentTest {

    /** A line that opens with a short label and a colon, "Revenue: $5m" or "Kelmar Holdings revenue: 5". */
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*[\\w&'-]+(?: [\\w&'-]+){0,3}\\s*:\\s*\\S",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.MULTILINE);
    private static final Pattern ASSIGNMENT = Pattern.compile("\\w\\s*=\\s*\\d");

    @Test
    void noParagraphHasAKeyValueLine() {
        for (GeneratedChallenge g : Batch.all()) {
            for (Paragraph p : g.challenge().paragraphs()) {
                assertFalse(KEY_VALUE.matcher(p.text()).find(), p.id() + ": " + p.text());
                assertFalse(ASSIGNMENT.matcher(p.text()).find(), p.id() + ": " + p.text());
            }
        }
    }

    @Test
    void paragraphsAreSingleLines() {
        for (GeneratedChallenge g : Batch.all()) {
            for (Paragraph p : g.challenge().paragraphs()) {
                assertFalse(p.text().contains("\n"), p.id());
            }
        }
    }

    @Test
    void theStandardPresetHasTheReferenceSize() {
        for (GeneratedChallenge g : Batch.standard()) {
            assertEquals(100, g.challenge().paragraphs().size());
            assertEquals(10, g.challenge().questions().size());
            assertEquals(8, g.challenge().constraints().size());
            int characters = g.challenge().paragraphs().stream().mapToInt(p -> p.text().length()).sum();
            assertTrue(characters > 15_000 && characters < 28_000, "characters: " + characters);
        }
    }

    @Test
    void theSmallPresetIsSmall() {
        for (GeneratedChallenge g : Batch.small()) {
            assertEquals(24, g.challenge().paragraphs().size());
            assertEquals(6, g.challenge().questions().size());
            assertEquals(5, g.challenge().constraints().size(), () -> g.challenge().questions() + "\n" + g.key().answers());
        }
    }

    @Test
    void everyGroundedMentionAppearsInItsParagraphUnderTheRecordedNameAndSurfaceForm() {
        for (GeneratedChallenge g : Batch.all()) {
            Map<String, String> text = texts(g);
            for (GroundedMention m : g.key().grounding().mentions()) {
                String paragraph = text.get(m.paragraphId());
                assertTrue(containsIgnoringFirstLetterCase(paragraph, m.alias()), m + " in " + paragraph);
                assertTrue(containsIgnoringFirstLetterCase(paragraph, m.surfaceForm()), m + " in " + paragraph);
            }
        }
    }

    @Test
    void everyFactIsStatedSomewhere() {
        for (GeneratedChallenge g : Batch.all()) {
            TreeSet<String> stated = new TreeSet<>();
            g.key().grounding().mentions().forEach(m -> stated.add(m.factId()));
            for (Fact f : g.key().facts()) {
                assertTrue(stated.contains(f.id()), f.toString());
            }
        }
    }

    @Test
    void theFactsOfAnEntitySpanNonAdjacentParagraphs() {
        for (GeneratedChallenge g : Batch.all()) {
            Map<String, String> entityOf = new HashMap<>();
            g.key().facts().forEach(f -> entityOf.put(f.id(), f.entity()));
            Map<String, TreeSet<Integer>> paragraphs = new TreeMap<>();
            for (GroundedMention m : g.key().grounding().mentions()) {
                paragraphs.computeIfAbsent(entityOf.get(m.factId()), e -> new TreeSet<>()).add(number(m.paragraphId()));
            }
            paragraphs.forEach((entity, numbers) ->
                    assertTrue(numbers.last() - numbers.first() >= 2, entity + " only in " + numbers));
        }
    }

    @Test
    void everyAliasIsIntroducedWithTheCanonicalNameWhereItFirstAppears() {
        for (GeneratedChallenge g : Batch.all()) {
            Map<String, String> canonicalOf = aliases(g);
            List<Paragraph> paragraphs = g.challenge().paragraphs();
            canonicalOf.forEach((alias, canonical) -> {
                String capitalised = Character.toUpperCase(alias.charAt(0)) + alias.substring(1);
                Pattern word = Pattern.compile("(?<![\\w&])(?:" + Pattern.quote(alias) + "|" + Pattern.quote(capitalised) + ")(?![\\w&])");
                Paragraph first = paragraphs.stream().filter(p -> word.matcher(p.text()).find()).findFirst().orElse(null);
                assertTrue(first != null, "alias never introduced: " + alias);
                assertTrue(first.text().contains(canonical), alias + " first appears without " + canonical + ": " + first.text());
            });
        }
    }

    @Test
    void everyEntityAnswerHasAtLeastTwoAliases() {
        for (GeneratedChallenge g : Batch.all()) {
            for (int i = 0; i < g.challenge().questions().size(); i++) {
                if (g.challenge().questions().get(i).answerFormat().type() == io.dacr.api.AnswerType.ENTITY) {
                    assertTrue(g.key().answers().get(i).acceptedForms().size() >= 2, g.key().answers().get(i).toString());
                }
            }
        }
    }

    /** Aliases as the key reveals them: accepted forms of entity answers and names in grounded mentions. */
    static Map<String, String> aliases(GeneratedChallenge g) {
        Map<String, String> canonicalOf = new TreeMap<>();
        for (int i = 0; i < g.challenge().questions().size(); i++) {
            if (g.challenge().questions().get(i).answerFormat().type() == io.dacr.api.AnswerType.ENTITY) {
                for (String alias : g.key().answers().get(i).acceptedForms()) {
                    canonicalOf.put(alias, g.key().answers().get(i).canonical());
                }
            }
        }
        Map<String, String> entityOf = new HashMap<>();
        g.key().facts().forEach(f -> entityOf.put(f.id(), f.entity()));
        for (GroundedMention m : g.key().grounding().mentions()) {
            String canonical = entityOf.get(m.factId());
            if (!m.alias().equals(canonical)) {
                canonicalOf.put(m.alias(), canonical);
            }
        }
        return canonicalOf;
    }

    static Map<String, String> texts(GeneratedChallenge g) {
        Map<String, String> text = new HashMap<>();
        g.challenge().paragraphs().forEach(p -> text.put(p.id(), p.text()));
        return text;
    }

    static int number(String paragraphId) {
        return Integer.parseInt(paragraphId.substring("paragraph_".length()));
    }

    /** Names such as "the Kelmara-based group" are capitalised at the start of a sentence. */
    static boolean containsIgnoringFirstLetterCase(String text, String part) {
        if (text.contains(part)) {
            return true;
        }
        int cp = part.codePointAt(0);
        String upper = new StringBuilder().appendCodePoint(Character.toUpperCase(cp)).append(part, Character.charCount(cp), part.length()).toString();
        return text.contains(upper);
    }
}
