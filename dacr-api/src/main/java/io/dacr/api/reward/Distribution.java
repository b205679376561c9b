package io.dacr.api.reward;

import io.dacr.api.internal.Checks;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The split of an epoch's reward pool.
 *
 * @param epoch the epoch
 * @param mode how it was split
 * @param pool the pool in token base units
 * @param allocations one per miner with credits, sorted by address
 * @param retained what stays in the pool (FLOOR rounding; zero for LARGEST_REMAINDER unless no miner
 *     earned credits)
 */
public record Distribution(long epoch, DistributionMode mode, BigInteger pool, List<Allocation> allocations,
                           BigInteger retained) {

    /** Validates that the amounts add up to the pool and that miners are sorted and unique. */
    public Distribution {
        Checks.nonNegative(epoch, "epoch");
        Checks.notNull(mode, "mode");
        Checks.notNull(pool, "pool");
        Checks.requireArgument(pool.signum() >= 0, "pool must not be negative, was %s", pool);
        allocations = Checks.immutableList(allocations, "allocations");
        Checks.notNull(retained, "retained");
        Checks.requireArgument(retained.signum() >= 0, "retained must not be negative, was %s", retained);
        BigInteger sum = retained;
        Set<String> miners = new HashSet<>();
        String previous = null;
        for (Allocation a : allocations) {
            Checks.requireArgument(miners.add(a.miner()), "miner %s appears twice", a.miner());
            Checks.requireArgument(previous == null || previous.compareTo(a.miner()) < 0,
                    "allocations must be sorted by address: %s after %s", a.miner(), previous);
            previous = a.miner();
            sum = sum.add(a.amount());
        }
        Checks.requireArgument(sum.equals(pool), "allocations plus retained (%s) must equal the pool (%s)", sum, pool);
        Checks.requireArgument(mode != DistributionMode.LARGEST_REMAINDER || allocations.isEmpty() || retained.signum() == 0,
                "a LARGEST_REMAINDER distribution retains nothing, this one retains %s", retained);
    }

    /** @return the total credits of the epoch */
    public BigInteger totalCredits() {
        return allocations.stream().map(Allocation::credits).reduce(BigInteger.ZERO, BigInteger::add);
    }
}
