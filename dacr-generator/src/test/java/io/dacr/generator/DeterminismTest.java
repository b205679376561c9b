package io.dacr.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static GeneratedChallenge generate(String namespace, long index, Secret secret) {
        return TestPacks.generator().generate(new GenerationRequest(TestPacks.DOMAIN, GenerationSpec.preset("small"),
                namespace, index, secret));
    }

    @Property(tries = 15)
    void theSameRequestGivesAnEqualChallengeKeyAndOracle(@ForAll @LongRange(min = 0, max = 1_000_000) long index) {
        GeneratedChallenge a = generate("epoch-1", index, TestPacks.SECRET);
        GeneratedChallenge b = generate("epoch-1", index, TestPacks.SECRET);
        assertEquals(a, b);
        assertEquals(Canonical.of(a), Canonical.of(b));
    }

    @Test
    void aFreshGeneratorGivesTheSameBytes() {
        DacrGenerator fresh = DacrGenerator.builder()
                .domain(TestPacks.provider(TestPacks.DOMAIN, TestPacks.corporateFinanceJson())).build();
        GenerationRequest request = TestPacks.request("standard", 7);
        assertEquals(Canonical.of(TestPacks.generator().generate(request)), Canonical.of(fresh.generate(request)));
    }

    @Test
    void adjacentIndicesGiveDifferentDocuments() {
        assertNotEquals(generate("epoch-1", 1, TestPacks.SECRET).challenge().hashes(),
                generate("epoch-1", 2, TestPacks.SECRET).challenge().hashes());
    }

    @Test
    void anotherNamespaceGivesADifferentDocument() {
        assertNotEquals(generate("epoch-1", 1, TestPacks.SECRET).challenge().hashes().document(),
                generate("epoch-2", 1, TestPacks.SECRET).challenge().hashes().document());
    }

    @Test
    void anotherSecretGivesADifferentDocument() {
        Secret other = Secret.ofUtf8("another-generation-secret-987654321");
        assertNotEquals(generate("epoch-1", 1, TestPacks.SECRET).challenge().hashes().document(),
                generate("epoch-1", 1, other).challenge().hashes().document());
    }

    @Test
    void anotherSpecGivesADifferentDocument() {
        GeneratedChallenge a = TestPacks.generator().generate(new GenerationRequest(TestPacks.DOMAIN,
                GenerationSpec.preset("small"), "epoch-1", 1, TestPacks.SECRET));
        GeneratedChallenge b = TestPacks.generator().generate(new GenerationRequest(TestPacks.DOMAIN,
                GenerationSpec.preset("small").with("alias_density", "41"), "epoch-1", 1, TestPacks.SECRET));
        assertNotEquals(a.challenge().hashes().document(), b.challenge().hashes().document());
    }
}
