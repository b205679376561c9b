package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final String ID = Samples.challengeId().toString();

    private static Verdict verdict(Outcome outcome, List<CheckResult> constraints, List<CheckResult> answers) {
        return new Verdict(ID, outcome, constraints, answers, CheckResult.pass("trace"), "");
    }

    @Test
    void aPassingVerdictHasPassed() {
        assertTrue(verdict(Outcome.PASS, List.of(), List.of()).passed());
    }

    @Test
    void failingAndMalformedVerdictsHaveNotPassed() {
        assertFalse(verdict(Outcome.FAIL, List.of(), List.of()).passed());
        assertFalse(verdict(Outcome.MALFORMED, List.of(), List.of()).passed());
    }

    @Test
    void aVerdictCannotBeNoAnswer() {
        assertThrows(IllegalArgumentException.class, () -> verdict(Outcome.NO_ANSWER, List.of(), List.of()));
    }

    @Test
    void correctAnswersCountsOnlyPassingAnswers() {
        List<CheckResult> answers = List.of(CheckResult.pass("q1"), new CheckResult("q2", Outcome.FAIL, "wrong entity"),
                new CheckResult("q3", Outcome.NO_ANSWER, "empty"), CheckResult.pass("q4"));

        assertEquals(2, verdict(Outcome.FAIL, List.of(), answers).correctAnswers());
    }

    @Test
    void passedConstraintsCountsOnlyPassingConstraints() {
        List<CheckResult> constraints = List.of(CheckResult.pass("c1"),
                new CheckResult("c2", Outcome.FAIL, "expected 17 words, found 16"),
                new CheckResult("c3", Outcome.MALFORMED, "two lines"));

        assertEquals(1, verdict(Outcome.FAIL, constraints, List.of()).passedConstraints());
    }

    @Test
    void malformedGivesAMalformedVerdictWithTheReasonAndNoResults() {
        Verdict verdict = Verdict.malformed(ID, "the artifact has 2 lines");

        assertEquals(Outcome.MALFORMED, verdict.outcome());
        assertEquals("the artifact has 2 lines", verdict.reason());
        assertEquals(new CheckResult("trace", Outcome.MALFORMED, "the artifact has 2 lines"), verdict.trace());
        assertEquals(List.of(), verdict.constraints());
        assertEquals(List.of(), verdict.answers());
    }

    @Test
    void changingTheGivenListsAfterwardsDoesNotChangeTheVerdict() {
        List<CheckResult> answers = new ArrayList<>(List.of(CheckResult.pass("q1")));
        Verdict verdict = verdict(Outcome.PASS, List.of(), answers);

        answers.add(CheckResult.pass("q2"));

        assertEquals(1, verdict.answers().size());
    }

    @Test
    void checkResultPassHasNoRemark() {
        assertEquals(new CheckResult("c1", Outcome.PASS, ""), CheckResult.pass("c1"));
    }

    @Test
    void aCheckResultNeedsASubject() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CheckResult(" ", Outcome.PASS, ""));
        assertTrue(e.getMessage().contains("subject"), e.getMessage());
    }
}
