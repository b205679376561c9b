package io.dacr.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.api.ComputeStep;
import io.dacr.api.Outcome;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import io.dacr.api.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two answers to one question make a submission malformed, named by the first answer that repeats a
 * question; a structural rule the submission also breaks is the reason given instead.
 */
class DuplicateAnswerTest {

    private static final DacrVerifier VERIFIER = DacrVerifier.builder().build();

    private static Verdict verify(Submission submission) {
        return VERIFIER.verify(Fixtures.CHALLENGE, Fixtures.KEY, submission);
    }

    private static List<QuestionAnswer> withRepeats() {
        List<QuestionAnswer> answers = new ArrayList<>(Fixtures.oracleAnswers());
        answers.add(Fixtures.answer("q3", "35.5"));
        answers.add(Fixtures.answer("q1", "KA"));
        return answers;
    }

    @Test
    void theFirstRepeatedQuestionIsNamed() {
        Verdict v = verify(Fixtures.withAnswers(withRepeats()));
        assertEquals(Outcome.MALFORMED, v.outcome());
        assertEquals("two answers to q3", v.reason());
    }

    @Test
    void aBadConfidenceAfterTheRepeatIsTheReasonGiven() {
        List<QuestionAnswer> answers = withRepeats();
        answers.add(new QuestionAnswer("q2", "1", null, new BigDecimal("-0.5")));
        assertEquals("answer to q2: confidence must be in [0, 1]", verify(Fixtures.withAnswers(answers)).reason());
    }

    @Test
    void aTraceBeyondItsCapIsTheReasonGivenOverARepeat() {
        List<TraceStep> trace = new ArrayList<>(Collections.nCopies(1001, new ComputeStep("add", List.of("1", "1"), "2")));
        Submission s = new Submission(Fixtures.oracle().challengeId(), Fixtures.ARTIFACT, withRepeats(), trace);
        assertEquals("the trace has more than 1000 steps", verify(s).reason());
    }
}
