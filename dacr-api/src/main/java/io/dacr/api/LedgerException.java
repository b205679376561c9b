package io.dacr.api;

/**
 * The epoch ledger refused an operation or could not complete it: a receipt that breaks its miner's
 * chain, an epoch in the wrong state, a storage failure. Nothing is half-written when it is thrown.
 */
public class LedgerException extends DacrException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused or failed, and why
     */
    public LedgerException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause the underlying failure (e.g. an I/O or SQL error)
     */
    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
