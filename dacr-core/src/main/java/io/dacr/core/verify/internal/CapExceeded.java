package io.dacr.core.verify.internal;

/**
 * Signals, inside one verification, that an input broke a hard cap; the verification turns it into
 * a {@code MALFORMED} verdict with {@link #getMessage()} as the reason. Never escapes the verifier.
 */
final class CapExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CapExceeded(String reason) {
        // No stack trace: it is an expected outcome on hostile input, and must stay cheap.
        super(reason, null, false, false);
    }
}
