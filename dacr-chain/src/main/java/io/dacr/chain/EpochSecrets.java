package io.dacr.chain;

import io.dacr.api.internal.Checks;
import io.dacr.chain.internal.Words;

/**
 * Epoch secrets as the mining contract sees them: an epoch is opened with the commitment
 * keccak256(secret) and the secret itself is revealed after the epoch closes.
 */
public final class EpochSecrets {

    private EpochSecrets() {
    }

    /**
     * @param secret the epoch secret's bytes
     * @return its commitment, keccak256(secret), {@code 0x} and 64 lower-case hex digits
     */
    public static String commitment(byte[] secret) {
        Checks.notNull(secret, "secret");
        return Words.hex(Words.keccak(secret));
    }

    /**
     * @param secret the epoch secret's bytes
     * @return the secret as {@code revealEpoch} takes it: {@code 0x} and lower-case hex
     */
    public static String hex(byte[] secret) {
        Checks.notNull(secret, "secret");
        return Words.hex(secret);
    }
}
