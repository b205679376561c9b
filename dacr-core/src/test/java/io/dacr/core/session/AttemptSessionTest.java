package io.dacr.core.session;

import io.dacr.core.verify.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.AnswerKey;
import io.dacr.api.Attempt;
import io.dacr.api.ChallengeId;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.core.json.AttemptRecord;
import io.dacr.api.Submission;
import io.dacr.api.Verifier;
import io.dacr.core.verify.DacrVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AttemptSessionTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryStore store = new InMemoryStore();

    private AttemptSession.Builder session() {
        return AttemptSession.builder("s-1", Fixtures.CHALLENGE, Fixtures.KEY, store).clock(clock).modelId("model-a");
    }

    private static SubmitResult.Accepted accepted(SubmitResult result) {
        return assertInstanceOf(SubmitResult.Accepted.class, result);
    }

    private static RefusalReason refusal(SubmitResult result) {
        return assertInstanceOf(SubmitResult.Refused.class, result).reason();
    }

    @Test
    void theOracleSubmissionIsAcceptedAndPasses() {
        SubmitResult.Accepted result = accepted(session().build().submit(Fixtures.oracle()));

        assertTrue(result.verdict().passed());
        assertEquals(0, result.attemptsLeft());
    }

    @Test
    void aFailedAttemptReportsTheAttemptsLeft() {
        SubmitResult.Accepted result = accepted(session().build().submit(Fixtures.failing()));

        assertFalse(result.verdict().passed());
        assertEquals(2, result.attemptsLeft());
    }

    @Test
    void aSubmissionForAnotherChallengeIsRefusedAsWrongChallenge() {
        Submission other = new Submission("dacr1.g1.other.0000000000000000.test.1." + "0".repeat(32), "x", List.of(), List.of());

        assertEquals(RefusalReason.WRONG_CHALLENGE, refusal(session().build().submit(other)));
    }

    @Test
    void afterAPassFurtherAttemptsAreRefusedAsAlreadyPassed() {
        AttemptSession session = session().build();
        session.submit(Fixtures.oracle());

        assertEquals(RefusalReason.ALREADY_PASSED, refusal(session.submit(Fixtures.oracle())));
    }

    @Test
    void anAttemptBeyondTheMaximumIsRefusedAsNoAttemptsLeft() {
        AttemptSession session = session().build();
        for (int i = 0; i < AttemptSession.DEFAULT_MAX_ATTEMPTS; i++) {
            accepted(session.submit(Fixtures.failing()));
        }

        assertEquals(RefusalReason.NO_ATTEMPTS_LEFT, refusal(session.submit(Fixtures.oracle())));
    }

    @Test
    void theMaximumIsConfigurable() {
        AttemptSession session = session().maxAttempts(1).build();
        session.submit(Fixtures.failing());

        assertEquals(RefusalReason.NO_ATTEMPTS_LEFT, refusal(session.submit(Fixtures.failing())));
    }

    @Test
    void aSubmissionJustBeforeTheWindowClosesIsAccepted() {
        AttemptSession session = session().window(Duration.ofMinutes(15)).build();
        clock.advance(Duration.ofMinutes(15).minusNanos(1));

        accepted(session.submit(Fixtures.failing()));
    }

    @Test
    void aSubmissionWhenTheWindowClosesIsRefusedAsExpired() {
        AttemptSession session = session().build();
        clock.advance(AttemptSession.DEFAULT_WINDOW);

        assertEquals(RefusalReason.EXPIRED, refusal(session.submit(Fixtures.oracle())));
    }

    @Test
    void theWindowRunsFromOpening() {
        AttemptSession session = session().window(Duration.ofMinutes(5)).build();

        assertEquals(MutableClock.START, session.openedAt());
        assertEquals(MutableClock.START.plus(Duration.ofMinutes(5)), session.expiresAt());
    }

    @Test
    void aSubmissionWhileAnotherIsGradedIsRefusedAsInFlightWithoutWaiting() throws Exception {
        CountDownLatch grading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Verifier real = DacrVerifier.builder().build();
        Verifier blocking = (challenge, key, submission) -> {
            grading.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.verify(challenge, key, submission);
        };
        AttemptSession session = session().verifier(blocking).build();
        CompletableFuture<SubmitResult> first = CompletableFuture.supplyAsync(() -> session.submit(Fixtures.failing()));
        assertTrue(grading.await(10, TimeUnit.SECONDS));

        RefusalReason second = refusal(session.submit(Fixtures.oracle()));
        release.countDown();

        assertEquals(RefusalReason.IN_FLIGHT, second);
        accepted(first.get(10, TimeUnit.SECONDS));
    }

    @Test
    void refusalsUseNoAttempt() {
        AttemptSession session = session().maxAttempts(1).build();
        session.submit(new Submission("not an id", "", List.of(), List.of()));

        accepted(session.submit(Fixtures.failing()));
        assertEquals(1, session.attemptsUsed());
    }

    @Test
    void everyAcceptedAttemptIsRecordedWithItsNumberModelAndFeedback() {
        AttemptSession session = session().build();
        SubmitResult.Accepted first = accepted(session.submit(Fixtures.failing()));
        SubmitResult.Accepted second = accepted(session.submit(Fixtures.oracle()));

        List<Attempt> recorded = store.readAll().attempts();
        assertEquals(List.of(first.attempt(), second.attempt()), recorded);
        assertEquals(List.of(1, 2), recorded.stream().map(Attempt::number).toList());
        assertEquals("model-a", recorded.get(0).modelId());
        assertEquals("s-1", recorded.get(0).sessionId());
        assertEquals(first.feedback(), recorded.get(0).feedbackShown());
    }

    @Test
    void elapsedTimeRunsFromOpeningThenFromThePreviousFeedback() {
        AttemptSession session = session().build();
        clock.advance(Duration.ofSeconds(40));
        Attempt first = accepted(session.submit(Fixtures.failing())).attempt();
        clock.advance(Duration.ofSeconds(7));
        Attempt second = accepted(session.submit(Fixtures.failing())).attempt();

        assertEquals(Duration.ofSeconds(40), first.elapsed());
        assertEquals(Duration.ofSeconds(7), second.elapsed());
        assertEquals(MutableClock.START.plusSeconds(47), second.submittedAt());
    }

    @Test
    void theFeedbackShownFollowsTheSessionsPolicy() {
        SubmitResult.Accepted result = accepted(session().feedback(FeedbackPolicy.PASS_FAIL).build().submit(Fixtures.failing()));

        assertEquals("FAIL", result.feedback());
    }

    @Test
    void aWrongAnswerEqualToTheTrapsWrongValueIsReportedAsTrapped() {
        SubmitResult.Accepted result = accepted(session().build().submit(Fixtures.withAnswer("q5", "25")));

        assertEquals(List.of("q5"), result.trappedQuestionIds());
        assertEquals(List.of("q5"), store.readAll().records().get(0).trappedQuestionIds());
    }

    @Test
    void theTrapsWrongValueInAnotherSurfaceFormIsReportedAsTrapped() {
        SubmitResult.Accepted result = accepted(session().build().submit(Fixtures.withAnswer("q5", " 25.0 ")));

        assertEquals(List.of("q5"), result.trappedQuestionIds());
    }

    @Test
    void aCommaThatIsNotAThousandsSeparatorDoesNotMakeATrapMatch() {
        SubmitResult.Accepted result = accepted(session().build().submit(Fixtures.withAnswer("q5", "2,5")));

        assertEquals(List.of(), result.trappedQuestionIds());
    }

    @Test
    void anOrdinaryWrongAnswerIsNotReportedAsTrapped() {
        SubmitResult.Accepted result = accepted(session().build().submit(Fixtures.withAnswer("q5", "26")));

        assertEquals(List.of(), result.trappedQuestionIds());
    }

    @Test
    void anAttemptThatCannotBeRecordedIsNotCounted() {
        AttemptStore broken = new AttemptStore() {
            @Override
            public void append(AttemptRecord record) {
                throw new UncheckedIOException(new IOException("disk full"));
            }

            @Override
            public StoredAttempts readAll() {
                return new StoredAttempts(List.of(), 0);
            }
        };
        AttemptSession session = AttemptSession.builder("s-2", Fixtures.CHALLENGE, Fixtures.KEY, broken).clock(clock).build();

        assertThrows(UncheckedIOException.class, () -> session.submit(Fixtures.failing()));
        assertEquals(0, session.attemptsUsed());
    }

    @Test
    void aKeyOfAnotherChallengeIsRejectedWhenBuilding() {
        AnswerKey otherKey = new AnswerKey(
                ChallengeId.issue(1, "airlines", GenerationSpec.preset("standard"), "test", 8,
                        Secret.ofUtf8("another fixture secret")),
                Fixtures.KEY.facts(), Fixtures.KEY.answers(), Fixtures.KEY.constraintValues(), Fixtures.KEY.traps(),
                Fixtures.KEY.grounding(), Fixtures.KEY.provenance());

        assertThrows(IllegalArgumentException.class,
                () -> AttemptSession.builder("s-3", Fixtures.CHALLENGE, otherKey, store));
    }
}
