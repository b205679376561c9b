package io.dacr.chain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.api.ChainException;
import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import io.dacr.api.spi.ChainConnector;
import io.dacr.api.spi.ChainEvent;
import io.dacr.chain.MerkleDistributionTree;
import io.dacr.chain.SigningKey;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Where an epoch's pool goes on a real EVM: every base unit funded is either paid to a miner or
 * retained for the next funded epoch, in both settlement modes, whatever the credits and pool sizes.
 */
class MiningContractPoolTest {

    private static final String COMMITMENT = "0x" + "11".repeat(32);
    private static final BigInteger POOL = new BigInteger("1000000000000000007");

    private static SigningKey keyOf(String address) {
        return LocalChain.ACCOUNTS.stream().filter(k -> k.address().equals(address)).findFirst().orElseThrow();
    }

    /** Submits one receipt per miner (accounts 2, 3, …) with the given credits; returns credits by miner. */
    private static Map<String, BigInteger> submit(LocalChain chain, long epoch, BigInteger... credits) {
        Map<String, BigInteger> byMiner = new TreeMap<>();
        for (int m = 0; m < credits.length; m++) {
            SigningKey key = LocalChain.ACCOUNTS.get(2 + m);
            Receipt r = LocalChain.receipt(key.address(), epoch, 0, Receipt.GENESIS_HASH, "c-" + m, 1);
            r = new Receipt(r.miner(), r.epoch(), r.solveIndex(), r.previousReceiptHash(), r.challengeId(), r.documentHash(),
                    r.questionsHash(), r.constraintsHash(), r.answersHash(), r.rulesVersion(), credits[m]);
            try (ChainConnector miner = chain.connect(key)) {
                miner.submitReceipt(r, chain.sign(r));
            }
            byMiner.put(key.address(), credits[m]);
        }
        return byMiner;
    }

    /** What {@code fundEpoch} of the next epoch takes from {@code retained}. */
    private static BigInteger retainedSoFar(LocalChain chain, ChainConnector owner, long nextEpoch) throws Exception {
        owner.commitEpoch(nextEpoch, COMMITMENT);
        long from = chain.blockNumber() + 1;
        owner.fundEpoch(nextEpoch, BigInteger.ONE);
        ChainEvent funded = owner.events(from, chain.blockNumber()).stream()
                .filter(e -> e.name().equals("EpochFunded")).findFirst().orElseThrow();
        return new BigInteger(funded.fields().get("fromRetained"));
    }

    @Test
    void directClaimsPayFloorSharesOfHugeCreditsAndPoolsWithoutOverflow() throws Exception {
        BigInteger two = BigInteger.TWO;
        BigInteger[][] cases = {
                {two.pow(200), two.pow(200).add(BigInteger.valueOf(3)), BigInteger.ONE},
                {two.pow(255).subtract(BigInteger.valueOf(12_345)), two.pow(254).add(BigInteger.valueOf(7))},
        };
        for (BigInteger[] credits : cases) {
            LocalChain chain = LocalChain.withFreshContract();
            try (ChainConnector owner = chain.connect(chain.owner)) {
                owner.commitEpoch(1, COMMITMENT);
                Map<String, BigInteger> byMiner = submit(chain, 1, credits);
                owner.fundEpoch(1, POOL);
                owner.closeEpoch(1);
                owner.finalizeEpoch(1, DistributionMode.FLOOR, null, null);

                Distribution expected = LocalChain.floor(1, POOL, byMiner);
                for (Allocation a : expected.allocations()) {
                    try (ChainConnector miner = chain.connect(keyOf(a.miner()))) {
                        BigInteger before = chain.balance(a.miner());
                        String tx = miner.claim(List.of(1L));
                        assertEquals(before.add(a.amount()), chain.balance(a.miner()).add(chain.gasCost(tx)),
                                "claim of " + a.miner() + " with " + a.credits() + " credits");
                    }
                }
                assertEquals(expected.retained(), retainedSoFar(chain, owner, 2), "the rounding remainder is retained");
            }
        }
    }

    /** Off-chain ledger credits of two miners, 3 : 4, as a LARGEST_REMAINDER distribution splits them. */
    private static final Map<String, BigInteger> LEDGER_CREDITS = Map.of(
            LocalChain.ACCOUNTS.get(2).address(), BigInteger.valueOf(3),
            LocalChain.ACCOUNTS.get(3).address(), BigInteger.valueOf(4));

