package io.dacr.api.reward;

import io.dacr.api.internal.Checks;

/**
 * An epoch: a window in which credits accumulate. Its secret is committed by hash when it opens and
 * revealed after it closes, so anyone can check that challenges were not chosen after the fact.
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
}
