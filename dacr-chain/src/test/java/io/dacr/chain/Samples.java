package io.dacr.chain;

import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import io.dacr.chain.internal.Words;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Deterministic test inputs: every value derives from keccak-256 of a label and an index, so a batch
 * is the same on every run and covers edge cases (huge numbers, non-ASCII challenge ids) by design.
 */
final class Samples {

    private static final List<String> CHALLENGE_IDS = List.of(
            "dacr1.g2.corporate-finance.3f9a.epoch-7.00042.mac", "a", "défi ünïcödé 日本語 🙂",
            "x".repeat(300), "tab\tand\nnewline", "\u0000nul");
    private static final BigInteger MAX_UINT256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    private Samples() {
    }

    static byte[] bytes(String label, long index) {
        return Words.keccak(label + ":" + index);
    }

    static String bytes32(String label, long index) {
        return Words.hex(bytes(label, index));
    }

    static String address(String label, long index) {
        return Words.hex(java.util.Arrays.copyOf(bytes(label, index), 20));
    }

    static BigInteger number(String label, long index, int bits) {
        return new BigInteger(1, bytes(label, index)).shiftRight(256 - bits);
    }

    /** A receipt whose every field varies with i; some carry the largest credits a uint256 holds. */
    static Receipt receipt(int i) {
        BigInteger credits = switch (i % 5) {
            case 0 -> MAX_UINT256;
            case 1 -> BigInteger.ONE;
            default -> number("credits", i, 8 + i % 240).add(BigInteger.ONE);
        };
        String challengeId = i < CHALLENGE_IDS.size() ? CHALLENGE_IDS.get(i) : "challenge-" + bytes32("challenge", i);
        return new Receipt(address("miner", i), number("epoch", i, i % 2 == 0 ? 63 : 8).longValue(),
                number("solve", i, 62).longValue(), i % 3 == 0 ? Receipt.GENESIS_HASH : bytes32("previous", i),
                challengeId, bytes32("document", i), bytes32("questions", i), bytes32("constraints", i),
                bytes32("answers", i), 1 + number("rules", i, 31).intValue(), credits);
    }

    static Eip712Domain domain(int i) {
        return Eip712Domain.dacrMining(i % 4 == 0 ? 31337 : 1 + number("chain", i, 40).longValue(), address("contract", i));
    }

    /** A LARGEST_REMAINDER distribution of {@code size} miners; amounts include zero and very large ones. */
    static Distribution distribution(int tree, int size) {
        TreeMap<String, BigInteger> amounts = new TreeMap<>();
        for (int j = 0; j < size; j++) {
            BigInteger amount = switch ((tree + j) % 4) {
                case 0 -> BigInteger.ZERO;
                case 1 -> number("amount", tree * 1000L + j, 250);
                default -> number("amount", tree * 1000L + j, 40);
            };
            amounts.put(address("account", tree * 1000L + j), amount);
        }
        List<Allocation> allocations = new ArrayList<>();
        BigInteger pool = BigInteger.ZERO;
        for (var e : amounts.entrySet()) {
            allocations.add(new Allocation(e.getKey(), BigInteger.ONE, e.getValue()));
            pool = pool.add(e.getValue());
        }
        return new Distribution(number("epoch", tree, 63).longValue(), DistributionMode.LARGEST_REMAINDER, pool,
                allocations, BigInteger.ZERO);
    }
}
