package io.dacr.api;

import java.util.Objects;

/**
 * The epoch ledger refused an operation or could not complete it: a receipt that breaks its miner's
 * chain, an epoch in the wrong state, a storage failure. Nothing is half-written when it is thrown.
 * {@link #reason()} says which, so a caller can react without parsing the message.
 */
public class LedgerException extends DacrException {

    private static final long serialVersionUID = 1L;

    /** Why the ledger refused or failed. */
    public enum Reason {
        /** The epoch was never opened. */
        UNKNOWN_EPOCH,
        /** An epoch with this number was opened before. */
        EPOCH_EXISTS,
        /** The epoch number is not greater than the latest epoch opened. */
        EPOCH_NOT_AFTER_LATEST,
        /** The epoch is closed: it takes no more credits. */
        EPOCH_NOT_OPEN,
        /** The epoch is still open: its secret cannot be revealed, nor can it be finalized. */
        EPOCH_NOT_CLOSED,
        /** The receipt's solve index is not its miner's previous solve index plus one (0 for a first receipt). */
        WRONG_SOLVE_INDEX,
        /** The receipt's previous hash is not the hash of its miner's previous receipt (32 zero bytes for a first). */
        WRONG_PREVIOUS_HASH,
        /** The epoch was closed before with another pool or mode; an epoch is settled one way only. */
        CLOSED_DIFFERENTLY,
        /** The revealed secret does not hash to the epoch's commitment, or another secret was revealed before. */
        REVEAL_MISMATCH,
        /** The stored data is damaged (for example a journal record whose checksum fails); nothing was changed. */
        CORRUPTED,
        /** The storage failed (an I/O or database error) or is held by another process. */
        STORAGE,
        /** Raised through a constructor that names no reason. */
        UNSPECIFIED
    }

    private final Reason reason;

    /**
     * @param message what was refused or failed, and why
     */
    public LedgerException(String message) {
        this(Reason.UNSPECIFIED, message, null);
    }

    /**
     * @param message what failed
     * @param cause the underlying failure (e.g. an I/O or SQL error)
     */
    public LedgerException(String message, Throwable cause) {
        this(Reason.UNSPECIFIED, message, cause);
    }

    /**
     * @param reason why the ledger refused or failed
     * @param message the details, for a person to read
     */
    public LedgerException(Reason reason, String message) {
        this(reason, message, null);
    }

    /**
     * @param reason why the ledger refused or failed
     * @param message the details, for a person to read
     * @param cause the underlying failure, or null
     */
    public LedgerException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the ledger refused or failed */
    public Reason reason() {
        return reason;
    }
}
