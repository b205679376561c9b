package io.dacr.api;

/**
 * A chain operation failed: the node could not be reached, a transaction reverted, a signature was
 * rejected. The message carries the contract's revert reason where there is one.
 */
public final class ChainException extends DacrException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     */
    public ChainException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause the underlying failure
     */
    public ChainException(String message, Throwable cause) {
        super(message, cause);
    }
}
