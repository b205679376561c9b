package io.dacr.api;

import io.dacr.api.internal.Checks;

/**
 * The outcome of one check of a verdict, with a reason a person can read.
 *
 * @param subject what was checked: a constraint id ({@code c1}), a question id ({@code q1}) or
 *     {@code trace}
 * @param outcome the outcome
 * @param reason why, e.g. "expected 17 words, found 16"; empty when it passed without remark
 */
public record CheckResult(String subject, Outcome outcome, String reason) {

    /** Requires every component. */
    public CheckResult {
        Checks.notBlank(subject, "subject");
        Checks.notNull(outcome, "outcome");
        Checks.notNull(reason, "reason");
    }

    /**
     * @param subject what passed
     * @return a passing result without remark
     */
    public static CheckResult pass(String subject) {
        return new CheckResult(subject, Outcome.PASS, "");
    }
}
