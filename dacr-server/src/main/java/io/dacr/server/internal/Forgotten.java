package io.dacr.server.internal;

/**
 * What one {@link StateStore#forgetExpired} call forgot.
 *
 * @param sessions sessions forgotten (ended without a pass, superseded and expired a retention period ago)
 * @param keys idempotency keys forgotten (answered a retention period ago, or reservations lapsed as long)
 * @param nonces used sign-in nonces forgotten (expired)
 */
public record Forgotten(long sessions, long keys, long nonces) {

    /** @return the number of entries forgotten */
    public long total() {
        return sessions + keys + nonces;
    }
}
