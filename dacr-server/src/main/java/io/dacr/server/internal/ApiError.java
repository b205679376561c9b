package io.dacr.server.internal;

/**
 * An answer with an {@link ErrorCode}: thrown anywhere below the HTTP layer and written by it as a JSON
 * error body. Carries no cause and no stack trace to the client.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final long retryAfterSeconds;

    /**
     * @param code the code
     * @param message what was wrong, for a person; never a secret
     */
    public ApiError(ErrorCode code, String message) {
        this(code, message, 0);
    }

    /**
     * @param code the code
     * @param message what was wrong, for a person; never a secret
     * @param retryAfterSeconds for a 429, the seconds to wait; 0 otherwise
     */
    public ApiError(ErrorCode code, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return the code */
    public ErrorCode code() {
        return code;
    }

    /** @return seconds a client should wait before retrying, 0 if not a rate limit */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
