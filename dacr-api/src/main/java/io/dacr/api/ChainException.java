package io.dacr.api;

import java.util.List;
import java.util.Objects;

/**
 * A chain operation failed: the node could not be reached, a transaction reverted, a signature was
 * rejected. {@link #reason()} says which, so a caller can react without parsing the message; a revert
 * carries the contract's custom error, decoded, in {@link #contractError()} and
 * {@link #contractErrorArguments()}.
 */
public final class ChainException extends DacrException {

    private static final long serialVersionUID = 1L;

    /** Why a chain operation failed. */
    public enum Reason {
        /** The node could not be reached (connection refused, unknown host); reads were retried first. */
        UNREACHABLE,
        /** The node did not answer in time, or a transaction was not mined in time. */
        TIMEOUT,
        /** The node reports another chain id than the configuration names. */
        WRONG_CHAIN,
        /** The contract refused the call; {@link #contractError()} names its custom error. */
        REVERTED,
        /** A signature is malformed, malleable (high s), or was made by another key or for another chain. */
        SIGNATURE_REJECTED,
        /** The node answered with a JSON-RPC error that is not a revert, or with something unreadable. */
        RPC_ERROR,
        /**
         * A transaction was signed and sent, but whether the node has it (and may still mine it) could not
         * be found out: the message names its hash. Do not send it again with a new nonce before checking
         * that hash, or it may apply twice.
         */
        OUTCOME_UNKNOWN,
        /** A key could not be read, or the configuration is incomplete. */
        CONFIGURATION,
        /** Raised through a constructor that names no reason. */
        UNSPECIFIED
    }

    private final Reason reason;
    private final String contractError;
    private final List<String> contractErrorArguments;

    /**
     * @param message what failed
     */
    public ChainException(String message) {
        this(Reason.UNSPECIFIED, message, null);
    }

    /**
     * @param message what failed
     * @param cause the underlying failure
     */
    public ChainException(String message, Throwable cause) {
        this(Reason.UNSPECIFIED, message, cause);
    }

    /**
     * @param reason why it failed
     * @param message what failed, for a person to read
     * @param cause the underlying failure, or null
     */
    public ChainException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.contractError = null;
        this.contractErrorArguments = List.of();
    }

    /**
     * A revert with the contract's custom error decoded.
     *
     * @param message what failed, for a person to read
     * @param contractError the custom error's name, e.g. {@code WrongSigner}
     * @param contractErrorArguments its arguments as text (addresses and bytes as {@code 0x} hex,
     *     numbers in decimal), in declaration order
     */
    public ChainException(String message, String contractError, List<String> contractErrorArguments) {
        super(message);
        this.reason = Reason.REVERTED;
        this.contractError = Objects.requireNonNull(contractError, "contractError");
        this.contractErrorArguments = List.copyOf(contractErrorArguments);
    }

    /** @return why the operation failed */
    public Reason reason() {
        return reason;
    }

    /** @return the name of the contract's custom error for a decoded revert, or null */
    public String contractError() {
        return contractError;
    }

    /** @return the custom error's arguments as text; empty when there is none */
    public List<String> contractErrorArguments() {
        return contractErrorArguments;
    }
}
