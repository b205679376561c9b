package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * The verifier's judgement of one submission.
 *
 * @param challengeId the challenge judged, as given in the submission
 * @param outcome {@link Outcome#PASS} if the pass rule holds, {@link Outcome#MALFORMED} if the
 *     submission broke a structural rule as a whole, otherwise {@link Outcome#FAIL}
 * @param constraints one result per constraint, in constraint order (empty if MALFORMED as a whole)
 * @param answers one result per question, in question order (empty if MALFORMED as a whole)
 * @param trace the result of the trace check
 * @param reason why the verdict is what it is, for a person to read
 */
public record Verdict(String challengeId, Outcome outcome, List<CheckResult> constraints,
                      List<CheckResult> answers, CheckResult trace, String reason) {

    /** Validates and copies. */
    public Verdict {
        Checks.notNull(challengeId, "challengeId");
        Checks.notNull(outcome, "outcome");
        Checks.requireArgument(outcome != Outcome.NO_ANSWER, "a verdict is PASS, FAIL or MALFORMED, not NO_ANSWER");
        constraints = Checks.immutableList(constraints, "constraints");
        answers = Checks.immutableList(answers, "answers");
        Checks.notNull(trace, "trace");
        Checks.notNull(reason, "reason");
    }

    /** @return true if the submission passed */
    public boolean passed() {
        return outcome == Outcome.PASS;
    }

    /** @return how many answers were correct */
    public int correctAnswers() {
        return (int) answers.stream().filter(a -> a.outcome() == Outcome.PASS).count();
    }

    /** @return how many constraints passed */
    public int passedConstraints() {
        return (int) constraints.stream().filter(c -> c.outcome() == Outcome.PASS).count();
    }

    /**
     * A verdict for a submission that broke a structural rule as a whole.
     *
     * @param challengeId the challenge, as given
     * @param reason what was wrong
     * @return the verdict
     */
    public static Verdict malformed(String challengeId, String reason) {
        return new Verdict(challengeId, Outcome.MALFORMED, List.of(), List.of(),
                new CheckResult("trace", Outcome.MALFORMED, reason), reason);
    }
}
