package io.dacr.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.dacr.api.Challenge;
import io.dacr.api.ContentHashes;
import io.dacr.api.internal.CanonicalJson;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@code ContentHashes.of} in dacr-api builds its JSON by hand (the generator cannot use Jackson); the
 * codec builds it here. Both must canonicalise to the same bytes, or hashes computed by the generator
 * would not match the challenge documents everyone else reads.
 */
class ContentHashesAgreementTest {

    @Property(tries = 300)
    void theApiHashesEqualTheHashesOfTheCodecsEncoding(@ForAll("challenges") Challenge challenge) {
        ContentHashes hashes = ContentHashes.of(challenge.paragraphs(), challenge.questions(), challenge.constraints());

        assertEquals(hashes.document(), sha256(DacrJson.canonicalBytes(challenge.paragraphs())));
        assertEquals(hashes.questions(), sha256(DacrJson.canonicalBytes(challenge.questions())));
        assertEquals(hashes.constraints(), sha256(DacrJson.canonicalBytes(challenge.constraints())));
    }

    @Property(tries = 300)
    void theApiHashesEqualTheHashesOfTheWrittenDocumentsParts(@ForAll("challenges") Challenge challenge) throws IOException {
        JsonNode written = CanonicalFormTest.GENERIC.readTree(DacrJson.write(DocumentFormat.CHALLENGE, challenge));

        assertEquals(challenge.hashes().document(), sha256(DacrJson.canonicalBytes(written.get("paragraphs"))));
        assertEquals(challenge.hashes().questions(), sha256(DacrJson.canonicalBytes(written.get("questions"))));
        assertEquals(challenge.hashes().constraints(), sha256(DacrJson.canonicalBytes(written.get("constraints"))));
    }

    @Test
    void theHashesOfTheSampleChallengeArePinned() {
        ContentHashes hashes = Samples.challenge().hashes();

        assertEquals("32636037c508b067b4c853c4fc512c6b9f3d6ee5e247e589943c4e551d68521e", hashes.document());
        assertEquals("360f63efbe4fba85764cebecd46571d993e4ee4d51e1fb82c2d8ac8e85381f38", hashes.questions());
        assertEquals("e67f6c864fcf540bf772f7b0afe71904f57c4dede471db7ae963ec7de6512ddf", hashes.constraints());
    }

    @Test
    void theHashOfNoConstraintsIsTheHashOfAnEmptyArray() {
        ContentHashes hashes = ContentHashes.of(Samples.paragraphs(), Samples.questions(), java.util.List.of());

        assertEquals(sha256("[]".getBytes(java.nio.charset.StandardCharsets.UTF_8)), hashes.constraints());
    }

    @Provide
    Arbitrary<Challenge> challenges() {
        return ValueArbitraries.challenge();
    }

    private static String sha256(byte[] bytes) {
        return CanonicalJson.sha256Hex(bytes);
    }
}