    /** Finalizes the distribution's epoch as LARGEST_REMAINDER with the tree's root and total. */
    private static MerkleDistributionTree finalizeByTree(ChainConnector owner, Distribution distribution) {
        MerkleDistributionTree tree = MerkleDistributionTree.of(distribution);
        owner.finalizeEpoch(distribution.epoch(), DistributionMode.LARGEST_REMAINDER, tree.root(), tree.total());
        return tree;
    }

    @Test
    void aLargestRemainderEpochWithoutOnChainCreditsStillPaysItsMerkleClaims() throws Exception {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner)) {
            owner.commitEpoch(1, COMMITMENT);
            owner.fundEpoch(1, POOL);
            owner.closeEpoch(1);
            // The credits are the off-chain ledger's: no receipt of the epoch was submitted on chain.
            Distribution distribution = LocalChain.largestRemainder(1, POOL, LEDGER_CREDITS);
            MerkleDistributionTree tree = finalizeByTree(owner, distribution);

            for (Allocation a : distribution.allocations()) {
                BigInteger before = chain.balance(a.miner());
                owner.claimMerkle(1, a.miner(), a.amount(), tree.proof(a.miner()));
                assertEquals(before.add(a.amount()), chain.balance(a.miner()), "balance of " + a.miner());
            }
            assertEquals(BigInteger.ZERO, retainedSoFar(chain, owner, 2), "the whole pool was paid");
        }
    }

    @Test
    void aLargestRemainderEpochRetainsWhatItsTreeDoesNotPay() throws Exception {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner)) {
            // Epoch 1 ends without credits: its pool is retained, and joins epoch 2 when epoch 2 is funded.
            owner.commitEpoch(1, COMMITMENT);
            owner.fundEpoch(1, POOL);
            owner.closeEpoch(1);
            owner.finalizeEpoch(1, DistributionMode.FLOOR, null, null);
            owner.commitEpoch(2, COMMITMENT);
            BigInteger pool2 = BigInteger.valueOf(1_000_003);
            owner.fundEpoch(2, pool2);
            owner.closeEpoch(2);
            // The ledger's distribution pays the pool the operator meant (pool2), not everything the epoch holds.
            Distribution distribution = LocalChain.largestRemainder(2, pool2, LEDGER_CREDITS);
            MerkleDistributionTree tree = finalizeByTree(owner, distribution);

            for (Allocation a : distribution.allocations()) {
                owner.claimMerkle(2, a.miner(), a.amount(), tree.proof(a.miner()));
            }
            assertEquals(POOL, retainedSoFar(chain, owner, 3), "what the tree does not pay is retained, not locked");
        }
    }

    @Test
    void aClosedEpochsPoolIsFixedAndItsTreeMayNotPayMoreThanThePool() throws Exception {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner); ChainConnector stranger = chain.connect(LocalChain.ACCOUNTS.get(5))) {
            owner.commitEpoch(1, COMMITMENT);
            owner.fundEpoch(1, POOL);
            owner.closeEpoch(1);
            assertRefused("EpochNotOpen", () -> stranger.fundEpoch(1, BigInteger.ONE));
            Map<String, BigInteger> credits = Map.of(LocalChain.ACCOUNTS.get(2).address(), BigInteger.ONE);
            MerkleDistributionTree tooMuch = MerkleDistributionTree.of(
                    LocalChain.largestRemainder(1, POOL.add(BigInteger.ONE), credits));
            assertRefused("MerkleTotalExceedsReward", () -> owner.finalizeEpoch(1, DistributionMode.LARGEST_REMAINDER,
                    tooMuch.root(), tooMuch.total()));
            assertThrows(IllegalArgumentException.class, () -> owner.finalizeEpoch(1, DistributionMode.FLOOR, null, POOL));

            MerkleDistributionTree tree = MerkleDistributionTree.of(LocalChain.largestRemainder(1, BigInteger.TEN, credits));
            long from = chain.blockNumber() + 1;
            owner.finalizeEpoch(1, DistributionMode.LARGEST_REMAINDER, tree.root(), tree.total());
            ChainEvent retained = owner.events(from, chain.blockNumber()).stream()
                    .filter(e -> e.name().equals("Retained")).findFirst().orElseThrow();
            assertEquals(POOL.subtract(BigInteger.TEN).toString(), retained.fields().get("amount"),
                    "the pool beyond the tree's total is retained when the epoch is finalized");
            assertRefused("EpochAlreadyFinalized", () -> stranger.fundEpoch(1, BigInteger.ONE));
        }
    }

    private static void assertRefused(String error, Executable call) {
        ChainException e = assertThrows(ChainException.class, call, "the contract must refuse with " + error);
        assertEquals(ChainException.Reason.REVERTED, e.reason(), e::getMessage);
        assertEquals(error, e.contractError(), e::getMessage);
    }
}
