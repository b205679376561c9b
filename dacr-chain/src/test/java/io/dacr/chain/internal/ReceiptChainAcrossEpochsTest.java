package io.dacr.chain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.api.ChainException;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import io.dacr.api.spi.ChainConnector;
import io.dacr.api.spi.ChainEvent;
import io.dacr.chain.Eip712ReceiptHasher;
import io.dacr.chain.ReceiptSignatures;
import io.dacr.chain.SigningKey;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A miner's receipt chain runs across epochs, and a receipt that was not submitted while its epoch was
 * open must not block the miner for ever: it still counts while its epoch is not finalized, and after
 * that (or for an epoch the contract never opened) it advances the chain without credit. Replays,
 * forged signatures and broken chains stay refused.
 */
class ReceiptChainAcrossEpochsTest {

    private static final Eip712ReceiptHasher HASHER = new Eip712ReceiptHasher();
    private static final String COMMITMENT = "0x" + "11".repeat(32);
    private static final SigningKey MINER = LocalChain.ACCOUNTS.get(2);

    private static void assertRefused(String error, Executable call) {
        ChainException e = assertThrows(ChainException.class, call, "the contract must refuse with " + error);
        assertEquals(ChainException.Reason.REVERTED, e.reason(), e::getMessage);
        assertEquals(error, e.contractError(), e::getMessage);
    }

    private static Receipt next(long epoch, long solveIndex, Receipt previous, String challenge, long credits) {
        return LocalChain.receipt(MINER.address(), epoch, solveIndex,
                previous == null ? Receipt.GENESIS_HASH : HASHER.hash(previous), challenge, credits);
    }

    @Test
    void aReceiptSubmittedAfterItsEpochClosedStillCountsUntilTheEpochIsFinalized() {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner); ChainConnector miner = chain.connect(MINER)) {
            owner.commitEpoch(1, COMMITMENT);
            Receipt r0 = next(1, 0, null, "a", 5);
            Receipt r1 = next(1, 1, r0, "b", 7);   // earned in epoch 1, not submitted while it was open
            miner.submitReceipt(r0, chain.sign(r0));
            owner.commitEpoch(2, COMMITMENT);       // epoch 1 closes
            Receipt r2 = next(2, 2, r1, "c", 3);

            miner.submitReceipt(r1, chain.sign(r1));
            miner.submitReceipt(r2, chain.sign(r2));

            assertEquals(BigInteger.valueOf(12), miner.credits(1, MINER.address()));
            assertEquals(BigInteger.valueOf(12), miner.totalCredits(1));
            assertEquals(BigInteger.valueOf(3), miner.credits(2, MINER.address()));
            assertRefused("ReceiptReplayed", () -> miner.submitReceipt(r1, chain.sign(r1)));
        }
    }

    @Test
    void aReceiptOfAFinalizedEpochAdvancesTheChainWithoutCreditAndTheNextOnesCount() throws Exception {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner); ChainConnector miner = chain.connect(MINER)) {
            owner.commitEpoch(1, COMMITMENT);
            Receipt r0 = next(1, 0, null, "a", 5);
            Receipt r1 = next(1, 1, r0, "b", 7);   // never submitted before epoch 1 is finalized
            miner.submitReceipt(r0, chain.sign(r0));
            owner.commitEpoch(2, COMMITMENT);
            owner.finalizeEpoch(1, DistributionMode.FLOOR, null, null);
            Receipt r2 = next(2, 2, r1, "c", 3);
            owner.commitEpoch(3, COMMITMENT);
            Receipt r3 = next(3, 3, r2, "d", 4);

            // Out of order or forged, it is still refused.
            assertRefused("BrokenChain", () -> miner.submitReceipt(r2, chain.sign(r2)));
            assertRefused("WrongSigner", () -> miner.submitReceipt(r1, ReceiptSignatures.sign(r1, chain.domain, MINER)));
            long from = chain.blockNumber() + 1;
            miner.submitReceipt(r1, chain.sign(r1));
            miner.submitReceipt(r2, chain.sign(r2));
            miner.submitReceipt(r3, chain.sign(r3));

            assertEquals(BigInteger.valueOf(5), miner.credits(1, MINER.address()), "a finalized epoch's credits stay fixed");
            assertEquals(BigInteger.valueOf(5), miner.totalCredits(1));
            assertEquals(BigInteger.valueOf(3), miner.credits(2, MINER.address()), "epoch 2 is closed, not finalized");
            assertEquals(BigInteger.valueOf(4), miner.credits(3, MINER.address()));
            List<ChainEvent> events = owner.events(from, chain.blockNumber());
            assertEquals(List.of("ReceiptNotCredited", "ReceiptAccepted", "ReceiptAccepted"),
                    events.stream().map(ChainEvent::name).toList());
            assertEquals(HASHER.hash(r1), events.get(0).fields().get("receiptHash"));
            assertRefused("ReceiptReplayed", () -> miner.submitReceipt(r1, chain.sign(r1)));
        }
    }

    @Test
    void aReceiptOfAnEpochTheContractNeverOpenedAdvancesTheChainAndOneOfALaterEpochIsRefused() {
        LocalChain chain = LocalChain.withFreshContract();
        try (ChainConnector owner = chain.connect(chain.owner); ChainConnector miner = chain.connect(MINER)) {
            owner.commitEpoch(1, COMMITMENT);
            Receipt r0 = next(1, 0, null, "a", 5);
            miner.submitReceipt(r0, chain.sign(r0));
            owner.commitEpoch(3, COMMITMENT);       // epoch 2 was never committed on chain: it never can be
            Receipt r1 = next(2, 1, r0, "b", 7);
            Receipt r2 = next(3, 2, r1, "c", 2);
            Receipt early = next(4, 2, r1, "d", 2);

            miner.submitReceipt(r1, chain.sign(r1));
            assertRefused("WrongEpoch", () -> miner.submitReceipt(early, chain.sign(early)));
            miner.submitReceipt(r2, chain.sign(r2));

            assertEquals(BigInteger.ZERO, miner.credits(2, MINER.address()));
            assertEquals(BigInteger.valueOf(2), miner.credits(3, MINER.address()));
        }
    }
}
