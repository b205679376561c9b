package io.dacr.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.FormatException;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas shipped in the jar accept what the codecs write (generated samples included) and
 * reject known-bad documents, which the codecs reject too: the schemas are neither vacuous nor stricter
 * than the formats they describe.
 */
class SchemaValidationTest {

    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema CHALLENGE = schema("challenge");
    private static final JsonSchema SUBMISSION = schema("submission");
    private static final JsonSchema VERDICT = schema("verdict");
    private static final JsonSchema ATTEMPT = schema("attempt");

    @Property(tries = 100)
    void generatedChallengesAreValid(@ForAll("challenges") Challenge value) {
        assertValid(CHALLENGE, DocumentFormat.CHALLENGE, value);
    }

    @Property(tries = 100)
    void generatedSubmissionsAreValid(@ForAll("submissions") Submission value) {
        assertValid(SUBMISSION, DocumentFormat.SUBMISSION, value);
    }

    @Property(tries = 100)
    void generatedVerdictsAreValid(@ForAll("verdicts") Verdict value) {
        assertValid(VERDICT, DocumentFormat.VERDICT, value);
    }

    @Property(tries = 100)
    void generatedAttemptsAreValid(@ForAll("attempts") Attempt value) {
        assertValid(ATTEMPT, DocumentFormat.ATTEMPT, value);
    }

