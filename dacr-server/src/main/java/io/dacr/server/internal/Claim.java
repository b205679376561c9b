package io.dacr.server.internal;

/**
 * What a state store answers when asked to reserve the next attempt of a session: either the attempt
 * number now reserved for the caller, or why none is.
 */
public sealed interface Claim {

    /**
     * The attempt is reserved for the caller until it finishes or releases it.
     *
     * @param session the session as it was when claimed
     * @param attemptNumber the number of the reserved attempt, from 1
     */
    record Granted(SessionRecord session, int attemptNumber) implements Claim {
    }

    /**
     * No attempt could be reserved.
     *
     * @param code why, as the API answers it
     * @param message for a person
     */
    record Refused(ErrorCode code, String message) implements Claim {
    }
}
