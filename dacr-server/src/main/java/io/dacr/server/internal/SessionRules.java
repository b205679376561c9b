package io.dacr.server.internal;

import java.time.Instant;

/** The refusals every state store applies in the same order before reserving an attempt. */
final class SessionRules {

    private SessionRules() {
    }

    /**
     * @return the refusal for a session that takes no more attempts at {@code now}, or null
     */
    static Claim.Refused refusal(SessionRecord s, int maxAttempts, Instant now) {
        if (s.passed()) {
            return new Claim.Refused(ErrorCode.ALREADY_PASSED, "an earlier attempt at this challenge passed");
        }
        if (s.attemptsUsed() >= maxAttempts) {
            return new Claim.Refused(ErrorCode.NO_ATTEMPTS_LEFT, "all " + maxAttempts + " attempts have been used");
        }
        if (!now.isBefore(s.expiresAt())) {
            return new Claim.Refused(ErrorCode.SESSION_EXPIRED, "the session closed at " + s.expiresAt());
        }
        return null;
    }

    static Claim.Refused inFlight() {
        return new Claim.Refused(ErrorCode.ATTEMPT_IN_FLIGHT, "another attempt of this session is being graded");
    }
}
