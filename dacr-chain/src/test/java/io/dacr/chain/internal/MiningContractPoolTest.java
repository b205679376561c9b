package io.dacr.chain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                owner.finalizeEpoch(1, DistributionMode.FLOOR, null);

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

    @Test
    void aLargestRemainderEpochWithoutOnChainCreditsStillPaysItsMerkleClaims() throws Exception {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner)) {
            owner.commitEpoch(1, COMMITMENT);
            owner.fundEpoch(1, POOL);
            owner.closeEpoch(1);
            // The credits are the off-chain ledger's: no receipt of the epoch was submitted on chain.
            Map<String, BigInteger> credits = Map.of(LocalChain.ACCOUNTS.get(2).address(), BigInteger.valueOf(3),
                    LocalChain.ACCOUNTS.get(3).address(), BigInteger.valueOf(4));
            Distribution distribution = LocalChain.largestRemainder(1, POOL, credits);
            MerkleDistributionTree tree = MerkleDistributionTree.of(distribution);
            owner.finalizeEpoch(1, DistributionMode.LARGEST_REMAINDER, tree.root());

            for (Allocation a : distribution.allocations()) {
                BigInteger before = chain.balance(a.miner());
                owner.claimMerkle(1, a.miner(), a.amount(), tree.proof(a.miner()));
                assertEquals(before.add(a.amount()), chain.balance(a.miner()), "balance of " + a.miner());
            }
            assertEquals(BigInteger.ZERO, retainedSoFar(chain, owner, 2), "the whole pool was paid");
        }
    }
}