    @Test
    void theSamplesAreValid() {
        assertValid(CHALLENGE, DocumentFormat.CHALLENGE, Samples.challenge());
        assertValid(SUBMISSION, DocumentFormat.SUBMISSION, Samples.submission());
        assertValid(VERDICT, DocumentFormat.VERDICT, Samples.verdict());
        assertValid(ATTEMPT, DocumentFormat.ATTEMPT, Samples.attempt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badChallenges")
    void aBadChallengeIsRejectedByTheSchemaAndTheCodec(String why, Consumer<ObjectNode> change) {
        assertRejected(CHALLENGE, DocumentFormat.CHALLENGE, Samples.challenge(), change);
    }

    static Stream<Arguments> badChallenges() {
        return Stream.of(
                bad("no schemaVersion", d -> d.remove("schemaVersion")),
                bad("schemaVersion 2", d -> d.put("schemaVersion", 2)),
                bad("an unknown member", d -> d.put("difficulty", "hard")),
                bad("an unknown member of a question", d -> question(d, 0).put("difficulty", "hard")),
                bad("no questions", d -> d.putArray("questions")),
                bad("no paragraphs", d -> d.putArray("paragraphs")),
                bad("a malformed paragraph id", d -> ((ObjectNode) d.get("paragraphs").get(0)).put("id", "p1")),
                bad("a blank paragraph", d -> ((ObjectNode) d.get("paragraphs").get(0)).put("text", "  ")),
                bad("hops 7", d -> question(d, 0).put("hops", 7)),
                bad("hops as a string", d -> question(d, 0).put("hops", "2")),
                bad("an unknown category", d -> question(d, 0).put("category", "trivia")),
                bad("an upper-case category", d -> question(d, 0).put("category", "COMPARATIVE")),
                bad("a number answer without tolerance", d -> ((ObjectNode) question(d, 0).get("answerFormat")).remove("tolerance")),
                bad("an entity answer with a unit", d -> ((ObjectNode) question(d, 1).get("answerFormat")).put("unit", "USD")),
                bad("a negative tolerance", d -> ((ObjectNode) question(d, 0).get("answerFormat").get("tolerance")).put("amount", -1)),
                bad("a tolerance amount as a string", d -> ((ObjectNode) question(d, 0).get("answerFormat").get("tolerance"))
                        .put("amount", "0.01")),
                bad("an unknown constraint kind", d -> ((ObjectNode) d.get("constraints").get(0)).put("kind", "rhyme")),
                bad("a malformed constraint id", d -> ((ObjectNode) d.get("constraints").get(0)).put("id", "constraint-1")),
                bad("a hash in upper case", d -> ((ObjectNode) d.get("hashes")).put("document", "AB".repeat(32))),
                bad("a malformed challenge id", d -> d.put("id", "dacr1.g1.corporate-finance")),
                bad("a domain id that is not an identifier", d -> d.put("domainId", "Corporate Finance")),
                bad("zero minSteps", d -> ((ObjectNode) d.get("traceRules")).put("minSteps", 0)),
                bad("citationsChecked as a string", d -> ((ObjectNode) d.get("traceRules")).put("citationsChecked", "yes")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSubmissions")
    void aBadSubmissionIsRejectedByTheSchemaAndTheCodec(String why, Consumer<ObjectNode> change) {
        assertRejected(SUBMISSION, DocumentFormat.SUBMISSION, Samples.submission(), change);
    }

    static Stream<Arguments> badSubmissions() {
        return Stream.of(
                bad("no schemaVersion", d -> d.remove("schemaVersion")),
                bad("an unknown member", d -> d.put("model", "x")),
                bad("no artifact", d -> d.remove("artifact")),
                bad("an answer without its question", d -> ((ObjectNode) d.get("answers").get(0)).remove("questionId")),
                bad("a confidence as a string", d -> ((ObjectNode) d.get("answers").get(0)).put("confidence", "high")),
                bad("a null citation", d -> ((ObjectNode) d.get("answers").get(0)).putNull("citation")),
                bad("an unknown trace step type", d -> ((ObjectNode) d.get("trace").get(0)).put("type", "guess")),
                bad("a trace step without type", d -> ((ObjectNode) d.get("trace").get(0)).remove("type")),
                bad("a trace step mixing both types", d -> ((ObjectNode) d.get("trace").get(0)).put("op", "add")),
                bad("compute inputs as a string", d -> ((ObjectNode) d.get("trace").get(1)).put("inputs", "1664")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badVerdicts")
    void aBadVerdictIsRejectedByTheSchemaAndTheCodec(String why, Consumer<ObjectNode> change) {
        assertRejected(VERDICT, DocumentFormat.VERDICT, Samples.verdict(), change);
    }

    static Stream<Arguments> badVerdicts() {
        return Stream.of(
                bad("no schemaVersion", d -> d.remove("schemaVersion")),
                bad("an unknown member", d -> d.put("score", 1)),
                bad("a verdict of no_answer", d -> d.put("outcome", "no_answer")),
                bad("an upper-case outcome", d -> d.put("outcome", "PASS")),
                bad("a blank subject", d -> ((ObjectNode) d.get("answers").get(0)).put("subject", " ")),
                bad("a check without reason", d -> ((ObjectNode) d.get("trace")).remove("reason")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAttempts")
    void aBadAttemptIsRejectedByTheSchemaAndTheCodec(String why, Consumer<ObjectNode> change) {
        assertRejected(ATTEMPT, DocumentFormat.ATTEMPT, Samples.attempt(), change);
    }

    static Stream<Arguments> badAttempts() {
        return Stream.of(
                bad("no schemaVersion", d -> d.remove("schemaVersion")),
                bad("an unknown member", d -> d.put("cost", 1)),
                bad("attempt number 0", d -> d.put("number", 0)),
                bad("a blank model id", d -> d.put("modelId", "")),
                bad("a negative duration", d -> d.put("elapsed", "PT-1S")),
                bad("a duration as a number", d -> d.put("elapsed", 1.5)),
                bad("a time without zone", d -> d.put("submittedAt", "2026-03-01T12:00:00")),
                bad("an unknown member of the submission", d -> ((ObjectNode) d.get("submission")).put("model", "x")),
                bad("a schemaVersion inside the submission", d -> ((ObjectNode) d.get("submission")).put("schemaVersion", 1)),
                bad("an unknown member of the verdict", d -> ((ObjectNode) d.get("verdict")).put("score", 1)),
                bad("a verdict without outcome", d -> ((ObjectNode) d.get("verdict")).remove("outcome")));
    }

    @Test
    void eachSchemaIsDraft202012WithAStableId() {
        for (String name : List.of("challenge", "submission", "verdict", "attempt")) {
            JsonNode schema = schemaNode(name);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
            assertEquals("https://dacr.io/schemas/" + name + "-1.json", schema.get("$id").asText());
        }
    }

    @Test
    void eachSchemaIsValidAgainstTheDraft202012MetaSchema() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : List.of("challenge", "submission", "verdict", "attempt")) {
            Set<ValidationMessage> errors = meta.validate(schemaNode(name));
            assertTrue(errors.isEmpty(), name + ": " + errors);
        }
    }

    @Test
    void theAttemptSchemaDefinesSubmissionsAndVerdictsAsTheirOwnSchemasDo() {
        JsonNode attempt = schemaNode("attempt").get("$defs");
        JsonNode submission = schemaNode("submission").get("$defs");
        JsonNode verdict = schemaNode("verdict").get("$defs");

        submission.fieldNames().forEachRemaining(name -> assertEquals(submission.get(name), attempt.get(name), name));
        verdict.fieldNames().forEachRemaining(name -> assertEquals(verdict.get(name), attempt.get(name), name));
    }

    @Test
    void theSchemasShipInTheJarUnderTheirDocumentedPath() {
        for (String name : List.of("challenge", "submission", "verdict", "attempt")) {
            assertTrue(DacrJson.class.getResource("/io/dacr/schemas/" + name + ".schema.json") != null, name);
        }
    }

    @Provide
    Arbitrary<Challenge> challenges() {
        return ValueArbitraries.challenge();
    }

    @Provide
    Arbitrary<Submission> submissions() {
        return ValueArbitraries.submission();
    }

    @Provide
    Arbitrary<Verdict> verdicts() {
        return ValueArbitraries.verdict();
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        return ValueArbitraries.attempt();
    }

    static Arguments bad(String why, Consumer<ObjectNode> change) {
        return Arguments.of(why, change);
    }

    private static ObjectNode question(ObjectNode challenge, int index) {
        return (ObjectNode) challenge.get("questions").get(index);
    }

    static <T> void assertValid(JsonSchema schema, DocumentFormat<T> format, T value) {
        Set<ValidationMessage> errors = schema.validate(tree(DacrJson.writeString(format, value)));
        assertTrue(errors.isEmpty(), () -> errors + " in " + DacrJson.writeString(format, value));
    }

    static <T> void assertRejected(JsonSchema schema, DocumentFormat<T> format, T sample, Consumer<ObjectNode> change) {
        String json = FormatErrorTest.mutate(format, sample, change);

        assertFalse(schema.validate(tree(json)).isEmpty(), "the schema accepts " + json);
        assertThrows(FormatException.class, () -> DacrJson.read(format, json), "the codec accepts " + json);
    }

    static JsonNode tree(String json) {
        try {
            return CanonicalFormTest.GENERIC.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonSchema schema(String name) {
        return FACTORY.getSchema(schemaNode(name));
    }

    static JsonNode schemaNode(String name) {
        try (InputStream in = DacrJson.class.getResourceAsStream("/io/dacr/schemas/" + name + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + name);
            }
            return CanonicalFormTest.GENERIC.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
