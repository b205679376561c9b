package io.dacr.api.reward;

import io.dacr.api.Secret;
import io.dacr.api.internal.Checks;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An epoch: a window in which credits accumulate. Its secret is committed by hash when it opens and
 * revealed after it closes, so anyone can check that challenges were not chosen after the fact.
 *
 * <p>The commitment is the SHA-256 digest of the secret's bytes ({@link #commitmentOf(Secret)}), a hash
 * every platform has (Solidity's {@code sha256} included); {@link #revealMatchesCommitment()} is the
 * check anyone can run once the secret is revealed:
 * <pre>{@code
 * String commitment = Epoch.commitmentOf(secret);       // published when the epoch opens
 * ledger.open(7, commitment);
 * ...
 * ledger.closeEpoch(7, pool, DistributionMode.FLOOR);
 * Epoch revealed = ledger.reveal(7, secret);
 * assert revealed.revealMatchesCommitment();
 * }</pre>
 *
 * @param id the epoch number
 * @param state where it is in its life
 * @param secretCommitment the hash of the epoch secret, {@code 0x} and 64 hex digits
 * @param revealedSecret the revealed secret as {@code 0x}-prefixed hex, or null until revealed
 */
public record Epoch(long id, EpochState state, String secretCommitment, String revealedSecret) {

    /** Validates every component. */
    public Epoch {
        Checks.nonNegative(id, "id");
        Checks.notNull(state, "state");
        Checks.bytes32(secretCommitment, "secretCommitment");
        Checks.requireArgument(revealedSecret == null || state != EpochState.OPEN,
                "epoch %d: a secret is revealed only after the epoch closes", id);
        Checks.requireArgument(revealedSecret == null || revealedSecret.matches("0x([0-9a-f]{2})+"),
                "revealedSecret must be 0x-prefixed lower-case hex, was '%s'", revealedSecret);
    }

    /**
     * The commitment to an epoch secret.
     *
     * @param secret the epoch secret
     * @return SHA-256 of its bytes, as {@code 0x} and 64 lower-case hex digits
     */
    public static String commitmentOf(Secret secret) {
        Checks.notNull(secret, "secret");
        return commitmentOfBytes(secret.bytes());
    }

    /**
     * @return true if the secret was revealed and hashes to the commitment; false if it was not revealed
     *     or does not match
     */
    public boolean revealMatchesCommitment() {
        return revealedSecret != null
                && commitmentOfBytes(HexFormat.of().parseHex(revealedSecret, 2, revealedSecret.length()))
                        .equals(secretCommitment);
    }

    private static String commitmentOfBytes(byte[] secret) {
        try {
            return "0x" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
