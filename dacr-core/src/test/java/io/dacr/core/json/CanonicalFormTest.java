package io.dacr.core.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The canonical form: one text per value, pinned by golden files, independent of member order and scale. */
class CanonicalFormTest {

    /** A plain Jackson mapper, independent of DacrJson's configuration. */
    static final ObjectMapper GENERIC = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void theCanonicalFormOfTheSampleChallengeIsPinned() throws IOException {
        assertArrayEquals(golden("challenge.canonical.json"), DacrJson.canonicalBytes(Samples.challenge()));
    }

    @Test
    void theCanonicalFormOfTheSampleAttemptIsPinned() throws IOException {
        assertArrayEquals(golden("attempt.canonical.json"), DacrJson.canonicalBytes(Samples.attempt()));
    }

    @Property(tries = 100)
    void aValueReadBackHasTheSameCanonicalBytes(@ForAll("attempts") Attempt value) {
        Attempt again = DacrJson.read(DocumentFormat.ATTEMPT, DacrJson.write(DocumentFormat.ATTEMPT, value));

        assertArrayEquals(DacrJson.canonicalBytes(value), DacrJson.canonicalBytes(again));
    }

    @Property(tries = 100)
    void theCanonicalBytesAreThoseOfTheWrittenDocumentWithoutItsEnvelope(@ForAll("challenges") Challenge value) throws IOException {
        ObjectNode written = (ObjectNode) GENERIC.readTree(DacrJson.write(DocumentFormat.CHALLENGE, value));
        written.remove("schemaVersion");

        assertArrayEquals(DacrJson.canonicalBytes(value), DacrJson.canonicalBytes(written));
    }

    @Property(tries = 100)
    void theMemberOrderOfTheInputDoesNotMatter(@ForAll("attempts") Attempt value) throws IOException {
        JsonNode written = GENERIC.readTree(DacrJson.write(DocumentFormat.ATTEMPT, value));
        JsonNode reversed = reverseMembers(written);
        Attempt fromReversed = DacrJson.read(DocumentFormat.ATTEMPT, GENERIC.writeValueAsString(reversed));

        assertArrayEquals(DacrJson.canonicalBytes(written), DacrJson.canonicalBytes(reversed));
        assertArrayEquals(DacrJson.canonicalBytes(value), DacrJson.canonicalBytes(fromReversed));
    }

    @Test
    void numbersThatCompareEqualHaveTheSameCanonicalForm() {
        Submission ninety = withConfidence(new BigDecimal("0.90"));
        Submission nine = withConfidence(new BigDecimal("0.9"));

        assertFalse(ninety.equals(nine), "the records differ by scale");
        assertArrayEquals(DacrJson.canonicalBytes(ninety), DacrJson.canonicalBytes(nine));
    }

    @Test
    void aListOfValuesIsAnArrayOfTheirForms() {
        assertArrayEquals("[{\"id\":\"paragraph_1\",\"text\":\"x\"}]".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                DacrJson.canonicalBytes(List.of(new io.dacr.api.Paragraph("paragraph_1", "x"))));
    }

    @Test
    void doublesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DacrJson.canonicalBytes(List.of(0.1)));
        assertThrows(IllegalArgumentException.class, () -> DacrJson.canonicalBytes(Map.of("price", 2e23)));
    }

    @Test
    void aJacksonTreeHoldingADoubleIsRejected() throws IOException {
        JsonNode withDouble = new ObjectMapper().readTree("{\"price\": 1.5}");

        assertThrows(IllegalArgumentException.class, () -> DacrJson.canonicalBytes(withDouble));
    }

    @Test
    void aTypeWithoutAJsonFormIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DacrJson.canonicalBytes(new Object()));
    }

    @Test
    void aStringWithAnUnpairedSurrogateIsRejected() {
        Submission broken = new Submission("id", "artifact \ud800", List.of(), List.of());

        assertThrows(IllegalArgumentException.class, () -> DacrJson.canonicalBytes(broken));
        assertThrows(IllegalArgumentException.class, () -> DacrJson.write(DocumentFormat.SUBMISSION, broken));
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        return ValueArbitraries.attempt();
    }

    @Provide
    Arbitrary<Challenge> challenges() {
        return ValueArbitraries.challenge();
    }

    private static Submission withConfidence(BigDecimal confidence) {
        return new Submission("id", "artifact", List.of(new QuestionAnswer("q1", "42", null, confidence)), List.of());
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = CanonicalFormTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static JsonNode reverseMembers(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            Collections.reverse(names);
            ObjectNode reversed = JsonNodeFactory.instance.objectNode();
            for (String name : names) {
                reversed.set(name, reverseMembers(node.get(name)));
            }
            return reversed;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(reverseMembers(element)));
            return copy;
        }
        return node;
    }
}
