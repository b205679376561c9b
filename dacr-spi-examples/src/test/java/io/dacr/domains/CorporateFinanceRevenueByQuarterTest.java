package io.dacr.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corporate-finance pack states revenue by quarter as four number attributes next to the annual
 * figure: the format has no time-indexed attribute, so one attribute per quarter is its idiom.
 */
class CorporateFinanceRevenueByQuarterTest {

    /** Words that tell a reader which quarter a sentence is about. */
    private static final Map<Integer, Pattern> QUARTER_WORDS = Map.of(
            1, Pattern.compile("(?i)\\b(first|Q1|January|opening)\\b"),
            2, Pattern.compile("(?i)\\b(second|Q2|April|mid-year)\\b"),
            3, Pattern.compile("(?i)\\b(third|Q3|July|September)\\b"),
            4, Pattern.compile("(?i)\\b(fourth|Q4|October|final|closing)\\b"));

    private static JsonNode company() {
        try {
            JsonNode pack = new ObjectMapper().readTree(new CorporateFinanceDomain().packJson());
            return pack.path("entityKinds").get(0);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode attribute(String id) {
        for (JsonNode attribute : company().path("attributes")) {
            if (attribute.path("id").asText().equals(id)) {
                return attribute;
            }
        }
        throw new AssertionError("no attribute " + id);
    }

    @Test
    void theCompanyKeepsItsAnnualRevenueNextToTheQuarters() {
        List<String> ids = new ArrayList<>();
        company().path("attributes").forEach(a -> ids.add(a.path("id").asText()));

        assertEquals(List.of("revenue", "revenue_q1", "revenue_q2", "revenue_q3", "revenue_q4"), ids.subList(0, 5));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void eachQuarterIsMoneyWrittenLikeTheAnnualRevenue(int quarter) {
        JsonNode revenue = attribute("revenue");
        JsonNode quarterly = attribute("revenue_q" + quarter);

        assertEquals("number", quarterly.path("type").asText());
        assertEquals(revenue.path("unit"), quarterly.path("unit"));
        assertEquals(revenue.path("precision"), quarterly.path("precision"));
        assertEquals(revenue.path("surfaceForms"), quarterly.path("surfaceForms"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void everyPhrasingOfAQuarterNamesThatQuarterAndNoOther(int quarter) {
        List<String> problems = new ArrayList<>();
        for (JsonNode phrasing : attribute("revenue_q" + quarter).path("phrasings")) {
            String text = phrasing.asText();
            QUARTER_WORDS.forEach((q, words) -> {
                if (words.matcher(text).find() != (q == quarter)) {
                    problems.add(text);
                }
            });
        }

        assertEquals(List.of(), problems);
    }

    @Test
    void annualRevenuePhrasingsNeverMentionAQuarter() {
        for (JsonNode phrasing : attribute("revenue").path("phrasings")) {
            assertTrue(!phrasing.asText().contains("quarter") && !phrasing.asText().contains("three months"),
                    phrasing.asText());
        }
    }
}
