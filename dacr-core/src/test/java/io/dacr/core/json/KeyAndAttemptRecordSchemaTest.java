package io.dacr.core.json;

import static io.dacr.core.json.SchemaValidationTest.assertRejected;
import static io.dacr.core.json.SchemaValidationTest.assertValid;
import static io.dacr.core.json.SchemaValidationTest.bad;
import static io.dacr.core.json.SchemaValidationTest.schema;
import static io.dacr.core.json.SchemaValidationTest.schemaNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import io.dacr.api.AnswerKey;
import io.dacr.api.Attempt;
import io.dacr.api.Submission;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas of the secret and stored documents, answer_key, generated_key (a keys-file line) and
 * attempt_record (an attempt-store line), accept what the codecs write and reject known-bad documents
 * that the codecs reject too, as {@link SchemaValidationTest} holds the public documents' schemas to.
 */
class KeyAndAttemptRecordSchemaTest {

    private static final List<String> NAMES = List.of("answer_key", "generated_key", "attempt_record");
    private static final JsonSchema ANSWER_KEY = schema("answer_key");
    private static final JsonSchema GENERATED_KEY = schema("generated_key");
    private static final JsonSchema ATTEMPT_RECORD = schema("attempt_record");

    @Property(tries = 100)
    void generatedAnswerKeysAreValid(@ForAll("answerKeys") AnswerKey value) {
        assertValid(ANSWER_KEY, DocumentFormat.ANSWER_KEY, value);
    }

    @Property(tries = 100)
    void generatedKeysFileLinesAreValid(@ForAll("generatedKeys") GeneratedKey value) {
        assertValid(GENERATED_KEY, DocumentFormat.GENERATED_KEY, value);
    }

    @Property(tries = 100)
    void generatedAttemptRecordsAreValid(@ForAll("attemptRecords") AttemptRecord value) {
        assertValid(ATTEMPT_RECORD, DocumentFormat.ATTEMPT_RECORD, value);
    }

