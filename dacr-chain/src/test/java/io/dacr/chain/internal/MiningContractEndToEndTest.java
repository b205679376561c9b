package io.dacr.chain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ChainException;
import io.dacr.api.Secret;
import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.EpochState;
import io.dacr.api.reward.Receipt;
import io.dacr.api.spi.ChainConnector;
import io.dacr.api.spi.ChainEvent;
import io.dacr.chain.Eip712ReceiptHasher;
import io.dacr.chain.EpochSecrets;
import io.dacr.chain.MerkleDistributionTree;
import io.dacr.chain.ReceiptSignatures;
import io.dacr.chain.SigningKey;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The whole life of an epoch on a real EVM (the Hardhat node of scripts/test.sh), each test on a
 * contract of its own: three miners submit chained receipts signed in Java, bad receipts are refused
 * with the right custom error, and claims pay exactly the Java distribution, through direct FLOOR
 * claims or LARGEST_REMAINDER Merkle claims.
 */
class MiningContractEndToEndTest {

    private static final Eip712ReceiptHasher HASHER = new Eip712ReceiptHasher();
    private static final Secret SECRET = Secret.ofBytes(Words.bytes("0x" + "d4c2".repeat(16)));
    /** The one commitment every DACR ledger publishes: SHA-256 of the secret's bytes. */
    private static final String COMMITMENT = Epoch.commitmentOf(SECRET);
    private static final long EPOCH = 1;
    /** An odd pool, so that rounding leaves remainders. */
    private static final BigInteger POOL = new BigInteger("1000000000000000007");
    private static final long[][] CREDITS = {{3, 5}, {7}, {1, 1, 2}};

    /** Commits the epoch and has miners 2, 3, 4 submit the receipts of CREDITS; returns credits by miner. */
    private static Map<String, BigInteger> mine(LocalChain chain, ChainConnector owner) {
        owner.commitEpoch(EPOCH, COMMITMENT);
        Map<String, BigInteger> credits = new TreeMap<>();
        for (int m = 0; m < CREDITS.length; m++) {
            SigningKey key = LocalChain.ACCOUNTS.get(2 + m);
            String previous = Receipt.GENESIS_HASH;
            try (ChainConnector miner = chain.connect(key)) {
                for (int i = 0; i < CREDITS[m].length; i++) {
                    Receipt r = LocalChain.receipt(key.address(), EPOCH, i, previous, "challenge-" + m + "-" + i, CREDITS[m][i]);
                    miner.submitReceipt(r, chain.sign(r));
                    previous = HASHER.hash(r);
                    credits.merge(key.address(), r.credits(), BigInteger::add);
                }
            }
        }
        return credits;
    }

    private static void assertRefused(String error, Executable call) {
        ChainException e = assertThrows(ChainException.class, call, "the contract must refuse with " + error);
        assertEquals(ChainException.Reason.REVERTED, e.reason(), e::getMessage);
        assertEquals(error, e.contractError(), e::getMessage);
    }

