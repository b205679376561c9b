package io.dacr.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ConfigurationException;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationException;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.PluginException;
import org.junit.jupiter.api.Test;

class SpecTest {

    private static GeneratedChallenge generate(GenerationSpec spec) {
        return TestPacks.generator().generate(new GenerationRequest(TestPacks.DOMAIN, spec, "ns", 5, TestPacks.SECRET));
    }

    @Test
    void theParagraphsKnobSetsTheDocumentLength() {
        assertEquals(40, generate(GenerationSpec.preset("small").with("paragraphs", "40")).challenge().paragraphs().size());
        assertEquals(120, generate(GenerationSpec.preset("standard").with("paragraphs", "120")).challenge().paragraphs().size());
    }

    @Test
    void theTrapsKnobSetsTheNumberOfTraps() {
        assertEquals(0, generate(GenerationSpec.preset("small").with("traps", "0")).key().traps().size());
        assertEquals(7, generate(GenerationSpec.preset("small").with("traps", "7")).key().traps().size());
    }

    @Test
    void theMaxHopsKnobCapsQuestionDepth() {
        GeneratedChallenge g = generate(GenerationSpec.preset("standard").with("max_hops", "2"));
        g.challenge().questions().forEach(q -> assertTrue(q.hops() <= 2, q.toString()));
    }

    @Test
    void anAliasDensityOfZeroNamesEntitiesByCanonicalNameOutsideAliasTraps() {
        GeneratedChallenge g = generate(GenerationSpec.preset("small").with("alias_density", "0").with("traps", "0"));
        java.util.Map<String, String> entityOf = new java.util.HashMap<>();
        g.key().facts().forEach(f -> entityOf.put(f.id(), f.entity()));
        g.key().grounding().mentions().forEach(m -> assertEquals(entityOf.get(m.factId()), m.alias()));
    }

    @Test
    void theEntitiesKnobSetsTheWorldSize() {
        GeneratedChallenge g = generate(GenerationSpec.preset("small").with("entities", "3"));
        long companies = g.key().facts().stream().filter(f -> f.attribute().equals("revenue")).count();
        assertEquals(3, companies);
    }

    @Test
    void anUnknownPresetIsRefusedWithTheKnownOnes() {
        GenerationException e = assertThrows(GenerationException.class, () -> generate(GenerationSpec.preset("huge")));
        assertTrue(e.getMessage().contains("standard") && e.getMessage().contains("small"), e.getMessage());
    }

    @Test
    void anUnknownKnobIsRefused() {
        GenerationException e = assertThrows(GenerationException.class,
                () -> generate(GenerationSpec.preset("small").with("colour", "blue")));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void aKnobOutOfRangeIsRefused() {
        assertThrows(GenerationException.class, () -> generate(GenerationSpec.preset("small").with("paragraphs", "19")));
        assertThrows(GenerationException.class, () -> generate(GenerationSpec.preset("small").with("paragraphs", "121")));
        assertThrows(GenerationException.class, () -> generate(GenerationSpec.preset("small").with("max_hops", "7")));
        assertThrows(GenerationException.class, () -> generate(GenerationSpec.preset("small").with("alias_density", "x")));
    }

    @Test
    void anUnknownDomainIsAPluginError() {
        assertThrows(PluginException.class, () -> TestPacks.generator().generate(new GenerationRequest("marine",
                GenerationSpec.preset("small"), "ns", 0, TestPacks.SECRET)));
    }

    @Test
    void aGeneratorNeedsADomain() {
        assertThrows(ConfigurationException.class, () -> DacrGenerator.builder().build());
    }

    @Test
    void twoProvidersWithOneIdAreRefused() {
        String json = TestPacks.corporateFinanceJson();
        assertThrows(ConfigurationException.class, () -> DacrGenerator.builder()
                .domain(TestPacks.provider(TestPacks.DOMAIN, json)).domain(TestPacks.provider(TestPacks.DOMAIN, json)).build());
    }
}
