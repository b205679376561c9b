package io.dacr.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Fact;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GroundedMention;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.Trap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How shipped challenges read: cues as shown, aliases that do not give values away, units in words, figures that agree. */
class ChallengeWordingTest {

    private static final Pattern CUE = Pattern.compile(
            "(final|correction|preliminary|hearsay|hypothetical): (.*?)(?=; (?:final|correction|preliminary|hearsay|hypothetical): |$)");

    private static final List<GeneratedChallenge> BATCH = generateBatch();

    private static List<GeneratedChallenge> batch() {
        return BATCH;
    }

    private static List<GeneratedChallenge> generateBatch() {
        List<GeneratedChallenge> out = new ArrayList<>();
        for (String domain : ShippedGenerators.DOMAINS) {
            for (long i = 0; i < 4; i++) {
                out.add(ShippedGenerators.generate(domain, "standard", 100 + i));
                out.add(ShippedGenerators.generate(domain, "small", 200 + i));
            }
        }
        return List.copyOf(out);
    }

    @Test
    void everyTrapCueIsTheWordsItsParagraphsShowNotATemplate() {
        int pieces = 0;
        for (GeneratedChallenge g : batch()) {
            Map<String, String> text = new HashMap<>();
            for (Paragraph p : g.challenge().paragraphs()) {
                text.put(p.id(), p.text());
            }
            for (Trap t : g.key().traps()) {
                assertFalse(t.cue().contains("{") || t.cue().contains("}"), t.cue());
                Matcher m = CUE.matcher(t.cue());
                while (m.find()) {
                    for (String piece : m.group(2).split(" … ")) {
                        pieces++;
                        assertTrue(t.paragraphIds().stream().anyMatch(p -> text.get(p).contains(piece)),
                                () -> "'" + piece + "' of " + t + " is in none of its paragraphs");
                    }
                }
            }
        }
        assertTrue(pieces > 50, "too few cue pieces checked: " + pieces);
    }

    @Test
    void noStatementNamesItsSubjectByAnAliasThatSpellsOutTheStatedValue() {
        for (GeneratedChallenge g : batch()) {
            Map<String, Fact> facts = new HashMap<>();
            for (Fact f : g.key().facts()) {
                facts.put(f.id(), f);
            }
            for (GroundedMention m : g.key().grounding().mentions()) {
                Fact f = facts.get(m.factId());
                // Text values only (sectors, cities, countries, lines of business): numbers are never embedded.
                if (f.unit().isEmpty() && !f.value().equals(f.entity())) {
                    assertFalse(!m.alias().equals(f.entity()) && m.alias().contains(f.value()),
                            () -> "'" + m.alias() + "' restates " + f);
                }
            }
        }
    }

    @Test
    void computedAnswersAskForTheirUnitInPlainWords() {
        Pattern note = Pattern.compile("Give the answer (in|as) ([^.]*)\\.");
        List<String> seen = new ArrayList<>();
        for (GeneratedChallenge g : batch()) {
            for (Question q : g.challenge().questions()) {
                Matcher m = note.matcher(q.text());
                while (m.find()) {
                    String unit = m.group(2);
                    seen.add(unit);
                    assertTrue(m.group(1).equals("as") ? unit.startsWith("a number of ")
                                    : List.of("US dollars", "percentage points", "years", "microseconds").contains(unit),
                            q::text);
                }
            }
        }
        assertFalse(seen.isEmpty());
    }

    @Test
    void aCompanysFourQuartersAddUpToItsAnnualRevenue() {
        int companies = 0;
        for (long i = 0; i < 6; i++) {
            GeneratedChallenge g = ShippedGenerators.generate("corporate-finance", i % 2 == 0 ? "standard" : "small", 300 + i);
            Map<String, Map<String, BigDecimal>> byCompany = new HashMap<>();
            for (Fact f : g.key().facts()) {
                if (f.attribute().startsWith("revenue")) {
                    byCompany.computeIfAbsent(f.entity(), k -> new HashMap<>()).put(f.attribute(), new BigDecimal(f.value()));
                }
            }
            for (Map<String, BigDecimal> revenue : byCompany.values()) {
                companies++;
                BigDecimal quarters = revenue.get("revenue_q1").add(revenue.get("revenue_q2")).add(revenue.get("revenue_q3"))
                        .add(revenue.get("revenue_q4"));
                assertEquals(0, quarters.compareTo(revenue.get("revenue")), revenue::toString);
            }
        }
        assertTrue(companies > 20);
    }
}
