package io.dacr.testkit;

import io.dacr.api.Submission;
import io.dacr.api.internal.Checks;

/**
 * A submission that breaks exactly one structural rule, labelled with that rule and why. Everything
 * else about it is as valid as a {@link DacrArbitraries#validSubmissions valid submission}, so a test
 * can expect the verifier's reason to concern {@link #defect()} alone.
 *
 * @param defect the rule broken
 * @param reason where and how it is broken, for a person reading a failed property
 * @param submission the submission
 */
public record MalformedSubmission(SubmissionDefect defect, String reason, Submission submission) {

    /** Requires every component. */
    public MalformedSubmission {
        Checks.notNull(defect, "defect");
        Checks.notBlank(reason, "reason");
        Checks.notNull(submission, "submission");
    }
}
