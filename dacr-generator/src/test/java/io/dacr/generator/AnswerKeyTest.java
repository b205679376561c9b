package io.dacr.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.api.ChallengeId;
import io.dacr.api.ConfigurationException;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationException;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.internal.CanonicalJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnswerKeyTest {

    @Test
    void theKeyOnlyPathEqualsTheKeyOfAFullGeneration() {
        for (GeneratedChallenge g : Batch.all()) {
            assertEquals(g.key(), TestPacks.generator().answerKey(g.challenge().id(), g.key().provenance().spec(),
                    TestPacks.SECRET));
        }
    }

    @Test
    void theKeyOnlyPathHonoursKnobs() {
        GenerationSpec spec = GenerationSpec.preset("small").with("paragraphs", "30").with("traps", "7");
        GeneratedChallenge g = TestPacks.generator().generate(new GenerationRequest(TestPacks.DOMAIN, spec, "ns", 3, TestPacks.SECRET));
        assertEquals(g.key(), TestPacks.generator().answerKey(g.challenge().id(), spec, TestPacks.SECRET));
    }

    @Test
    void theProvenanceNamesPackHashSpecAndSeedDerivation() {
        GeneratedChallenge g = Batch.small().get(0);
        assertEquals(TestPacks.generator().packHash(TestPacks.DOMAIN), g.key().provenance().domainPackHash());
        assertEquals(GenerationSpec.preset("small"), g.key().provenance().spec());
        assertEquals("hmac-sha256/v1", g.key().provenance().seedDerivation());
        assertEquals(DacrGenerator.VERSION, g.challenge().generatorVersion());
    }

    @Test
    void thePackHashIsTheSha256OfItsCanonicalJson() throws Exception {
        Object tree = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readValue(TestPacks.corporateFinanceJson(), Object.class);
        assertEquals(CanonicalJson.sha256Hex(CanonicalJson.toBytes(tree)), TestPacks.generator().packHash(TestPacks.DOMAIN));
    }

    @Test
    void aForgedIdIsRefused() {
        ChallengeId real = Batch.small().get(0).challenge().id();
        ChallengeId forged = new ChallengeId(real.formatVersion(), real.generatorVersion(), real.domainId(), real.specHash(),
                real.namespace(), real.index() + 1, real.mac());
        assertThrows(GenerationException.class,
                () -> TestPacks.generator().answerKey(forged, GenerationSpec.preset("small"), TestPacks.SECRET));
    }

    @Test
    void anIdUnderAnotherSecretIsRefused() {
        ChallengeId real = Batch.small().get(0).challenge().id();
        Secret other = Secret.ofBytes("some-other-secret-0000".getBytes(StandardCharsets.UTF_8));
        assertThrows(GenerationException.class, () -> TestPacks.generator().answerKey(real, GenerationSpec.preset("small"), other));
    }

    @Test
    void aSpecThatDoesNotMatchTheIdIsRefused() {
        ChallengeId real = Batch.small().get(0).challenge().id();
        assertThrows(GenerationException.class,
                () -> TestPacks.generator().answerKey(real, GenerationSpec.preset("standard"), TestPacks.SECRET));
    }

    @Test
    void aMissingSecretIsAConfigurationError() {
        assertThrows(ConfigurationException.class,
                () -> new GenerationRequest(TestPacks.DOMAIN, GenerationSpec.preset("small"), "ns", 0, null));
        ChallengeId real = Batch.small().get(0).challenge().id();
        assertThrows(ConfigurationException.class,
                () -> TestPacks.generator().answerKey(real, GenerationSpec.preset("small"), null));
    }
}
