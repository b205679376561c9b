package io.dacr.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.api.reward.Receipt;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Receipt hashes are EIP-712 struct hashes; golden values were computed with ethers 6.17.0. */
class Eip712ReceiptHasherTest {

    private final Eip712ReceiptHasher hasher = new Eip712ReceiptHasher();

    @Test
    void theStructHashOfAFixedReceiptIsPinned() {
        assertEquals(GOLDEN_STRUCT_HASH, hasher.hash(Samples.receipt(0)));
    }

    @Test
    void theTypedDataHashOfAFixedReceiptAndDomainIsPinned() {
        assertEquals(GOLDEN_DIGEST, hasher.typedDataHash(Samples.receipt(0), Eip712Domain.dacrMining(31337, Samples.address("contract", 0))));
    }

    @Test
    void everyFieldChangesTheHash() {
        Receipt r = Samples.receipt(7);
        Receipt other = new Receipt(r.miner(), r.epoch(), r.solveIndex(), r.previousReceiptHash(), r.challengeId() + " ",
                r.documentHash(), r.questionsHash(), r.constraintsHash(), r.answersHash(), r.rulesVersion(), r.credits());
        assertNotEquals(hasher.hash(r), hasher.hash(other));
    }

    @Test
    void theDigestDependsOnTheChain() {
        Receipt r = Samples.receipt(3);
        String contract = Samples.address("contract", 3);
        assertNotEquals(hasher.typedDataHash(r, Eip712Domain.dacrMining(1, contract)),
                hasher.typedDataHash(r, Eip712Domain.dacrMining(31337, contract)));
    }

    @Test
    void creditsBeyondAUint256AreRefused() {
        Receipt r = Samples.receipt(1);
        Receipt huge = new Receipt(r.miner(), r.epoch(), r.solveIndex(), r.previousReceiptHash(), r.challengeId(),
                r.documentHash(), r.questionsHash(), r.constraintsHash(), r.answersHash(), r.rulesVersion(),
                BigInteger.ONE.shiftLeft(256));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(huge));
    }

    private static final String GOLDEN_STRUCT_HASH = "0x02288f73f951d31f6a69b33768faa82f2569d1f2f166004c126befc46c471b08";
    private static final String GOLDEN_DIGEST = "0x4efebd1192674760b424291e2c54cae69288f6191044d62e709e443bf486cd14";
}
