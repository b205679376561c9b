package io.dacr.core.bench.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.CheckResult;
import io.dacr.api.GoldAnswer;
import io.dacr.api.Outcome;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.Verifier;
import io.dacr.api.internal.Checks;
import io.dacr.core.bench.model.BenchQuestion;
import io.dacr.core.verify.policy.PassRule;
import java.util.List;

/**
 * Grades attempts at {@link ImportedChallenge imported DACR-Bench challenges}, where DACR's verifier
 * cannot: there are no constraints and no grounding index, only gold answers. Each answer is matched
 * by the strict bench rules (normalised exact or alias, or one number within 1 % with the same unit),
 * and an attempt passes when at least ceil(0.6 × questions) answers are correct: DACR-Bench's own
 * challenge pass (accuracy ≥ 0.6), which is also the answer part of DACR's default pass rule. The
 * trace is not checked (its result says so). A pure function of its inputs.
 */
public final class ImportedAnswerVerifier implements Verifier {

    /** The most answers a submission may carry; more is MALFORMED. */
    public static final int MAX_ANSWERS = 10_000;
    /** The reason the trace result of every verdict gives. */
    public static final String TRACE_NOT_CHECKED = "not checked: a DACR-Bench challenge has no grounding index";

    private static final PassRule PASS_RULE = PassRule.defaults();

    @Override
    public Verdict verify(Challenge challenge, AnswerKey key, Submission submission) {
        Checks.notNull(challenge, "challenge");
        Checks.notNull(key, "key");
        Checks.notNull(submission, "submission");
        String id = challenge.id().toString();
        if (!id.equals(submission.challengeId())) {
            return Verdict.malformed(id, "the submission is for challenge '" + submission.challengeId() + "'");
        }
        if (submission.answers().size() > MAX_ANSWERS) {
            return Verdict.malformed(id, "more than " + MAX_ANSWERS + " answers");
        }
        List<CheckResult> answers = challenge.questions().stream().map(q -> grade(q, key, submission)).toList();
        int correct = (int) answers.stream().filter(a -> a.outcome() == Outcome.PASS).count();
        int required = PASS_RULE.requiredAnswers(answers.size());
        boolean passed = correct >= required;
        return new Verdict(id, passed ? Outcome.PASS : Outcome.FAIL, List.of(), answers,
                new CheckResult("trace", Outcome.PASS, TRACE_NOT_CHECKED),
                passed ? "" : correct + " of " + answers.size() + " answers correct, " + required + " required");
    }

    private static CheckResult grade(Question question, AnswerKey key, Submission submission) {
        QuestionAnswer given = null;
        for (QuestionAnswer a : submission.answers()) {
            if (a.questionId().equals(question.id())) {
                given = a;
                break;
            }
        }
        if (given == null || given.answer().isBlank()) {
            return new CheckResult(question.id(), Outcome.NO_ANSWER, "no answer");
        }
        GoldAnswer gold = key.answer(question.id());
        if (gold == null) {
            return new CheckResult(question.id(), Outcome.FAIL, "the key has no gold answer");
        }
        BenchQuestion asked = new BenchQuestion(question.id(), question.text(), question.category().wireName(),
                question.hops(), null, gold.canonical(), gold.acceptedForms(), List.of(), "unknown");
        String match = StrictRules.INSTANCE.match(given.answer(), asked);
        return Rules.NONE.equals(match) ? new CheckResult(question.id(), Outcome.FAIL, "does not match")
                : new CheckResult(question.id(), Outcome.PASS, match + " match");
    }
}
