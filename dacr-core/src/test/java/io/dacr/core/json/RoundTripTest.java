package io.dacr.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.AnswerKey;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.Receipt;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Reading what was written gives back an equal value, for every format and every kind of content. */
class RoundTripTest {

    @Property(tries = 100)
    void aChallengeReadsBackEqual(@ForAll("challenges") Challenge value) {
        assertEquals(value, roundTrip(DocumentFormat.CHALLENGE, value));
    }

    @Property(tries = 100)
    void anAnswerKeyReadsBackEqual(@ForAll("answerKeys") AnswerKey value) {
        assertEquals(value, roundTrip(DocumentFormat.ANSWER_KEY, value));
    }

    @Property(tries = 100)
    void aSubmissionReadsBackEqual(@ForAll("submissions") Submission value) {
        assertEquals(value, roundTrip(DocumentFormat.SUBMISSION, value));
    }

    @Property(tries = 100)
    void aVerdictReadsBackEqual(@ForAll("verdicts") Verdict value) {
        assertEquals(value, roundTrip(DocumentFormat.VERDICT, value));
    }

    @Property(tries = 100)
    void anAttemptReadsBackEqual(@ForAll("attempts") Attempt value) {
        assertEquals(value, roundTrip(DocumentFormat.ATTEMPT, value));
    }

    @Property(tries = 100)
    void aReceiptReadsBackEqual(@ForAll("receipts") Receipt value) {
        assertEquals(value, roundTrip(DocumentFormat.RECEIPT, value));
    }

    @Property(tries = 100)
    void aDistributionReadsBackEqual(@ForAll("distributions") Distribution value) {
        assertEquals(value, roundTrip(DocumentFormat.DISTRIBUTION, value));
    }

    @Property(tries = 100)
    void anEpochReadsBackEqual(@ForAll("epochs") Epoch value) {
        assertEquals(value, roundTrip(DocumentFormat.EPOCH, value));
    }

    @Property(tries = 100)
    void aGenerationSpecReadsBackEqual(@ForAll("generationSpecs") GenerationSpec value) {
        assertEquals(value, roundTrip(DocumentFormat.GENERATION_SPEC, value));
    }

    @Property(tries = 100)
    void thePrettyFormReadsBackEqual(@ForAll("attempts") Attempt value) {
        assertEquals(value, DacrJson.read(DocumentFormat.ATTEMPT, DacrJson.writePretty(DocumentFormat.ATTEMPT, value)));
    }

    @Property(tries = 100)
    void theCompactFormIsOneLine(@ForAll("attempts") Attempt value) {
        String json = DacrJson.writeString(DocumentFormat.ATTEMPT, value);

        assertFalse(json.contains("\n") || json.contains("\r"), json);
    }

    @Test
    void everySampleReadsBackEqual() {
        List<DocumentFormat<?>> formats = DocumentFormat.all();
        List<Object> samples = Samples.all();
        for (int i = 0; i < formats.size(); i++) {
            assertEquals(samples.get(i), roundTripUnchecked(formats.get(i), samples.get(i)), formats.get(i).name());
        }
    }

    @Test
    void aDocumentStartsWithItsSchemaVersion() {
        for (int i = 0; i < DocumentFormat.all().size(); i++) {
            String json = writeUnchecked(DocumentFormat.all().get(i), Samples.all().get(i));
            assertTrue(json.startsWith("{\"schemaVersion\":1,"), json);
        }
    }

    @Test
    void theBytesAreTheUtf8OfTheText() {
        assertEquals(DacrJson.writeString(DocumentFormat.CHALLENGE, Samples.challenge()),
                new String(DacrJson.write(DocumentFormat.CHALLENGE, Samples.challenge()), StandardCharsets.UTF_8));
    }

