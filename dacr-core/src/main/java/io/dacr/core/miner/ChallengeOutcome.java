package io.dacr.core.miner;

import io.dacr.api.internal.Checks;
import io.dacr.api.spi.TokenUsage;

/**
 * How mining one challenge ended.
 *
 * @param challengeId the text form of the challenge id
 * @param sessionId the session its attempts were recorded under
 * @param status how it ended
 * @param attempts graded attempts recorded
 * @param parseFailures unreadable replies recorded
 * @param usage tokens spent on the challenge
 * @param detail why it ended so, for a person: the error or refusal, empty when it passed or simply failed
 */
public record ChallengeOutcome(String challengeId, String sessionId, Status status, int attempts, int parseFailures,
                               TokenUsage usage, String detail) {

    /** How mining a challenge ended. */
    public enum Status {
        /** An attempt passed. */
        PASSED,
        /** No attempt passed (or no reply could be read), and nothing went wrong. */
        FAILED,
        /** The back end, the store or the strategy failed; what was recorded before stays recorded. */
        ERROR,
        /** Mining was cancelled before the challenge ended. */
        CANCELLED
    }

    /** Validates. */
    public ChallengeOutcome {
        Checks.notBlank(challengeId, "challengeId");
        Checks.notBlank(sessionId, "sessionId");
        Checks.notNull(status, "status");
        Checks.nonNegative(attempts, "attempts");
        Checks.nonNegative(parseFailures, "parseFailures");
        Checks.notNull(usage, "usage");
        Checks.notNull(detail, "detail");
    }
}
