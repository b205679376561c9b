package io.dacr.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.GeneratedChallenge;
import io.dacr.api.internal.CanonicalJson;
import io.dacr.core.json.DacrJson;
import io.dacr.generator.DacrGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins generated output: the SHA-256 of the canonical JSON of [challenge, answer key, oracle submission]
 * for fixed inputs of every shipped domain, per generator version. The README's test script also runs
 * this test on JDK 25 when one is installed, so output is proven identical on 17 and 25.
 *
 * <p>When it fails because output changed on purpose: bump {@link DacrGenerator#VERSION}, add a
 * CHANGELOG line, and replace the resource with the file this test writes to
 * {@code target/golden-fingerprints-v<version>.txt}.
 */
class GoldenFingerprintTest {

    private static final List<String> PRESETS = List.of("small", "standard");
    private static final int INDICES = 3;

    @Test
    void generatedOutputMatchesThePinnedFingerprintsOfThisGeneratorVersion() throws IOException {
        List<String> actual = new ArrayList<>();
        for (String domain : ShippedGenerators.DOMAINS) {
            for (String preset : PRESETS) {
                for (long index = 0; index < INDICES; index++) {
                    actual.add(domain + " " + preset + " " + index + " " + fingerprint(ShippedGenerators.generate(domain, preset, index)));
                }
            }
        }
        String resource = "golden-fingerprints-v" + DacrGenerator.VERSION + ".txt";
        Path written = Path.of(System.getProperty("dacr.buildDirectory", "target"), resource);
        Files.createDirectories(written.getParent());
        Files.write(written, actual, StandardCharsets.UTF_8);
        List<String> pinned = pinned(resource);
        assertTrue(!pinned.isEmpty(), () -> "no pinned fingerprints for generator version " + DacrGenerator.VERSION
                + ": add src/test/resources/io/dacr/domains/" + resource + " (the current ones are in " + written + ")");
        assertEquals(String.join("\n", pinned), String.join("\n", actual),
                "generated output changed: if on purpose, bump DacrGenerator.VERSION, add a CHANGELOG line and pin "
                        + written);
    }

    @Test
    void theFingerprintIsStableAcrossRepeatedGeneration() {
        GeneratedChallenge first = ShippedGenerators.generate("insurance-law", "small", 7);
        GeneratedChallenge second = ShippedGenerators.generate("insurance-law", "small", 7);
        assertEquals(fingerprint(first), fingerprint(second));
    }

    static String fingerprint(GeneratedChallenge generated) {
        return CanonicalJson.sha256Hex(DacrJson.canonicalBytes(
                List.of(generated.challenge(), generated.key(), generated.oracle())));
    }

    private static List<String> pinned(String resource) throws IOException {
        try (InputStream in = GoldenFingerprintTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
