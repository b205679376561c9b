package io.dacr.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.FormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Reading a bad document fails with a {@link FormatException} that names the format, the JSON path and
 * the problem; never with a Jackson exception or a bare IllegalArgumentException.
 */
class FormatErrorTest {

    @Test
    void textThatIsNotJsonIsReportedWithItsPosition() {
        FormatException e = failure(DocumentFormat.CHALLENGE, "{\"schemaVersion\": 1, \"paragraphs\": [{\"id\": tru}]}");

        assertEquals("challenge", e.format());
        assertEquals("$.paragraphs[0].id", e.jsonPath());
        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void truncatedJsonIsInvalidJson() {
        FormatException e = failure(DocumentFormat.SUBMISSION, "{\"schemaVersion\": 1, \"answers\": [");

        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
    }

    @Test
    void invalidUtf8BytesAreInvalidJson() {
        byte[] json = {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}'};

        FormatException e = assertThrows(FormatException.class, () -> DacrJson.read(DocumentFormat.SUBMISSION, json));
        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
    }

    @Test
    void anEmptyDocumentIsReported() {
        FormatException e = failure(DocumentFormat.VERDICT, "  ");

        assertEquals("$", e.jsonPath());
        assertTrue(e.getMessage().contains("empty document"), e.getMessage());
    }

    @Test
    void aDocumentThatIsNotAnObjectIsReported() {
        FormatException e = failure(DocumentFormat.VERDICT, "[1, 2]");

        assertEquals("$", e.jsonPath());
        assertTrue(e.getMessage().contains("expected a verdict document"), e.getMessage());
    }

    @Test
    void aMissingSchemaVersionIsReported() {
        FormatException e = failure(DocumentFormat.SUBMISSION, mutate(DocumentFormat.SUBMISSION, Samples.submission(),
                doc -> doc.remove("schemaVersion")));

        assertEquals("$", e.jsonPath());
        assertTrue(e.getMessage().contains("missing schemaVersion"), e.getMessage());
    }

    @Test
    void anUnknownSchemaVersionIsReported() {
        FormatException e = failure(DocumentFormat.SUBMISSION, mutate(DocumentFormat.SUBMISSION, Samples.submission(),
                doc -> doc.put("schemaVersion", 2)));

        assertEquals("$.schemaVersion", e.jsonPath());
        assertTrue(e.getMessage().contains("unsupported schemaVersion 2"), e.getMessage());
    }

    @Test
    void aSchemaVersionThatIsNotAnIntegerIsReported() {
        FormatException e = failure(DocumentFormat.SUBMISSION, mutate(DocumentFormat.SUBMISSION, Samples.submission(),
                doc -> doc.put("schemaVersion", "1")));

        assertEquals("$.schemaVersion", e.jsonPath());
        assertTrue(e.getMessage().contains("expected an integer"), e.getMessage());
    }

    @Test
    void aMissingRequiredFieldIsReportedAtItsPath() {
        FormatException e = failure(DocumentFormat.CHALLENGE, mutate(DocumentFormat.CHALLENGE, Samples.challenge(),
                doc -> ((ObjectNode) doc.get("questions").get(2)).remove("hops")));

        assertEquals("challenge", e.format());
        assertEquals("$.questions[2].hops", e.jsonPath());
        assertTrue(e.getMessage().contains("missing required field 'hops'"), e.getMessage());
    }

    @Test
    void aFieldOfTheWrongTypeIsReportedAtItsPath() {
        FormatException e = failure(DocumentFormat.CHALLENGE, mutate(DocumentFormat.CHALLENGE, Samples.challenge(),
                doc -> ((ObjectNode) doc.get("questions").get(2)).put("hops", "three")));

        assertEquals("$.questions[2].hops", e.jsonPath());
        assertTrue(e.getMessage().contains("expected an integer"), e.getMessage());
    }

    @Test
    void aFractionWhereAnIntegerBelongsIsReported() {
        FormatException e = failure(DocumentFormat.CHALLENGE, mutate(DocumentFormat.CHALLENGE, Samples.challenge(),
                doc -> ((ObjectNode) doc.get("questions").get(0)).put("hops", new java.math.BigDecimal("1.5"))));

        assertEquals("$.questions[0].hops", e.jsonPath());
    }

    @Test
    void anUnknownFieldIsReportedAtItsPath() {
        FormatException e = failure(DocumentFormat.CHALLENGE, mutate(DocumentFormat.CHALLENGE, Samples.challenge(),
                doc -> ((ObjectNode) doc.get("questions").get(1)).put("difficulty", "hard")));

        assertEquals("$.questions[1].difficulty", e.jsonPath());
        assertTrue(e.getMessage().contains("unknown field 'difficulty'"), e.getMessage());
    }

    @Test
    void anUnknownTopLevelFieldIsReported() {
        FormatException e = failure(DocumentFormat.RECEIPT, mutate(DocumentFormat.RECEIPT, Samples.receipt(),
                doc -> doc.put("signature", "0x00")));

        assertEquals("$.signature", e.jsonPath());
    }

    @Test
    void aValueTheRecordRefusesIsReportedWithTheRecordsReason() {
        FormatException e = failure(DocumentFormat.CHALLENGE, mutate(DocumentFormat.CHALLENGE, Samples.challenge(),
                doc -> ((ObjectNode) doc.get("questions").get(2)).put("hops", 7)));

        assertEquals("$.questions[2]", e.jsonPath());
        assertTrue(e.getMessage().contains("hops must be 1 to 6, was 7"), e.getMessage());
        assertTrue(e.getCause() instanceof IllegalArgumentException);
    }

    @Test
    void aRuleAcrossFieldsIsReportedAtTheObjectThatBreaksIt() {
        FormatException e = failure(DocumentFormat.CHALLENGE, mutate(DocumentFormat.CHALLENGE, Samples.challenge(),
                doc -> ((ObjectNode) doc.get("questions").get(1)).put("id", "q1")));

        assertEquals("$", e.jsonPath());
        assertTrue(e.getMessage().contains("duplicate question id 'q1'"), e.getMessage());
    }

    @Test
    void aNumberAnswerWithoutToleranceIsReported() {
        FormatException e = failure(DocumentFormat.CHALLENGE, mutate(DocumentFormat.CHALLENGE, Samples.challenge(),
                doc -> ((ObjectNode) doc.get("questions").get(0).get("answerFormat")).remove("tolerance")));

        assertEquals("$.questions[0].answerFormat", e.jsonPath());
        assertTrue(e.getMessage().contains("tolerance"), e.getMessage());
    }

    @Test
    void anUnknownEnumValueIsReportedWithTheAllowedOnes() {
        FormatException e = failure(DocumentFormat.CHALLENGE, mutate(DocumentFormat.CHALLENGE, Samples.challenge(),
                doc -> ((ObjectNode) doc.get("questions").get(0)).put("category", "TRAP_TARGETED")));

        assertEquals("$.questions[0].category", e.jsonPath());
        assertTrue(e.getMessage().contains("expected one of: direct_extraction, multi_hop_bridge"), e.getMessage());
    }

    @Test
    void anUnknownTraceStepTypeIsReported() {
        FormatException e = failure(DocumentFormat.SUBMISSION, mutate(DocumentFormat.SUBMISSION, Samples.submission(),
                doc -> ((ObjectNode) doc.get("trace").get(1)).put("type", "guess")));

        assertEquals("$.trace[1].type", e.jsonPath());
        assertTrue(e.getMessage().contains("extract_fact, compute_logic"), e.getMessage());
    }

    @Test
    void aTraceStepWithTheOtherTypesFieldIsReported() {
        FormatException e = failure(DocumentFormat.SUBMISSION, mutate(DocumentFormat.SUBMISSION, Samples.submission(),
                doc -> ((ObjectNode) doc.get("trace").get(0)).put("op", "add")));

        assertEquals("$.trace[0].op", e.jsonPath());
    }

    @Test
    void aMalformedChallengeIdIsReportedAtItsPath() {
        FormatException e = failure(DocumentFormat.CHALLENGE, mutate(DocumentFormat.CHALLENGE, Samples.challenge(),
                doc -> doc.put("id", "dacr1.g1.Corporate")));

        assertEquals("$.id", e.jsonPath());
        assertTrue(e.getMessage().contains("not a challenge id"), e.getMessage());
    }

    @Test
    void anExplicitNullIsReportedAsTheWrongType() {
        FormatException e = failure(DocumentFormat.SUBMISSION, mutate(DocumentFormat.SUBMISSION, Samples.submission(),
                doc -> ((ObjectNode) doc.get("answers").get(1)).putNull("citation")));

        assertEquals("$.answers[1].citation", e.jsonPath());
        assertTrue(e.getMessage().contains("found null"), e.getMessage());
    }

    @Test
    void aMalformedInstantIsReportedAtItsPath() {
        FormatException e = failure(DocumentFormat.ATTEMPT, mutate(DocumentFormat.ATTEMPT, Samples.attempt(),
                doc -> doc.put("submittedAt", "yesterday")));

        assertEquals("$.submittedAt", e.jsonPath());
    }

    @Test
    void aNegativeDurationIsReported() {
        FormatException e = failure(DocumentFormat.ATTEMPT, mutate(DocumentFormat.ATTEMPT, Samples.attempt(),
                doc -> doc.put("elapsed", "PT-1S")));

        assertEquals("$", e.jsonPath());
        assertTrue(e.getMessage().contains("elapsed must not be negative"), e.getMessage());
    }

    @Test
    void aNestedDocumentIsReportedAtItsPath() {
        FormatException e = failure(DocumentFormat.ATTEMPT, mutate(DocumentFormat.ATTEMPT, Samples.attempt(),
                doc -> ((ObjectNode) doc.get("verdict").get("answers").get(2)).put("outcome", "skipped")));

        assertEquals("attempt", e.format());
        assertEquals("$.verdict.answers[2].outcome", e.jsonPath());
    }

    @Test
    void aDuplicateMemberIsReported() {
        String json = DacrJson.writeString(DocumentFormat.EPOCH, Samples.epoch()).replace("{\"schemaVersion\":1,",
                "{\"schemaVersion\":1,\"id\":8,");

        FormatException e = failure(DocumentFormat.EPOCH, json);
        assertTrue(e.getMessage().contains("Duplicate field 'id'"), e.getMessage());
    }

    @Test
    void contentAfterTheDocumentIsReported() {
        FormatException e = failure(DocumentFormat.EPOCH, DacrJson.writeString(DocumentFormat.EPOCH, Samples.epoch()) + " {}");

        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
    }

    @Test
    void aNumberWhoseExactFormWouldBeHugeIsReported() {
        String json = DacrJson.writeString(DocumentFormat.SUBMISSION, Samples.submission()).replace("0.90", "1E+999999999");

        FormatException e = failure(DocumentFormat.SUBMISSION, json);
        assertEquals("$.answers[0].confidence", e.jsonPath());
    }

    @Test
    void aHugeIntegerWhereALongBelongsIsReported() {
        FormatException e = failure(DocumentFormat.RECEIPT, mutate(DocumentFormat.RECEIPT, Samples.receipt(),
                doc -> doc.put("epoch", new java.math.BigInteger("99999999999999999999"))));

        assertEquals("$.epoch", e.jsonPath());
    }

    @Test
    void aStringWithAnUnpairedSurrogateIsReported() {
        String json = DacrJson.writeString(DocumentFormat.SUBMISSION, Samples.submission())
                .replace("\"Kelmara carries", "\"\\ud800Kelmara carries");

        FormatException e = failure(DocumentFormat.SUBMISSION, json);
        assertEquals("$.artifact", e.jsonPath());
        assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
    }

    @Test
    void aDistributionThatDoesNotAddUpIsReported() {
        FormatException e = failure(DocumentFormat.DISTRIBUTION, mutate(DocumentFormat.DISTRIBUTION, Samples.distribution(),
                doc -> doc.put("pool", 1001)));

        assertEquals("$", e.jsonPath());
        assertTrue(e.getMessage().contains("must equal the pool"), e.getMessage());
    }

    @Test
    void bytesAreReadAsUtf8() {
        byte[] json = DacrJson.writeString(DocumentFormat.SUBMISSION, Samples.submission()).getBytes(StandardCharsets.UTF_8);

        assertEquals(Samples.submission(), DacrJson.read(DocumentFormat.SUBMISSION, json));
    }

    private static FormatException failure(DocumentFormat<?> format, String json) {
        return assertThrows(FormatException.class, () -> DacrJson.read(format, json));
    }

    static <T> String mutate(DocumentFormat<T> format, T value, Consumer<ObjectNode> change) {
        try {
            ObjectNode doc = (ObjectNode) CanonicalFormTest.GENERIC.readTree(DacrJson.write(format, value));
            change.accept(doc);
            return CanonicalFormTest.GENERIC.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.Test
    void overlongUtf8IsRefusedRatherThanReadAsAnotherCharacter() {
        byte[] json = "{\"schemaVersion\":1,\"x\":\"a?b\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = new String(json, java.nio.charset.StandardCharsets.UTF_8).indexOf('?');
        byte[] overlong = new byte[json.length + 1];
        System.arraycopy(json, 0, overlong, 0, at);
        overlong[at] = (byte) 0xC0;
        overlong[at + 1] = (byte) 0xAF;
        System.arraycopy(json, at + 1, overlong, at + 2, json.length - at - 1);
        io.dacr.api.FormatException e = org.junit.jupiter.api.Assertions.assertThrows(io.dacr.api.FormatException.class,
                () -> io.dacr.core.json.DacrJson.read(io.dacr.core.json.DocumentFormat.SUBMISSION, overlong));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
