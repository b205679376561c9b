package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * What a solver hands in for a challenge: a one-line answer artifact, per-question answers and a
 * reasoning trace. Untrusted: any content is representable, and the verifier grades it.
 *
 * @param challengeId the text form of the challenge id it answers
 * @param artifact the answer artifact (should be one line)
 * @param answers the answers, at most one per question
 * @param trace the reasoning trace, in order
 */
public record Submission(String challengeId, String artifact, List<QuestionAnswer> answers, List<TraceStep> trace) {

    /** Requires presence and copies the lists. */
    public Submission {
        Checks.notNull(challengeId, "challengeId");
        Checks.notNull(artifact, "artifact");
        answers = Checks.immutableList(answers, "answers");
        trace = Checks.immutableList(trace, "trace");
    }
}
