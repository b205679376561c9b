package io.dacr.core.ledger;

import io.dacr.api.internal.Checks;
import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits an epoch's reward pool among its miners, exactly, in {@link BigInteger} token base units.
 * Every ledger closes its epochs through this one function, so the journal and the PostgreSQL ledger
 * pay the same amounts.
 *
 * <ul>
 *   <li>{@link DistributionMode#FLOOR}: miner i gets {@code floor(pool × c_i / total)}; the rest,
 *       fewer base units than there are miners, is retained. This is what the contract's direct
 *       claims pay.</li>
 *   <li>{@link DistributionMode#LARGEST_REMAINDER}: the FLOOR amounts, then the {@code r} base units
 *       left over go one each to the {@code r} miners with the largest remainders
 *       {@code pool × c_i mod total}; equal remainders are ordered by address, ascending (plain
 *       {@link String#compareTo} on the lower-case {@code 0x} address, i.e. by numeric value). The
 *       amounts sum exactly to the pool.</li>
 * </ul>
 * With no credits at all, nobody is paid and the whole pool is retained, in either mode. The result
 * depends only on the (miner → credits) pairs, never on the order they are given in.
 *
 * <pre>{@code
 * Distribution d = Distributions.split(7, pool, DistributionMode.LARGEST_REMAINDER, ledger.creditsByMiner(7));
 * }</pre>
 */
public final class Distributions {

    private Distributions() {
    }

    /**
     * @param epoch the epoch being closed
     * @param pool the reward pool in token base units, not negative
     * @param mode how to split it
     * @param creditsByMiner each miner's credits; miners with zero credits are left out
     * @return the distribution, allocations sorted by address
     * @throws IllegalArgumentException if the pool or a miner's credits are negative, or an address is
     *     not a lower-case {@code 0x} address
     */
    public static Distribution split(long epoch, BigInteger pool, DistributionMode mode,
                                     Map<String, BigInteger> creditsByMiner) {
        Checks.notNull(pool, "pool");
        Checks.requireArgument(pool.signum() >= 0, "pool must not be negative, was %s", pool);
        Checks.notNull(mode, "mode");
        Checks.notNull(creditsByMiner, "creditsByMiner");
        TreeMap<String, BigInteger> sorted = new TreeMap<>();
        BigInteger total = BigInteger.ZERO;
        for (Map.Entry<String, BigInteger> e : creditsByMiner.entrySet()) {
            Checks.address(e.getKey(), "miner");
            BigInteger credits = Checks.notNull(e.getValue(), "credits of " + e.getKey());
            Checks.requireArgument(credits.signum() >= 0, "credits of %s must not be negative, was %s", e.getKey(), credits);
            if (credits.signum() > 0) {
                sorted.put(e.getKey(), credits);
                total = total.add(credits);
            }
        }
        if (total.signum() == 0) {
            return new Distribution(epoch, mode, pool, List.of(), pool);
        }
        List<Share> shares = new ArrayList<>(sorted.size());
        BigInteger paid = BigInteger.ZERO;
        for (Map.Entry<String, BigInteger> e : sorted.entrySet()) {
            BigInteger[] qr = pool.multiply(e.getValue()).divideAndRemainder(total);
            shares.add(new Share(e.getKey(), e.getValue(), qr[0], qr[1]));
            paid = paid.add(qr[0]);
        }
        BigInteger left = pool.subtract(paid);
        List<BigInteger> amounts = new ArrayList<>(shares.size());
        for (Share s : shares) {
            amounts.add(s.floor());
        }
        if (mode == DistributionMode.LARGEST_REMAINDER) {
            // left < number of miners, so it fits an int.
            List<Integer> order = new ArrayList<>(shares.size());
            for (int i = 0; i < shares.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.<Integer, BigInteger>comparing(i -> shares.get(i).remainder()).reversed()
                    .thenComparing(i -> shares.get(i).miner()));
            for (int k = 0; k < left.intValueExact(); k++) {
                int i = order.get(k);
                amounts.set(i, amounts.get(i).add(BigInteger.ONE));
            }
            left = BigInteger.ZERO;
        }
        List<Allocation> allocations = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            allocations.add(new Allocation(shares.get(i).miner(), shares.get(i).credits(), amounts.get(i)));
        }
        return new Distribution(epoch, mode, pool, allocations, left);
    }

    private record Share(String miner, BigInteger credits, BigInteger floor, BigInteger remainder) {
    }
}
