package io.dacr.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Outcome;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.spi.TokenUsage;
import io.dacr.core.json.AttemptOrigin;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.verify.Fixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile submissions through a session into a real file: each is graded MALFORMED, counted, and
 * recorded so that the store still reads back whole (before, one such record made the whole file
 * unreadable, or escaped as an exception and was never counted).
 */
class AttemptRecordingTest {

    @TempDir
    Path dir;

    private AttemptRecord submitAndReadBack(Submission submission, AttemptOrigin origin) throws IOException {
        Path file = dir.resolve("attempts.jsonl");
        try (JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            AttemptSession session = AttemptSession.builder("s-1", Fixtures.CHALLENGE, Fixtures.KEY, store)
                    .clock(new MutableClock()).modelId("model-a").build();
            assertInstanceOf(SubmitResult.Accepted.class, session.submit(Fixtures.failing()));
            SubmitResult.Accepted accepted = assertInstanceOf(SubmitResult.Accepted.class, session.submit(submission, origin));
            assertEquals(2, session.attemptsUsed());
            StoredAttempts stored = JsonlAttemptStore.read(file);
            assertEquals(2, stored.records().size(), "the honest record before it is still read back");
            assertEquals(accepted.record(), stored.records().get(1));
            return stored.records().get(1);
        }
    }

    private static Submission withCitation(String citation) {
        List<QuestionAnswer> answers = new ArrayList<>(Fixtures.oracle().answers());
        QuestionAnswer first = answers.get(0);
        answers.set(0, new QuestionAnswer(first.questionId(), first.answer(), citation, first.confidence()));
        return Fixtures.withAnswers(answers);
    }

    @Test
    void anUnpairedSurrogateInAnUncheckedFieldIsMalformedAndRecordedReplaced() throws IOException {
        AttemptRecord record = submitAndReadBack(withCitation("paragraph_1\uD800"), null);

        assertEquals(Outcome.MALFORMED, record.attempt().verdict().outcome());
        assertTrue(record.attempt().verdict().reason().contains("unpaired surrogate"), record.attempt().verdict().reason());
        assertEquals("paragraph_1\uFFFD", record.attempt().submission().answers().get(0).citation());
    }

    @Test
    void anUnpairedSurrogateInATraceStepIsMalformed() throws IOException {
        Submission s = Fixtures.oracle();
        List<io.dacr.api.TraceStep> trace = new ArrayList<>(s.trace());
        trace.set(4, new io.dacr.api.ComputeStep("mod", List.of("27", "1\uDC000"), "7"));
        AttemptRecord record = submitAndReadBack(new Submission(s.challengeId(), s.artifact(), s.answers(), trace), null);

        assertEquals(Outcome.MALFORMED, record.attempt().verdict().outcome());
        assertTrue(record.attempt().verdict().reason().contains("unpaired surrogate"), record.attempt().verdict().reason());
    }

    @Test
    void aConfidenceWithThousandsOfDecimalPlacesIsMalformedAndNotRecorded() throws IOException {
        List<QuestionAnswer> answers = new ArrayList<>(Fixtures.oracle().answers());
        QuestionAnswer first = answers.get(0);
        answers.set(0, new QuestionAnswer(first.questionId(), first.answer(), null, new BigDecimal("1E-5000")));
        AttemptRecord record = submitAndReadBack(Fixtures.withAnswers(answers), null);

        assertEquals(Outcome.MALFORMED, record.attempt().verdict().outcome());
        assertTrue(record.attempt().verdict().reason().contains("decimal places"), record.attempt().verdict().reason());
        assertNull(record.attempt().submission().answers().get(0).confidence());
    }

    @Test
    void anArtifactFarOverTheCapIsRecordedCut() throws IOException {
        Submission s = Fixtures.oracle();
        String huge = "word ".repeat(40_000);
        AttemptRecord record = submitAndReadBack(new Submission(s.challengeId(), huge, s.answers(), s.trace()), null);

        assertEquals(Outcome.MALFORMED, record.attempt().verdict().outcome());
        String artifact = record.attempt().submission().artifact();
        assertEquals(65_537, artifact.length());
        assertTrue(artifact.endsWith("\u2026") && huge.startsWith(artifact.substring(0, 65_536)), "cut, marked, else kept");
    }

    @Test
    void aRawReplyWithAnUnpairedSurrogateIsRecordedReplacedAndTheAttemptGraded() throws IOException {
        AttemptOrigin origin = new AttemptOrigin("dacr-prompt-1", "single", "{\"answers\": \"\uD83D\"}", new TokenUsage(10, 20));
        AttemptRecord record = submitAndReadBack(Fixtures.oracle(), origin);

        assertEquals(Outcome.PASS, record.attempt().verdict().outcome());
        assertEquals("{\"answers\": \"\uFFFD\"}", record.origin().response());
    }

    @Test
    void aWellFormedSubmissionIsRecordedAsItIs() throws IOException {
        Submission oracle = Fixtures.oracle();
        Path file = dir.resolve("attempts.jsonl");
        try (JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            AttemptSession session = AttemptSession.builder("s-1", Fixtures.CHALLENGE, Fixtures.KEY, store).build();
            SubmitResult.Accepted accepted = assertInstanceOf(SubmitResult.Accepted.class, session.submit(oracle));
            assertSame(oracle, accepted.record().attempt().submission());
        }
    }
}