    @Test
    void directClaimsPayTheFloorDistributionToTheLastUnitAndRetainTheRest() throws Exception {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner)) {
            Map<String, BigInteger> credits = mine(chain, owner);
            credits.forEach((miner, c) -> assertEquals(c, owner.credits(EPOCH, miner), "credits of " + miner));
            owner.fundEpoch(EPOCH, POOL);
            owner.closeEpoch(EPOCH);
            owner.revealEpoch(EPOCH, EpochSecrets.hex(SECRET));
            owner.finalizeEpoch(EPOCH, DistributionMode.FLOOR, null, null);
            long claimsFrom = chain.blockNumber() + 1;

            Distribution expected = LocalChain.floor(EPOCH, POOL, credits);
            for (Allocation a : expected.allocations()) {
                SigningKey key = LocalChain.ACCOUNTS.stream().filter(k -> k.address().equals(a.miner())).findFirst().orElseThrow();
                try (ChainConnector miner = chain.connect(key)) {
                    BigInteger before = chain.balance(a.miner());
                    String tx = miner.claim(List.of(EPOCH));
                    assertEquals(before.add(a.amount()), chain.balance(a.miner()).add(chain.gasCost(tx)),
                            "balance of " + a.miner() + " after its claim");
                    assertRefused("AlreadyClaimed", () -> miner.claim(List.of(EPOCH)));
                }
            }
            List<ChainEvent> retained = owner.events(claimsFrom, chain.blockNumber()).stream()
                    .filter(e -> e.name().equals("Retained")).toList();
            assertEquals(1, retained.size(), "the remainder is retained once, when the last miner claims");
            assertEquals(expected.retained().toString(), retained.get(0).fields().get("amount"));
        }
    }

    @Test
    void merkleClaimsPayTheLargestRemainderDistributionExactlyOnce() throws Exception {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner)) {
            Map<String, BigInteger> credits = mine(chain, owner);
            owner.fundEpoch(EPOCH, POOL);
            owner.closeEpoch(EPOCH);
            Distribution expected = LocalChain.largestRemainder(EPOCH, POOL, credits);
            MerkleDistributionTree tree = MerkleDistributionTree.of(expected);
            owner.finalizeEpoch(EPOCH, DistributionMode.LARGEST_REMAINDER, tree.root(), tree.total());

            BigInteger paid = BigInteger.ZERO;
            for (Allocation a : expected.allocations()) {
                BigInteger before = chain.balance(a.miner());
                // The owner sends the claim: the miner's balance grows by exactly its amount.
                owner.claimMerkle(EPOCH, a.miner(), a.amount(), tree.proof(a.miner()));
                assertEquals(before.add(a.amount()), chain.balance(a.miner()), "balance of " + a.miner());
                paid = paid.add(a.amount());
                assertRefused("AlreadyClaimed", () -> owner.claimMerkle(EPOCH, a.miner(), a.amount(), tree.proof(a.miner())));
            }
            assertEquals(POOL, paid, "a LARGEST_REMAINDER epoch pays its whole pool");
        }
    }

    @Test
    void badReceiptsAreRefusedWithTheirCustomErrors() {
        LocalChain chain = LocalChain.withFreshContract();
        SigningKey minerKey = LocalChain.ACCOUNTS.get(2);
        try (ChainConnector owner = chain.connect(chain.owner); ChainConnector miner = chain.connect(minerKey)) {
            owner.commitEpoch(EPOCH, COMMITMENT);
            Receipt first = LocalChain.receipt(minerKey.address(), EPOCH, 0, Receipt.GENESIS_HASH, "c-0", 4);
            miner.submitReceipt(first, chain.sign(first));

            assertRefused("ReceiptReplayed", () -> miner.submitReceipt(first, chain.sign(first)));
            Receipt second = LocalChain.receipt(minerKey.address(), EPOCH, 1, HASHER.hash(first), "c-1", 4);
            assertRefused("WrongSigner", () -> miner.submitReceipt(second,
                    ReceiptSignatures.sign(second, chain.domain, minerKey)));
            Receipt skipped = LocalChain.receipt(minerKey.address(), EPOCH, 2, HASHER.hash(first), "c-2", 4);
            assertRefused("BrokenChain", () -> miner.submitReceipt(skipped, chain.sign(skipped)));
            Receipt later = LocalChain.receipt(minerKey.address(), EPOCH + 1, 1, HASHER.hash(first), "c-3", 4);
            assertRefused("WrongEpoch", () -> miner.submitReceipt(later, chain.sign(later)));
            Receipt sameChallenge = LocalChain.receipt(minerKey.address(), EPOCH, 1, HASHER.hash(first), "c-0", 9);
            assertRefused("ChallengeAlreadyCredited", () -> miner.submitReceipt(sameChallenge, chain.sign(sameChallenge)));
            assertEquals(BigInteger.valueOf(4), miner.credits(EPOCH, minerKey.address()), "only the first receipt counts");
        }
    }

    @Test
    void anEpochIsSettledThroughOnePathOnly() {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner)) {
            Map<String, BigInteger> credits = mine(chain, owner);
            owner.fundEpoch(EPOCH, POOL);
            owner.closeEpoch(EPOCH);
            MerkleDistributionTree tree = MerkleDistributionTree.of(LocalChain.largestRemainder(EPOCH, POOL, credits));
            owner.finalizeEpoch(EPOCH, DistributionMode.LARGEST_REMAINDER, tree.root(), tree.total());
            String someMiner = tree.accounts().get(0);
            SigningKey key = LocalChain.ACCOUNTS.stream().filter(k -> k.address().equals(someMiner)).findFirst().orElseThrow();

            assertRefused("EpochAlreadyFinalized", () -> owner.finalizeEpoch(EPOCH, DistributionMode.FLOOR, null, null));
            try (ChainConnector miner = chain.connect(key)) {
                assertRefused("WrongSettlement", () -> miner.claim(List.of(EPOCH)));
            }
            List<String> wrongProof = new ArrayList<>(tree.proof(someMiner));
            assertRefused("InvalidProof", () -> owner.claimMerkle(EPOCH, someMiner, tree.amount(someMiner).add(BigInteger.ONE),
                    wrongProof));
        }
    }

    @Test
    void onlyTheOwnerRunsTheEpochLifeCycleAndTheSecretMustMatchItsCommitment() {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner); ChainConnector stranger = chain.connect(LocalChain.ACCOUNTS.get(5))) {
            assertRefused("NotOwner", () -> stranger.commitEpoch(EPOCH, COMMITMENT));
            owner.commitEpoch(EPOCH, COMMITMENT);
            assertRefused("EpochNotClosed", () -> owner.revealEpoch(EPOCH, EpochSecrets.hex(SECRET)));
            owner.closeEpoch(EPOCH);
            assertRefused("SecretMismatch", () -> owner.revealEpoch(EPOCH, "0x00"));
            assertRefused("EpochNotAfterLatest", () -> owner.commitEpoch(EPOCH, COMMITMENT));
        }
    }

    @Test
    void aSecretCommittedWithEpochCommitmentOfIsRevealedOnChainAndTheRevealChecksOffChain() throws Exception {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner)) {
            long from = chain.blockNumber() + 1;
            owner.commitEpoch(EPOCH, Epoch.commitmentOf(SECRET));
            owner.closeEpoch(EPOCH);

            owner.revealEpoch(EPOCH, EpochSecrets.hex(SECRET));

            ChainEvent revealed = owner.events(from, chain.blockNumber()).stream()
                    .filter(e -> e.name().equals("EpochRevealed")).findFirst().orElseThrow();
            Epoch offChain = new Epoch(EPOCH, EpochState.CLOSED, Epoch.commitmentOf(SECRET), revealed.fields().get("secret"));
            assertTrue(offChain.revealMatchesCommitment(), "the secret the contract accepted must match the ledger's commitment");
        }
    }

    @Test
    void aKeccakCommitmentNoLongerMatchesItsSecret() {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner)) {
            owner.commitEpoch(EPOCH, Words.hex(Words.keccak(SECRET.bytes())));
            owner.closeEpoch(EPOCH);

            assertRefused("SecretMismatch", () -> owner.revealEpoch(EPOCH, EpochSecrets.hex(SECRET)));
        }
    }

    @Test
    void theContractHashesReceiptsExactlyAsJavaDoes() {
        LocalChain chain = LocalChain.withFreshContract();
        try (Web3jChainConnector connector = (Web3jChainConnector) chain.connect(chain.owner)) {
            for (int i = 0; i < 12; i++) {
                Receipt r = LocalChain.receipt(LocalChain.ACCOUNTS.get(i % 6).address(), i * 1_000_003L, i,
                        i == 0 ? Receipt.GENESIS_HASH : Words.hex(Words.keccak("prev" + i)),
                        i % 2 == 0 ? "défi-" + i + "-日本" : "c" + i, 1L + i * 977L);
                assertEquals(HASHER.hash(r), connector.contractReceiptHash(r), "receipt " + i);
            }
        }
    }
}
