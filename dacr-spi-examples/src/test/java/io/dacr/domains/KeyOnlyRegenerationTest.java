package io.dacr.domains;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.dacr.api.AnswerKey;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.core.json.DacrJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Stateless verification regenerates the answer key through the key-only path, which plans values
 * and layout but renders no prose: its key must be the very bytes of the full generation's key, for
 * every shipped domain, preset, namespace and index.
 */
class KeyOnlyRegenerationTest {

    @Provide
    Arbitrary<String> domains() {
        return Arbitraries.of(ShippedGenerators.DOMAINS);
    }

    @Provide
    Arbitrary<GenerationSpec> specs() {
        return Arbitraries.of(GenerationSpec.preset("small"), GenerationSpec.preset("standard"),
                GenerationSpec.preset("small").with("traps", "9").with("alias_density", "90"),
                GenerationSpec.preset("small").with("paragraphs", "40").with("max_hops", "3"));
    }

    @Provide
    Arbitrary<String> namespaces() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    }

    @Property(tries = 60)
    void theKeyOnlyPathGivesTheFullGenerationsKeyByteForByte(@ForAll("domains") String domain, @ForAll("specs") GenerationSpec spec,
                                                            @ForAll("namespaces") String namespace,
                                                            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long index) {
        GeneratedChallenge full = ShippedGenerators.GENERATOR.generate(
                new GenerationRequest(domain, spec, namespace, index, ShippedGenerators.SECRET));
        AnswerKey keyOnly = ShippedGenerators.GENERATOR.answerKey(full.challenge().id(), spec, ShippedGenerators.SECRET);
        assertArrayEquals(DacrJson.canonicalBytes(full.key()), DacrJson.canonicalBytes(keyOnly));
    }
}