    @Test
    void theSamplesAreValid() {
        assertValid(ANSWER_KEY, DocumentFormat.ANSWER_KEY, Samples.answerKey());
        assertValid(GENERATED_KEY, DocumentFormat.GENERATED_KEY, Samples.generatedKey());
        assertValid(ATTEMPT_RECORD, DocumentFormat.ATTEMPT_RECORD, Samples.attemptRecord());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswerKeys")
    void aBadAnswerKeyIsRejectedByTheSchemaAndTheCodec(String why, Consumer<ObjectNode> change) {
        assertRejected(ANSWER_KEY, DocumentFormat.ANSWER_KEY, Samples.answerKey(), change);
    }

    static Stream<Arguments> badAnswerKeys() {
        return Stream.of(
                bad("no schemaVersion", d -> d.remove("schemaVersion")),
                bad("an unknown member", d -> d.put("secret", "x")),
                bad("no facts", d -> d.remove("facts")),
                bad("a malformed fact id", d -> child(d, "facts", 0).put("id", "fact-1")),
                bad("a fact without unit", d -> child(d, "facts", 0).remove("unit")),
                bad("a blank fact value", d -> child(d, "facts", 0).put("value", " ")),
                bad("a gold answer without chain", d -> child(d, "answers", 0).putArray("chain")),
                bad("a null trap id", d -> child(d, "answers", 0).putNull("trapId")),
                bad("an expected value that is a number", d -> ((ObjectNode) child(d, "constraintValues", 0).get("expected"))
                        .put("count", 9)),
                bad("an unknown trap kind", d -> child(d, "traps", 0).put("kind", "rumour")),
                bad("an upper-case trap kind", d -> child(d, "traps", 0).put("kind", "SUPERSEDED")),
                bad("a trap naming no paragraph", d -> child(d, "traps", 0).putArray("paragraphIds")),
                bad("a mention of a malformed paragraph id", d -> ((ObjectNode) d.get("grounding").get("mentions").get(0))
                        .put("paragraphId", "paragraph_0")),
                bad("a provenance with a negative index", d -> ((ObjectNode) d.get("provenance")).put("index", -1)),
                bad("a provenance with an upper-case domain pack hash", d -> ((ObjectNode) d.get("provenance"))
                        .put("domainPackHash", "AB".repeat(32))),
                bad("a knob value with a surrounding space", d -> ((ObjectNode) d.get("provenance").get("spec").get("knobs"))
                        .put("paragraphs", "60 ")),
                bad("a knob value with '='", d -> ((ObjectNode) d.get("provenance").get("spec").get("knobs"))
                        .put("paragraphs", "a=b")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badGeneratedKeys")
    void aBadKeysFileLineIsRejectedByTheSchemaAndTheCodec(String why, Consumer<ObjectNode> change) {
        assertRejected(GENERATED_KEY, DocumentFormat.GENERATED_KEY, Samples.generatedKey(), change);
    }

    static Stream<Arguments> badGeneratedKeys() {
        return Stream.of(
                bad("no schemaVersion", d -> d.remove("schemaVersion")),
                bad("an unknown member", d -> d.put("challenge", "x")),
                bad("no challenge id", d -> d.remove("challengeId")),
                bad("a malformed challenge id", d -> d.put("challengeId", "dacr1.g1.corporate-finance")),
                bad("no oracle", d -> d.remove("oracle")),
                bad("an unknown member of the key", d -> ((ObjectNode) d.get("key")).put("secret", "x")),
                bad("a schemaVersion inside the key", d -> ((ObjectNode) d.get("key")).put("schemaVersion", 1)),
                bad("an unknown member of the oracle", d -> ((ObjectNode) d.get("oracle")).put("model", "x")),
                bad("an oracle step of an unknown type", d -> ((ObjectNode) d.get("oracle").get("trace").get(0))
                        .put("type", "guess")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAttemptRecords")
    void aBadAttemptStoreLineIsRejectedByTheSchemaAndTheCodec(String why, Consumer<ObjectNode> change) {
        assertRejected(ATTEMPT_RECORD, DocumentFormat.ATTEMPT_RECORD, Samples.attemptRecord(), change);
    }

    static Stream<Arguments> badAttemptRecords() {
        return Stream.of(
                bad("no schemaVersion", d -> d.remove("schemaVersion")),
                bad("an unknown member", d -> d.put("cost", 1)),
                bad("no trapped question list", d -> d.remove("trappedQuestionIds")),
                bad("a question listed twice", d -> d.putArray("trappedQuestionIds").add("q2").add("q2")),
                bad("a blank question id", d -> d.putArray("trappedQuestionIds").add(" ")),
                bad("trapped questions as a string", d -> d.put("trappedQuestionIds", "q2")),
                bad("an attempt without verdict", d -> ((ObjectNode) d.get("attempt")).remove("verdict")),
                bad("an unknown member of the attempt", d -> ((ObjectNode) d.get("attempt")).put("cost", 1)),
                bad("attempt number 0", d -> ((ObjectNode) d.get("attempt")).put("number", 0)),
                bad("an unknown member of its verdict", d -> ((ObjectNode) d.get("attempt").get("verdict")).put("score", 1)));
    }

    @Test
    void eachSchemaIsDraft202012WithAStableIdAndValidAgainstTheMetaSchema() {
        JsonSchema meta = SchemaValidationTest.FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : NAMES) {
            JsonNode schema = schemaNode(name);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
            assertEquals("https://dacr.io/schemas/" + name + "-1.json", schema.get("$id").asText());
            Set<ValidationMessage> errors = meta.validate(schema);
            assertTrue(errors.isEmpty(), name + ": " + errors);
        }
    }

    @Test
    void nestedDocumentsAreDefinedAsTheirOwnSchemasDefineThem() {
        assertDefinedAlike("generated_key", "answer_key");
        assertDefinedAlike("generated_key", "submission");
        assertDefinedAlike("attempt_record", "attempt");
    }

    @Test
    void theSchemasShipInTheJarUnderTheirDocumentedPath() {
        for (String name : NAMES) {
            assertTrue(DacrJson.class.getResource("/io/dacr/schemas/" + name + ".schema.json") != null, name);
        }
    }

    /** Every definition of {@code source} appears, identical, in {@code user}. */
    private static void assertDefinedAlike(String user, String source) {
        JsonNode used = schemaNode(user).get("$defs");
        JsonNode defined = schemaNode(source).get("$defs");
        defined.fieldNames().forEachRemaining(name -> assertEquals(defined.get(name), used.get(name), user + " " + name));
    }

    private static ObjectNode child(ObjectNode document, String array, int index) {
        return (ObjectNode) document.get(array).get(index);
    }

    @Provide
    Arbitrary<AnswerKey> answerKeys() {
        return ValueArbitraries.answerKey();
    }

    @Provide
    Arbitrary<GeneratedKey> generatedKeys() {
        return Combinators.combine(ValueArbitraries.answerKey(), ValueArbitraries.submission()).as((key, any) ->
                new GeneratedKey(key, new Submission(key.challengeId().toString(), any.artifact(), any.answers(), any.trace())));
    }

    @Provide
    Arbitrary<AttemptRecord> attemptRecords() {
        Arbitrary<Attempt> attempts = ValueArbitraries.attempt();
        Arbitrary<List<String>> trapped = Arbitraries.oneOf(ValueArbitraries.nonBlank(),
                Arbitraries.integers().between(1, 40).map(i -> "q" + i)).list().ofMaxSize(5).uniqueElements();
        return Combinators.combine(attempts, trapped).as(AttemptRecord::new);
    }
}
