package io.dacr.chain;

import io.dacr.api.Secret;
import io.dacr.api.internal.Checks;
import io.dacr.api.reward.Epoch;
import io.dacr.chain.internal.Words;

/**
 * Epoch secrets as the mining contract sees them: an epoch is opened with a commitment to its secret
 * and the secret itself is revealed after the epoch closes. The commitment is
 * {@link Epoch#commitmentOf(Secret)}, SHA-256 of the secret's bytes, the one definition every DACR
 * ledger publishes and checks reveals against; the contract's {@code revealEpoch} checks
 * {@code sha256(secret)} over exactly those bytes, so a secret committed off chain can be revealed on
 * chain and the reverse.
 */
public final class EpochSecrets {

    private EpochSecrets() {
    }

    /**
     * @param secret the epoch secret
     * @return its commitment as {@code commitEpoch} takes it: SHA-256 of its bytes, {@code 0x} and 64
     *     lower-case hex digits, equal to {@link Epoch#commitmentOf(Secret)}
     */
    public static String commitment(Secret secret) {
        return Epoch.commitmentOf(Checks.notNull(secret, "secret"));
    }

    /**
     * @param secret the epoch secret
     * @return the secret's bytes as {@code revealEpoch} takes them: {@code 0x} and lower-case hex
     */
    public static String hex(Secret secret) {
        return Words.hex(Checks.notNull(secret, "secret").bytes());
    }
}
