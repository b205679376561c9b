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
     * @param reservedUntil when the reservation lapses; it also tells this reservation from a later one of
     *     the same attempt number, taken after it lapsed, so only the current holder can finish or release
     */
    record Granted(SessionRecord session, int attemptNumber, java.time.Instant reservedUntil) implements Claim {
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
