package io.dacr.core.ledger;

import io.dacr.api.ConfigurationException;
import io.dacr.api.internal.Checks;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The credits one passing solve earns, by miner tier. The embedder decides which tier a miner is in
 * (stake, reputation, a subscription) and asks the table what a solve is worth when it issues the
 * receipt:
 *
 * <pre>{@code
 * CreditTiers tiers = CreditTiers.of(Map.of("basic", BigInteger.ONE, "staked", BigInteger.valueOf(3)));
 * BigInteger credits = tiers.creditsPerSolve(tierOf(miner));
 * }</pre>
 */
public final class CreditTiers {

    private final SortedMap<String, BigInteger> credits;

    private CreditTiers(SortedMap<String, BigInteger> credits) {
        this.credits = Collections.unmodifiableSortedMap(credits);
    }

    /**
     * @param creditsByTier credits per solve for each tier name (a lower-case identifier); each positive
     * @return the table
     * @throws IllegalArgumentException if the table is empty, a name is not an identifier or an amount is
     *     not positive
     */
    public static CreditTiers of(Map<String, BigInteger> creditsByTier) {
        Checks.notNull(creditsByTier, "creditsByTier");
        Checks.requireArgument(!creditsByTier.isEmpty(), "a credit tier table needs at least one tier");
        SortedMap<String, BigInteger> copy = new TreeMap<>();
        creditsByTier.forEach((tier, amount) -> {
            Checks.identifier(tier, "tier");
            Checks.notNull(amount, "credits of tier " + tier);
            Checks.requireArgument(amount.signum() > 0, "credits of tier %s must be positive, was %s", tier, amount);
            copy.put(tier, amount);
        });
        return new CreditTiers(copy);
    }

    /**
     * @param tier the miner's tier
     * @return the credits a passing solve earns in that tier
     * @throws ConfigurationException if the table has no such tier; the message lists the tiers it has
     */
    public BigInteger creditsPerSolve(String tier) {
        BigInteger amount = tier == null ? null : credits.get(tier);
        if (amount == null) {
            throw new ConfigurationException("unknown credit tier '" + tier + "'; the tiers are " + credits.keySet());
        }
        return amount;
    }

    /** @return every tier and its credits per solve, sorted by tier name */
    public SortedMap<String, BigInteger> tiers() {
        return credits;
    }

    @Override
    public String toString() {
        return "CreditTiers" + credits;
    }
}
