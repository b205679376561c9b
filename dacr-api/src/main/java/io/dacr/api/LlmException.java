package io.dacr.api;

/**
 * An LLM back end failed to answer. {@link #retriable()} tells whether trying again may help (rate
 * limits, server errors, timeouts) or not (authentication, an invalid request).
 */
public final class LlmException extends DacrException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The credentials were refused (HTTP 401/403). Not retriable. */
        AUTHENTICATION(false),
        /** The request was refused as invalid (HTTP 400/404/422 …). Not retriable. */
        INVALID_REQUEST(false),
        /** Too many requests (HTTP 429). Retriable, after the server's Retry-After if given. */
        RATE_LIMITED(true),
        /** The server failed (HTTP 5xx). Retriable. */
        SERVER_ERROR(true),
        /** No answer within the timeout. Retriable. */
        TIMEOUT(true),
        /** The connection failed. Retriable. */
        TRANSPORT(true),
        /** The answer could not be read (truncated JSON, no choices). Retriable. */
        MALFORMED_RESPONSE(true);

        private final boolean retriable;

        Kind(boolean retriable) {
            this.retriable = retriable;
        }

        /** @return whether a failure of this kind may succeed when tried again */
        public boolean retriable() {
            return retriable;
        }
    }

    private final Kind kind;
    private final int httpStatus;

    /**
     * @param kind what went wrong
     * @param httpStatus the HTTP status, or 0 if there was none
     * @param message the details (never an API key)
     * @param cause the underlying failure, or null
     */
    public LlmException(Kind kind, int httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
    }

    /** @return what went wrong */
    public Kind kind() {
        return kind;
    }

    /** @return the HTTP status, or 0 if there was none */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return whether trying again may help */
    public boolean retriable() {
        return kind.retriable();
    }
}
