package io.dacr.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DistributionsPropertiesTest {

    @Provide
    Arbitrary<Map<String, BigInteger>> credits() {
        Arbitrary<String> miners = Arbitraries.bytes().array(byte[].class).ofSize(20)
                .map(b -> "0x" + HexFormat.of().formatHex(b));
        Arbitrary<BigInteger> amounts = Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.valueOf(10)),
                Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(30)));
        return Arbitraries.maps(miners, amounts).ofMaxSize(16);
    }

    @Provide
    Arbitrary<BigInteger> pools() {
        return Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(1000)),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(40)));
    }

    @Property(tries = 200)
    void largestRemainderPaysExactlyThePool(@ForAll("credits") Map<String, BigInteger> credits,
                                            @ForAll("pools") BigInteger pool) {
        Distribution d = Distributions.split(7, pool, DistributionMode.LARGEST_REMAINDER, credits);

        BigInteger paid = d.allocations().stream().map(Allocation::amount).reduce(BigInteger.ZERO, BigInteger::add);
        assertEquals(credits.isEmpty() ? BigInteger.ZERO : pool, paid);
    }

    @Property(tries = 200)
    void floorPaysEachMinerTheFloorOfItsShare(@ForAll("credits") Map<String, BigInteger> credits,
                                               @ForAll("pools") BigInteger pool) {
        Distribution d = Distributions.split(7, pool, DistributionMode.FLOOR, credits);

        BigInteger total = credits.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        for (Allocation a : d.allocations()) {
            assertEquals(pool.multiply(a.credits()).divide(total), a.amount(), a.miner());
        }
        assertEquals(credits.size(), d.allocations().size());
    }

    @Property(tries = 200)
    void floorRetainsFewerBaseUnitsThanThereAreMiners(@ForAll("credits") Map<String, BigInteger> credits,
                                                      @ForAll("pools") BigInteger pool) {
        Distribution d = Distributions.split(7, pool, DistributionMode.FLOOR, credits);

        if (credits.isEmpty()) {
            assertEquals(pool, d.retained());
        } else {
            assertTrue(d.retained().compareTo(BigInteger.valueOf(credits.size())) < 0, d.retained().toString());
        }
    }

    @Property(tries = 200)
    void largestRemainderGivesEachMinerItsFloorOrOneMore(@ForAll("credits") Map<String, BigInteger> credits,
                                                         @ForAll("pools") BigInteger pool) {
        Distribution floor = Distributions.split(7, pool, DistributionMode.FLOOR, credits);
        Distribution lr = Distributions.split(7, pool, DistributionMode.LARGEST_REMAINDER, credits);

        for (int i = 0; i < lr.allocations().size(); i++) {
            BigInteger extra = lr.allocations().get(i).amount().subtract(floor.allocations().get(i).amount());
            assertTrue(extra.equals(BigInteger.ZERO) || extra.equals(BigInteger.ONE), extra.toString());
        }
    }

    @Property(tries = 200)
    void noAmountIsNegative(@ForAll("credits") Map<String, BigInteger> credits, @ForAll("pools") BigInteger pool,
                            @ForAll DistributionMode mode) {
        Distribution d = Distributions.split(7, pool, mode, credits);

        d.allocations().forEach(a -> assertTrue(a.amount().signum() >= 0, a.toString()));
        assertTrue(d.retained().signum() >= 0);
    }

    @Property(tries = 200)
    void theOrderOfTheMinersDoesNotMatter(@ForAll("credits") Map<String, BigInteger> credits,
                                          @ForAll("pools") BigInteger pool, @ForAll DistributionMode mode) {
        List<Map.Entry<String, BigInteger>> reversed = new ArrayList<>(credits.entrySet());
        Collections.reverse(reversed);
        Map<String, BigInteger> reordered = new LinkedHashMap<>();
        reversed.forEach(e -> reordered.put(e.getKey(), e.getValue()));

        assertEquals(Distributions.split(7, pool, mode, credits), Distributions.split(7, pool, mode, reordered));
    }

    @Test
    void equalRemaindersGoToTheLowerAddressFirst() {
        String low = "0x" + "1".repeat(40);
        String mid = "0x" + "5".repeat(40);
        String high = "0x" + "9".repeat(40);
        Map<String, BigInteger> credits = Map.of(high, BigInteger.ONE, low, BigInteger.ONE, mid, BigInteger.ONE);

        Distribution d = Distributions.split(7, BigInteger.valueOf(5), DistributionMode.LARGEST_REMAINDER, credits);

        assertEquals(List.of(BigInteger.TWO, BigInteger.TWO, BigInteger.ONE),
                d.allocations().stream().map(Allocation::amount).toList());
    }

    @Test
    void aLargerRemainderWinsOverALowerAddress() {
        String low = "0x" + "1".repeat(40);
        String high = "0x" + "9".repeat(40);
        // pool 10 over 1:2 → 3.33 and 6.67: the high address has the larger remainder and gets the unit.
        Distribution d = Distributions.split(7, BigInteger.TEN, DistributionMode.LARGEST_REMAINDER,
                Map.of(low, BigInteger.ONE, high, BigInteger.TWO));

        assertEquals(List.of(BigInteger.valueOf(3), BigInteger.valueOf(7)),
                d.allocations().stream().map(Allocation::amount).toList());
    }

    @Test
    void minersWithZeroCreditsAreLeftOut() {
        Distribution d = Distributions.split(7, BigInteger.TEN, DistributionMode.FLOOR,
                Map.of("0x" + "1".repeat(40), BigInteger.ZERO, "0x" + "2".repeat(40), BigInteger.ONE));

        assertEquals(List.of("0x" + "2".repeat(40)), d.allocations().stream().map(Allocation::miner).toList());
    }

    @Test
    void negativeCreditsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Distributions.split(7, BigInteger.TEN, DistributionMode.FLOOR,
                Map.of("0x" + "1".repeat(40), BigInteger.valueOf(-1))));
    }
}
