package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GenerationSpecPropertiesTest {

    @Provide
    Arbitrary<GenerationSpec> specs() {
        return ApiArbitraries.specs();
    }

    /** A spec and its knobs in some order other than key order. */
    record SpecAndKnobOrder(GenerationSpec spec, List<Map.Entry<String, String>> knobs) {
    }

    @Provide
    Arbitrary<SpecAndKnobOrder> specsWithShuffledKnobs() {
        return ApiArbitraries.specs().flatMap(spec -> Arbitraries.shuffle(new ArrayList<>(spec.knobs().entrySet()))
                .map(order -> new SpecAndKnobOrder(spec, order)));
    }

    @Property
    void settingKnobsInAnyOrderGivesTheSameSpec(@ForAll("specsWithShuffledKnobs") SpecAndKnobOrder input) {
        GenerationSpec spec = input.spec();
        GenerationSpec rebuilt = GenerationSpec.preset(spec.preset());
        for (Map.Entry<String, String> e : input.knobs()) {
            rebuilt = rebuilt.with(e.getKey(), e.getValue());
        }

        assertEquals(spec, rebuilt);
        assertEquals(spec.hash(), rebuilt.hash());
    }

    @Property
    void theHashIsSha256OfTheUtf8CanonicalText(@ForAll("specs") GenerationSpec spec) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(spec.canonicalText().getBytes(StandardCharsets.UTF_8));

        assertEquals(HexFormat.of().formatHex(digest), spec.hash());
    }

    @Property
    void theHashIs64LowerCaseHexDigits(@ForAll("specs") GenerationSpec spec) {
        assertTrue(spec.hash().matches("[0-9a-f]{64}"), spec.hash());
    }

    @Property
    void theCanonicalTextCanBeReadBackIntoTheSameSpec(@ForAll("specs") GenerationSpec spec) {
        // Distinct specs have distinct texts (hence distinct hashes up to SHA-256 collisions) exactly
        // when the text determines the spec.
        String[] lines = spec.canonicalText().split("\n", -1);
        assertEquals("", lines[lines.length - 1], "the text ends in a newline");
        assertTrue(lines[0].startsWith("preset="));
        TreeMap<String, String> knobs = new TreeMap<>();
        for (int i = 1; i < lines.length - 1; i++) {
            int eq = lines[i].indexOf('=');
            knobs.put(lines[i].substring(0, eq), lines[i].substring(eq + 1));
        }

        assertEquals(spec, new GenerationSpec(lines[0].substring("preset=".length()), knobs));
    }
}
