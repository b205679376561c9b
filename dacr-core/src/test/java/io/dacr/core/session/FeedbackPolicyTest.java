package io.dacr.core.session;

import io.dacr.core.verify.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.api.CheckResult;
import io.dacr.api.Outcome;
import io.dacr.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackPolicyTest {

    private static final Verdict FAILED = new Verdict("ch", Outcome.FAIL,
            List.of(CheckResult.pass("c1"), new CheckResult("c2", Outcome.FAIL, "expected 27 words, found 26")),
            List.of(CheckResult.pass("q1"), new CheckResult("q2", Outcome.FAIL, "wrong value"),
                    new CheckResult("q3", Outcome.NO_ANSWER, "no answer")),
            CheckResult.pass("trace"), "constraint c2 failed");

    private static final Verdict PASSED = new Verdict("ch", Outcome.PASS,
            List.of(CheckResult.pass("c1"), CheckResult.pass("c2")),
            List.of(CheckResult.pass("q1"), CheckResult.pass("q2"), new CheckResult("q3", Outcome.FAIL, "wrong value")),
            CheckResult.pass("trace"), "passed");

    private static final Verdict MALFORMED = Verdict.malformed("ch", "the artifact has 2 lines");

    @Test
    void passFailShowsPassForAPass() {
        assertEquals("PASS", FeedbackPolicy.PASS_FAIL.render(PASSED, 2, 2, 0));
    }

    @Test
    void passFailShowsFailForAFail() {
        assertEquals("FAIL", FeedbackPolicy.PASS_FAIL.render(FAILED, 2, 2, 2));
    }

    @Test
    void passFailShowsFailForAMalformedSubmission() {
        assertEquals("FAIL", FeedbackPolicy.PASS_FAIL.render(MALFORMED, 2, 2, 2));
    }

    @Test
    void countsShowsConstraintsAnswersRequiredAndAttemptsLeft() {
        assertEquals("FAIL: constraints 1/2 passed, answers 1/3 correct (2 required), 2 attempts left",
                FeedbackPolicy.COUNTS.render(FAILED, 2, 2, 2));
    }

    @Test
    void countsSaysAttemptInTheSingular() {
        assertEquals("FAIL: constraints 1/2 passed, answers 1/3 correct (2 required), 1 attempt left",
                FeedbackPolicy.COUNTS.render(FAILED, 2, 2, 1));
    }

    @Test
    void countsOfAMalformedSubmissionCountNothingPassed() {
        assertEquals("MALFORMED: constraints 0/2 passed, answers 0/0 correct (2 required), 2 attempts left",
                FeedbackPolicy.COUNTS.render(MALFORMED, 2, 2, 2));
    }

    @Test
    void detailedAddsEveryCheckWithItsReasonAndTheVerdictsReason() {
        assertEquals("""
                FAIL: constraints 1/2 passed, answers 1/3 correct (2 required), 0 attempts left
                c1 PASS
                c2 FAIL: expected 27 words, found 26
                q1 PASS
                q2 FAIL: wrong value
                q3 NO_ANSWER: no answer
                trace PASS
                reason: constraint c2 failed""", FeedbackPolicy.DETAILED.render(FAILED, 2, 2, 0));
    }

    @Test
    void detailedKeepsEachCheckOnOneLineWhateverTheReasonHolds() {
        Verdict verdict = new Verdict("ch", Outcome.FAIL, List.of(), List.of(new CheckResult("q1", Outcome.FAIL, "got \"a\nb\"")),
                CheckResult.pass("trace"), "x");

        assertEquals("""
                FAIL: constraints 0/0 passed, answers 0/1 correct (1 required), 0 attempts left
                q1 FAIL: got "a\\nb"
                trace PASS
                reason: x""", FeedbackPolicy.DETAILED.render(verdict, 0, 1, 0));
    }

    @Test
    void theCountsDefaultIsWhatASessionShows() {
        InMemoryStore store = new InMemoryStore();
        AttemptSession session = AttemptSession.builder("s", Fixtures.CHALLENGE, Fixtures.KEY, store)
                .clock(new MutableClock()).build();

        SubmitResult result = session.submit(Fixtures.failing());

        assertEquals("FAIL: constraints 6/6 passed, answers 2/5 correct (3 required), 2 attempts left",
                ((SubmitResult.Accepted) result).feedback());
    }
}
