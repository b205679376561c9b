package io.dacr.core.session;

/** Why a session refused a submission without grading it. The attempt is not counted. */
public enum RefusalReason {
    /** The session's window has closed: the submission arrived at or after its expiry. */
    EXPIRED,
    /** Every attempt the session allows has been used. */
    NO_ATTEMPTS_LEFT,
    /** Another attempt of the same session is being graded; one attempt is in flight at a time. */
    IN_FLIGHT,
    /** An earlier attempt passed; the session takes no more. */
    ALREADY_PASSED,
    /** The submission names a different challenge from the session's. */
    WRONG_CHALLENGE
}
