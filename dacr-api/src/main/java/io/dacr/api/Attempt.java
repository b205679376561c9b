package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * One recorded attempt at a challenge within a session: the submission, the verdict, the feedback the
 * solver was shown, who made it and how long it took.
 *
 * @param sessionId the session the attempt belongs to
 * @param challengeId the text form of the challenge id
 * @param number the attempt's number in its session, from 1
 * @param modelId who made the attempt (a model id, or a labelled simulation)
 * @param submission what was submitted
 * @param verdict the verifier's verdict
 * @param feedbackShown the feedback shown to the solver afterwards, as text; empty if none
 * @param submittedAt when the submission arrived
 * @param elapsed how long the attempt took, from the challenge being shown (or the previous feedback)
 *     to the submission
 */
public record Attempt(String sessionId, String challengeId, int number, String modelId, Submission submission,
                      Verdict verdict, String feedbackShown, Instant submittedAt, Duration elapsed) {

    /** Validates every component. */
    public Attempt {
        Checks.notBlank(sessionId, "sessionId");
        Checks.notBlank(challengeId, "challengeId");
        Checks.positive(number, "number");
        Checks.notBlank(modelId, "modelId");
        Checks.notNull(submission, "submission");
        Checks.notNull(verdict, "verdict");
        Checks.notNull(feedbackShown, "feedbackShown");
        Checks.notNull(submittedAt, "submittedAt");
        Checks.notNull(elapsed, "elapsed");
        Checks.requireArgument(!elapsed.isNegative(), "elapsed must not be negative");
    }
}
