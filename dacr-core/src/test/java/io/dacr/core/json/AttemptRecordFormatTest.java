package io.dacr.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Attempt;
import io.dacr.api.FormatException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The attempt-store line: an attempt and the questions on which the solver fell for a trap. */
class AttemptRecordFormatTest {

    @Property(tries = 50)
    void anyAttemptWithAnyTrappedQuestionsReadsBackEqual(@ForAll("attempts") Attempt attempt,
                                                        @ForAll("questionIds") List<String> trapped) {
        AttemptRecord value = new AttemptRecord(attempt, trapped);

        assertEquals(value, DacrJson.read(DocumentFormat.ATTEMPT_RECORD, DacrJson.write(DocumentFormat.ATTEMPT_RECORD, value)));
    }

    @Test
    void theAttemptIsNestedAndTheTrappedQuestionsFollowIt() {
        String json = DacrJson.writeString(DocumentFormat.ATTEMPT_RECORD, Samples.attemptRecord());

        assertTrue(json.startsWith("{\"schemaVersion\":1,\"attempt\":{\"sessionId\":\"session-1\","), json);
        assertTrue(json.contains("},\"trappedQuestionIds\":[\"q2\"],\"origin\":{"), json);
    }

    @Test
    void aRecordWithoutOriginHasNoOriginMemberAndReadsBackWithoutOne() {
        AttemptRecord plain = new AttemptRecord(Samples.attempt(), List.of());
        String json = DacrJson.writeString(DocumentFormat.ATTEMPT_RECORD, plain);

        assertTrue(json.endsWith("\"trappedQuestionIds\":[]}"), json);
        assertEquals(null, DacrJson.read(DocumentFormat.ATTEMPT_RECORD, json).origin());
    }

    @Test
    void theOriginKeepsPromptVersionStrategyRawReplyAndUsage() {
        AttemptRecord record = DacrJson.read(DocumentFormat.ATTEMPT_RECORD,
                DacrJson.write(DocumentFormat.ATTEMPT_RECORD, Samples.attemptRecord()));

        assertEquals("dacr-prompt-1", record.origin().promptVersion());
        assertEquals("self-refine", record.origin().strategy());
        assertTrue(record.origin().response().startsWith("```json"));
        assertEquals(1540, record.origin().usage().totalTokens());
    }

    @Test
    void aNegativeTokenCountInTheOriginIsAFormatError() {
        String json = DacrJson.writeString(DocumentFormat.ATTEMPT_RECORD, Samples.attemptRecord())
                .replace("\"promptTokens\":1200", "\"promptTokens\":-1");

        assertThrows(FormatException.class, () -> DacrJson.read(DocumentFormat.ATTEMPT_RECORD, json));
    }

    @Test
    void aMissingTrappedQuestionListIsAFormatError() {
        String json = FormatErrorTest.mutate(DocumentFormat.ATTEMPT_RECORD, Samples.attemptRecord(),
                doc -> doc.remove("trappedQuestionIds"));

        FormatException e = assertThrows(FormatException.class, () -> DacrJson.read(DocumentFormat.ATTEMPT_RECORD, json));

        assertEquals("attempt_record", e.format());
    }

    @Test
    void aQuestionListedTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AttemptRecord(Samples.attempt(), List.of("q1", "q1")));
    }

    @Test
    void aRecordWithTrappedQuestionsSaysItWasTrapped() {
        assertTrue(Samples.attemptRecord().trapped());
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        return ValueArbitraries.attempt();
    }

    @Provide
    Arbitrary<List<String>> questionIds() {
        return Arbitraries.integers().between(1, 40).map(i -> "q" + i).list().ofMaxSize(5).uniqueElements();
    }
}
