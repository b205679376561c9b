package io.dacr.api.reward;

import io.dacr.api.internal.Checks;
import java.math.BigInteger;

/**
 * One miner's share of an epoch.
 *
 * @param miner the miner's address
 * @param credits the credits the miner earned in the epoch
 * @param amount the reward in token base units
 */
public record Allocation(String miner, BigInteger credits, BigInteger amount) {

    /** Validates every component. */
    public Allocation {
        Checks.address(miner, "miner");
        Checks.notNull(credits, "credits");
        Checks.requireArgument(credits.signum() > 0, "credits must be positive, was %s", credits);
        Checks.notNull(amount, "amount");
        Checks.requireArgument(amount.signum() >= 0, "amount must not be negative, was %s", amount);
    }
}
