package io.dacr.core.bench;

import io.dacr.api.Attempt;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.core.bench.model.BenchResult.AttemptMetrics;
import io.dacr.api.spi.TokenUsage;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.ParseFailure;
import io.dacr.core.verify.DacrVerifier;
import io.dacr.core.verify.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Four sessions: s1 passes at once; s2 fails then passes; s3 fails, is malformed, fails; s4 is
 * malformed then passes. Eight attempts, two malformed.
 */
class AttemptMetricsTest {

    private static final DacrVerifier VERIFIER = DacrVerifier.builder().build();

    static List<AttemptRecord> records() {
        List<AttemptRecord> out = new ArrayList<>();
        out.add(record("s1", 1, Fixtures.oracle()));
        out.add(record("s2", 1, Fixtures.failing()));
        out.add(record("s3", 1, Fixtures.failing()));
        out.add(record("s2", 2, Fixtures.oracle()));
        out.add(malformed("s3", 2));
        out.add(record("s3", 3, Fixtures.failing()));
        out.add(malformed("s4", 1));
        out.add(record("s4", 2, Fixtures.oracle()));
        return out;
    }

    private static AttemptRecord record(String session, int number, Submission submission) {
        Verdict verdict = VERIFIER.verify(Fixtures.CHALLENGE, Fixtures.KEY, submission);
        return new AttemptRecord(attempt(session, number, submission, verdict), List.of());
    }

    private static AttemptRecord malformed(String session, int number) {
        Submission s = Fixtures.oracle();
        return new AttemptRecord(attempt(session, number, s, Verdict.malformed(s.challengeId(), "unreadable")), List.of());
    }

    private static Attempt attempt(String session, int number, Submission submission, Verdict verdict) {
        return attempt(session, number, "model-a", submission, verdict);
    }

    private static Attempt attempt(String session, int number, String model, Submission submission, Verdict verdict) {
        return new Attempt(session, Fixtures.ID.toString(), number, model, submission, verdict, "",
                Instant.parse("2026-01-01T00:00:00Z"), Duration.ofSeconds(1));
    }

    private static final AttemptMetrics METRICS = BenchScorer.builder().build()
            .score(BenchFiles.crafted(), List.of(), records()).attempts();

    @Test
    void passAtOneCountsSessionsWhoseFirstAttemptPassed() {
        assertEquals(0, new BigDecimal("0.25").compareTo(METRICS.passAt1()));
    }

    @Test
    void passAtNCountsSessionsThatPassedAtAll() {
        assertEquals(3, METRICS.maxAttempts());
        assertEquals(0, new BigDecimal("0.75").compareTo(METRICS.passAtN()));
    }

    @Test
    void selfCorrectionIsTheShareOfFailedFirstAttemptsThatPassedLater() {
        assertEquals(0, new BigDecimal("0.666667").compareTo(METRICS.selfCorrectionRate()));
    }

    @Test
    void withoutUnreadableRepliesParseFailuresAreMalformedAttemptsOverAllAttempts() {
        assertEquals(8, METRICS.attempts());
        assertEquals(0, new BigDecimal("0.25").compareTo(METRICS.parseFailureRate()));
    }

    @Test
    void attemptsToPassIsAHistogramWithNever() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("1", 1);
        expected.put("2", 2);
        expected.put("3", 0);
        expected.put("never", 1);

        assertEquals(expected, METRICS.attemptsToPass());
    }

    private static ParseFailure unreadable(String session, int call) {
        return new ParseFailure(session, Fixtures.ID.toString(), "model-a", "dacr-prompt-1", "self-refine", call,
                "no JSON here", "no JSON object found", TokenUsage.UNKNOWN, Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** The four sessions plus two unreadable replies in s3 and a fifth session s5 of two unreadable replies. */
    private static final AttemptMetrics WITH_UNREADABLE = BenchScorer.builder().build()
            .score(BenchFiles.crafted(), List.of(), records(),
                    List.of(unreadable("s3", 2), unreadable("s3", 4), unreadable("s5", 1), unreadable("s5", 2)))
            .attempts();

    @Test
    void unreadableRepliesCountAsParseFailuresAmongAllReplies() {
        assertEquals(8, WITH_UNREADABLE.attempts());
        assertEquals(4, WITH_UNREADABLE.unreadableReplies());
        assertEquals(0, new BigDecimal("0.5").compareTo(WITH_UNREADABLE.parseFailureRate()));
    }

    @Test
    void aSessionOfOnlyUnreadableRepliesCountsAsNeverPassed() {
        assertEquals(5, WITH_UNREADABLE.sessions());
        assertEquals(0, new BigDecimal("0.2").compareTo(WITH_UNREADABLE.passAt1()));
        assertEquals(0, new BigDecimal("0.6").compareTo(WITH_UNREADABLE.passAtN()));
        assertEquals(0, new BigDecimal("0.5").compareTo(WITH_UNREADABLE.selfCorrectionRate()));
        assertEquals(2, WITH_UNREADABLE.attemptsToPass().get("never"));
    }

    @Test
    void twoModelsUnderOneSessionIdAreTwoSessions() {
        Verdict failed = VERIFIER.verify(Fixtures.CHALLENGE, Fixtures.KEY, Fixtures.failing());
        Verdict passed = VERIFIER.verify(Fixtures.CHALLENGE, Fixtures.KEY, Fixtures.oracle());
        List<AttemptRecord> records = List.of(
                new AttemptRecord(attempt("mine-shared", 1, "model-a", Fixtures.failing(), failed), List.of()),
                new AttemptRecord(attempt("mine-shared", 1, "model-b", Fixtures.oracle(), passed), List.of()));

        AttemptMetrics metrics = BenchScorer.builder().build().score(BenchFiles.crafted(), List.of(), records).attempts();

        assertEquals(2, metrics.sessions());
        assertEquals(1, metrics.maxAttempts());
        assertEquals(0, new BigDecimal("0.5").compareTo(metrics.passAt1()));
        assertEquals(0, BigDecimal.ZERO.compareTo(metrics.selfCorrectionRate()));
    }
}
