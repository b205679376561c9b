package io.dacr.api.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

    private static final String ALICE = "0x" + "a".repeat(40);
    private static final String BOB = "0x" + "b".repeat(40);
    private static final String CAROL = "0x" + "c".repeat(40);

    private static BigInteger n(long value) {
        return BigInteger.valueOf(value);
    }

    private static Allocation allocation(String miner, long credits, long amount) {
        return new Allocation(miner, n(credits), n(amount));
    }

    @Test
    void aFloorDistributionMayRetainTheRoundingRest() {
        // pool 100 over credits 1:1:1 → 33 each, 1 retained
        Distribution d = new Distribution(7, DistributionMode.FLOOR, n(100),
                List.of(allocation(ALICE, 1, 33), allocation(BOB, 1, 33), allocation(CAROL, 1, 33)), n(1));

        assertEquals(n(1), d.retained());
    }

    @Test
    void aLargestRemainderDistributionSumsExactlyToThePool() {
        Distribution d = new Distribution(7, DistributionMode.LARGEST_REMAINDER, n(100),
                List.of(allocation(ALICE, 1, 34), allocation(BOB, 1, 33), allocation(CAROL, 1, 33)), n(0));

        assertEquals(n(0), d.retained());
    }

    @Test
    void aLargestRemainderDistributionThatRetainsSomethingIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Distribution(7, DistributionMode.LARGEST_REMAINDER, n(100),
                        List.of(allocation(ALICE, 1, 33), allocation(BOB, 1, 33), allocation(CAROL, 1, 33)), n(1)));
        assertTrue(e.getMessage().contains("retains"), e.getMessage());
    }

    @Test
    void aLargestRemainderDistributionWithoutMinersRetainsThePool() {
        Distribution d = new Distribution(7, DistributionMode.LARGEST_REMAINDER, n(100), List.of(), n(100));

        assertEquals(n(100), d.retained());
    }

    @Test
    void allocationsPlusRetainedBelowThePoolAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Distribution(7, DistributionMode.FLOOR, n(100),
                        List.of(allocation(ALICE, 1, 33), allocation(BOB, 1, 33)), n(1)));
        assertTrue(e.getMessage().contains("must equal the pool"), e.getMessage());
    }

    @Test
    void allocationsPlusRetainedAboveThePoolAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Distribution(7, DistributionMode.FLOOR, n(100),
                        List.of(allocation(ALICE, 1, 60), allocation(BOB, 1, 60)), n(0)));
    }

    @Test
    void allocationsOutOfAddressOrderAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Distribution(7, DistributionMode.FLOOR, n(100),
                        List.of(allocation(BOB, 1, 50), allocation(ALICE, 1, 50)), n(0)));
        assertTrue(e.getMessage().contains("sorted"), e.getMessage());
    }

    @Test
    void aMinerAppearingTwiceIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Distribution(7, DistributionMode.FLOOR, n(100),
                        List.of(allocation(ALICE, 1, 50), allocation(ALICE, 1, 50)), n(0)));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void aNegativePoolIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Distribution(7, DistributionMode.FLOOR, n(-1), List.of(), n(-1)));
    }

    @Test
    void aNegativeEpochIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Distribution(-1, DistributionMode.FLOOR, n(0), List.of(), n(0)));
        assertTrue(e.getMessage().contains("epoch"), e.getMessage());
    }

    @Test
    void totalCreditsAddsTheCreditsOfEveryMiner() {
        Distribution d = new Distribution(7, DistributionMode.FLOOR, n(100),
                List.of(allocation(ALICE, 3, 30), allocation(BOB, 7, 70)), n(0));

        assertEquals(n(10), d.totalCredits());
    }

    @Test
    void changingTheGivenListAfterwardsDoesNotChangeTheDistribution() {
        List<Allocation> allocations = new ArrayList<>(List.of(allocation(ALICE, 1, 100)));
        Distribution d = new Distribution(7, DistributionMode.FLOOR, n(100), allocations, n(0));

        allocations.add(allocation(BOB, 1, 1));

        assertEquals(List.of(allocation(ALICE, 1, 100)), d.allocations());
    }

    @Test
    void anAllocationNeedsPositiveCredits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> allocation(ALICE, 0, 0));
        assertTrue(e.getMessage().contains("credits"), e.getMessage());
    }

    @Test
    void anAllocationAmountMustNotBeNegative() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> allocation(ALICE, 1, -1));
        assertTrue(e.getMessage().contains("amount"), e.getMessage());
    }

    @Test
    void anAllocationNeedsALowerCaseAddress() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> allocation("0x" + "A".repeat(40), 1, 1));
        assertTrue(e.getMessage().contains("miner"), e.getMessage());
    }
}
