package io.dacr.core.session.internal;

import io.dacr.api.CheckResult;
import io.dacr.api.Verdict;
import java.util.List;

/** The feedback texts of the session's policies; fixed English wording, no locale involved. */
public final class FeedbackText {

    private FeedbackText() {
    }

    /**
     * @param verdict the verdict
     * @return {@code PASS} or {@code FAIL}
     */
    public static String passFail(Verdict verdict) {
        return verdict.passed() ? "PASS" : "FAIL";
    }

    /**
     * @param verdict the verdict
     * @param constraintCount the challenge's constraints
     * @param requiredAnswers the correct answers the pass rule requires
     * @param attemptsLeft the attempts the session still allows
     * @return one line of counts
     */
    public static String counts(Verdict verdict, int constraintCount, int requiredAnswers, int attemptsLeft) {
        return verdict.outcome().name() + ": constraints " + verdict.passedConstraints() + "/" + constraintCount
                + " passed, answers " + verdict.correctAnswers() + "/" + verdict.answers().size()
                + " correct (" + requiredAnswers + " required), " + attemptsLeft
                + (attemptsLeft == 1 ? " attempt left" : " attempts left");
    }

    /**
     * @param verdict the verdict
     * @param constraintCount the challenge's constraints
     * @param requiredAnswers the correct answers the pass rule requires
     * @param attemptsLeft the attempts the session still allows
     * @return the counts line, one line per check, and the verdict's reason
     */
    public static String detailed(Verdict verdict, int constraintCount, int requiredAnswers, int attemptsLeft) {
        StringBuilder text = new StringBuilder(counts(verdict, constraintCount, requiredAnswers, attemptsLeft));
        appendChecks(text, verdict.constraints());
        appendChecks(text, verdict.answers());
        appendCheck(text, verdict.trace());
        text.append("\nreason: ").append(oneLine(verdict.reason()));
        return text.toString();
    }

    private static void appendChecks(StringBuilder text, List<CheckResult> checks) {
        for (CheckResult check : checks) {
            appendCheck(text, check);
        }
    }

    private static void appendCheck(StringBuilder text, CheckResult check) {
        text.append('\n').append(oneLine(check.subject())).append(' ').append(check.outcome().name());
        if (!check.reason().isEmpty()) {
            text.append(": ").append(oneLine(check.reason()));
        }
    }

    // Reasons may quote submitted text; keep each check on its own line whatever that text holds.
    private static String oneLine(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }
}
