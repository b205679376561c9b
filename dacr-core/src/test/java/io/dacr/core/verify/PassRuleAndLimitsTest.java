package io.dacr.core.verify;

import io.dacr.core.verify.policy.PassRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.AnswerKey;
import io.dacr.api.ChallengeId;
import io.dacr.api.ComputeStep;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Outcome;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import io.dacr.api.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassRuleAndLimitsTest {

    private final DacrVerifier verifier = DacrVerifier.builder().build();

    private Verdict verify(Submission s) {
        return verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, s);
    }

    private static List<QuestionAnswer> wrongFrom(int firstWrong) {
        List<QuestionAnswer> answers = new ArrayList<>(Fixtures.oracleAnswers());
        for (int i = firstWrong; i < answers.size(); i++) {
            answers.set(i, Fixtures.answer(answers.get(i).questionId(), "nothing like it 999"));
        }
        return answers;
    }

    @Test
    void oracleSubmissionPasses() {
        assertEquals(Outcome.PASS, verify(Fixtures.oracle()).outcome());
    }

    @Test
    void threeOfFiveCorrectIsEnoughByDefault() {
        assertEquals(Outcome.PASS, verify(Fixtures.withAnswers(wrongFrom(3))).outcome());
    }

    @Test
    void twoOfFiveCorrectFails() {
        assertEquals(Outcome.FAIL, verify(Fixtures.withAnswers(wrongFrom(2))).outcome());
    }

    @Test
    void oneBrokenConstraintFails() {
        assertEquals(Outcome.FAIL, verify(Fixtures.withArtifact(Fixtures.ARTIFACT + " extra")).outcome());
    }

    @Test
    void requiredAnswersRoundUp() {
        assertEquals(3, PassRule.defaults().requiredAnswers(5));
    }

    @Test
    void ruleWithoutConstraintsIgnoresThem() {
        DacrVerifier lax = DacrVerifier.builder().passRule(new PassRule(false, new BigDecimal("0.6"), true)).build();
        assertEquals(Outcome.PASS, lax.verify(Fixtures.CHALLENGE, Fixtures.KEY, Fixtures.withArtifact("one word")).outcome());
    }

    @Test
    void answerFractionAboveOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PassRule(true, new BigDecimal("1.1"), true));
    }

    @Test
    void oversizeArtifactIsMalformed() {
        Verdict v = verify(Fixtures.withArtifact("a".repeat(4097)));
        assertEquals(Outcome.MALFORMED, v.outcome());
        assertTrue(v.reason().contains("4096"), v.reason());
    }

    @Test
    void artifactAtTheCapIsGraded() {
        assertEquals(Outcome.FAIL, verify(Fixtures.withArtifact("a".repeat(4096))).outcome());
    }

    @Test
    void tooManyTraceStepsAreMalformed() {
        List<TraceStep> trace = new ArrayList<>(Collections.nCopies(1001, new ComputeStep("add", List.of("1", "1"), "2")));
        assertEquals(Outcome.MALFORMED, verify(Fixtures.withTrace(trace)).outcome());
    }

    @Test
    void overlongNumberInAStepIsMalformed() {
        assertEquals(Outcome.MALFORMED, verify(Fixtures.withExtraStep(
                new ComputeStep("add", List.of("1".repeat(41), "1"), "2"))).outcome());
    }

    @Test
    void tooManyInputsAreMalformed() {
        assertEquals(Outcome.MALFORMED, verify(Fixtures.withExtraStep(
                new ComputeStep("count", Collections.nCopies(1025, "1"), "1025"))).outcome());
    }

    @Test
    void confidenceAboveOneIsMalformed() {
        List<QuestionAnswer> answers = new ArrayList<>(Fixtures.oracleAnswers());
        answers.set(0, new QuestionAnswer("q1", "KA", null, new BigDecimal("1.5")));
        assertEquals(Outcome.MALFORMED, verify(Fixtures.withAnswers(answers)).outcome());
    }

    @Test
    void twoAnswersToOneQuestionAreMalformed() {
        List<QuestionAnswer> answers = new ArrayList<>(Fixtures.oracleAnswers());
        answers.add(Fixtures.answer("q1", "KA"));
        assertEquals(Outcome.MALFORMED, verify(Fixtures.withAnswers(answers)).outcome());
    }

    @Test
    void submissionForAnotherChallengeIsMalformed() {
        Submission s = Fixtures.oracle();
        assertEquals(Outcome.MALFORMED, verify(new Submission("other", s.artifact(), s.answers(), s.trace())).outcome());
    }

    @Test
    void keyOfAnotherChallengeIsACallerError() {
        ChallengeId other = ChallengeId.issue(1, "airlines", GenerationSpec.preset("standard"), "test", 8,
                Secret.ofUtf8("fixture secret, not for production"));
        AnswerKey k = Fixtures.KEY;
        AnswerKey wrong = new AnswerKey(other, k.facts(), k.answers(), k.constraintValues(), k.traps(), k.grounding(), k.provenance());
        assertThrows(IllegalArgumentException.class, () -> verifier.verify(Fixtures.CHALLENGE, wrong, Fixtures.oracle()));
    }

    @Test
    void keyWithoutAConstraintsValuesIsACallerError() {
        AnswerKey k = Fixtures.KEY;
        AnswerKey wrong = new AnswerKey(k.challengeId(), k.facts(), k.answers(), k.constraintValues().subList(1, 6),
                k.traps(), k.grounding(), k.provenance());
        assertThrows(IllegalArgumentException.class, () -> verifier.verify(Fixtures.CHALLENGE, wrong, Fixtures.oracle()));
    }
}