    @Test
    void thePrettyFormEndsLinesWithLineFeedsOnly() {
        String pretty = DacrJson.writePretty(DocumentFormat.CHALLENGE, Samples.challenge());

        assertTrue(pretty.contains("\n  \"schemaVersion\": 1,\n"), pretty);
        assertFalse(pretty.contains("\r"));
    }

    @Test
    void enumsAreWrittenByTheirLowerCaseWireNames() {
        String json = DacrJson.writeString(DocumentFormat.CHALLENGE, Samples.challenge());

        assertTrue(json.contains("\"category\":\"trap_targeted\""), json);
        assertTrue(json.contains("\"type\":\"number\""), json);
        assertTrue(json.contains("\"kind\":\"relative\""), json);
        assertTrue(json.contains("\"kind\":\"word_count\""), json);
    }

    @Test
    void numbersAreWrittenAsJsonNumbersWithTheirScale() {
        String json = DacrJson.writeString(DocumentFormat.SUBMISSION, Samples.submission());

        assertTrue(json.contains("\"confidence\":0.90"), json);
    }

    @Test
    void absentOptionalValuesAreOmitted() {
        String json = DacrJson.writeString(DocumentFormat.SUBMISSION, Samples.submission());

        assertTrue(json.contains("{\"questionId\":\"q2\",\"answer\":\"Kelmara Air\"}"), json);
        assertFalse(json.contains("null"), json);
    }

    @Test
    void instantsAndDurationsAreIso8601Strings() {
        String json = DacrJson.writeString(DocumentFormat.ATTEMPT, Samples.attempt());

        assertTrue(json.contains("\"submittedAt\":\"2026-03-01T12:00:00.500Z\""), json);
        assertTrue(json.contains("\"elapsed\":\"PT1.5S\""), json);
    }

    @Test
    void traceStepsCarryTheirType() {
        String json = DacrJson.writeString(DocumentFormat.SUBMISSION, Samples.submission());

        assertTrue(json.contains("{\"type\":\"extract_fact\",\"targetEntity\":\"KA\""), json);
        assertTrue(json.contains("{\"type\":\"compute_logic\",\"op\":\"multiply\""), json);
    }

    @Test
    void aChallengeIdIsWrittenAsItsTextForm() {
        String json = DacrJson.writeString(DocumentFormat.CHALLENGE, Samples.challenge());

        assertTrue(json.contains("\"id\":\"" + Samples.ID + "\""), json);
    }

    @Test
    void supplementaryCharactersAreWrittenAsUtf8NotAsEscapes() {
        String json = DacrJson.writeString(DocumentFormat.CHALLENGE, Samples.challenge());

        assertTrue(json.contains("\ud83d\ude00"), json);
        assertFalse(json.toLowerCase(java.util.Locale.ROOT).contains("\\ud83d"), json);
    }

    static <T> T roundTrip(DocumentFormat<T> format, T value) {
        return DacrJson.read(format, DacrJson.write(format, value));
    }

    @SuppressWarnings("unchecked")
    static <T> Object roundTripUnchecked(DocumentFormat<T> format, Object value) {
        return roundTrip(format, (T) value);
    }

    @SuppressWarnings("unchecked")
    static <T> String writeUnchecked(DocumentFormat<T> format, Object value) {
        return DacrJson.writeString(format, (T) value);
    }

    @Provide
    Arbitrary<Challenge> challenges() {
        return ValueArbitraries.challenge();
    }

    @Provide
    Arbitrary<AnswerKey> answerKeys() {
        return ValueArbitraries.answerKey();
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

    @Provide
    Arbitrary<Receipt> receipts() {
        return ValueArbitraries.receipt();
    }

    @Provide
    Arbitrary<Distribution> distributions() {
        return ValueArbitraries.distribution();
    }

    @Provide
    Arbitrary<Epoch> epochs() {
        return ValueArbitraries.epoch();
    }

    @Provide
    Arbitrary<GenerationSpec> generationSpecs() {
        return ValueArbitraries.generationSpec();
    }
}
