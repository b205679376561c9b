package io.dacr.core.miner;

import io.dacr.api.DacrException;

/**
 * A graded attempt or an unreadable reply could not be recorded: the attempt store or the parse-failure
 * log failed (a full disk, a closed file) or refused the record. The harness ends the challenge as
 * {@link ChallengeOutcome.Status#ERROR} with this message; what was recorded before stays recorded.
 */
public final class RecordingException extends DacrException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what could not be recorded, and why
     * @param cause the store's or log's failure
     */
    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
