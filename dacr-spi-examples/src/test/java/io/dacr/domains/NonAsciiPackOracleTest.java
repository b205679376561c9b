package io.dacr.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.ConstraintKind;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Verdict;
import io.dacr.api.spi.DomainProvider;
import io.dacr.core.verify.DacrVerifier;
import io.dacr.generator.DacrGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A third-party pack may name people in any Latin spelling. The verifier reads a forbidden letter through
 * NFKC and case folding (a dotless 'ı' is an 'i'), so the generator must plan and prove its artifacts
 * the same way, or it emits challenges whose own oracle fails. The corporate-finance pack is rewritten
 * so that every company name ends in 'ı', making 'ı' a frequent forbidden letter.
 */
class NonAsciiPackOracleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theOracleOfAPackWhoseCompanyNamesEndInADotlessIPassesTheVerifier() throws IOException {
        DacrGenerator generator = DacrGenerator.builder().domain(provider(dotlessPack())).build();
        DacrVerifier verifier = DacrVerifier.builder().build();

        List<String> failures = new ArrayList<>();
        int dotlessForbidden = 0;
        for (long index = 0; index < 60; index++) {
            GeneratedChallenge g = generator.generate(new GenerationRequest("dotless-finance",
                    GenerationSpec.preset("standard"), "letters", index, ShippedGenerators.SECRET));
            java.util.Set<String> forbidden = new java.util.HashSet<>();
            g.challenge().constraints().stream().filter(c -> c.kind() == ConstraintKind.FORBIDDEN_LETTER)
                    .forEach(c -> forbidden.add(c.id()));
            boolean dotless = g.key().constraintValues().stream()
                    .anyMatch(v -> forbidden.contains(v.constraintId()) && "ı".equals(v.expected().get("letter")));
            dotlessForbidden += dotless ? 1 : 0;
            Verdict verdict = verifier.verify(g.challenge(), g.key(), g.oracle());
            if (!verdict.passed()) {
                failures.add(index + ": " + verdict.reason() + " " + g.oracle().artifact());
            }
        }

        assertEquals(List.of(), failures);
        assertTrue(dotlessForbidden > 0, "some challenge forbids the dotless i");
    }

    private static String dotlessPack() throws IOException {
        JsonNode pack;
        try (InputStream in = CorporateFinanceDomain.class.getResourceAsStream("/io/dacr/domains/corporate-finance.json")) {
            pack = JSON.readTree(in);
        }
        ((ObjectNode) pack).put("id", "dotless-finance");
        JsonNode parts = pack.get("entityKinds").get(0).get("naming").get("parts");
        for (String names : List.of("suffix", "legacySuffix")) {
            ArrayNode list = (ArrayNode) parts.get(names);
            for (int i = 0; i < list.size(); i++) {
                list.set(i, list.get(i).asText() + "ı");
            }
        }
        return JSON.writeValueAsString(pack);
    }

    private static DomainProvider provider(String json) {
        return new DomainProvider() {
            @Override
            public String packJson() {
                return json;
            }

            @Override
            public String packSource() {
                return "test:dotless-finance";
            }

            @Override
            public String id() {
                return "dotless-finance";
            }

            @Override
            public String description() {
                return "corporate finance, family names ending in a dotless i";
            }
        };
    }
}
