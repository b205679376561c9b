package io.dacr.chain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.api.ChainException;
import io.dacr.api.reward.Receipt;
import io.dacr.chain.internal.Words;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Receipt signatures are checked the way the contract checks them. */
class ReceiptSignaturesTest {

    private static final SigningKey COORDINATOR =
            SigningKey.ofHex("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    private static final SigningKey OTHER =
            SigningKey.ofHex("5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
    private static final BigInteger ORDER =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);

    private final Receipt receipt = Samples.receipt(11);
    private final Eip712Domain domain = Eip712Domain.dacrMining(31337, Samples.address("contract", 11));

    @Test
    void aSignatureRecoversItsSigner() {
        assertEquals(COORDINATOR.address(), ReceiptSignatures.recover(receipt, ReceiptSignatures.sign(receipt, domain, COORDINATOR), domain));
    }

    @Test
    void theCoordinatorsSignatureVerifies() {
        String signature = ReceiptSignatures.sign(receipt, domain, COORDINATOR);
        assertDoesNotThrow(() -> ReceiptSignatures.verify(receipt, signature, domain, COORDINATOR.address()));
    }

    @Test
    void anotherKeysSignatureIsRejected() {
        assertRejected(() -> ReceiptSignatures.verify(receipt, ReceiptSignatures.sign(receipt, domain, OTHER), domain,
                COORDINATOR.address()));
    }

    @Test
    void aSignatureForAnotherChainIsRejected() {
        Eip712Domain otherChain = Eip712Domain.dacrMining(1, domain.verifyingContract());
        String signature = ReceiptSignatures.sign(receipt, otherChain, COORDINATOR);
        assertRejected(() -> ReceiptSignatures.verify(receipt, signature, domain, COORDINATOR.address()));
    }

    @Test
    void theHighSCopyOfAValidSignatureIsRejected() {
        byte[] raw = Words.bytes(ReceiptSignatures.sign(receipt, domain, COORDINATOR));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64));
        byte[] highS = Words.uint(ORDER.subtract(s));
        System.arraycopy(highS, 0, raw, 32, 32);
        raw[64] = (byte) (raw[64] == 27 ? 28 : 27);
        // The malleable twin is mathematically valid for the same key: only the low-s rule refuses it.
        assertRejected(() -> ReceiptSignatures.recover(receipt, Words.hex(raw), domain));
    }

    @Test
    void aSignatureOfTheWrongLengthIsRejected() {
        assertRejected(() -> ReceiptSignatures.recover(receipt, "0x1234", domain));
    }

    private static void assertRejected(org.junit.jupiter.api.function.Executable call) {
        ChainException e = assertThrows(ChainException.class, call);
        assertEquals(ChainException.Reason.SIGNATURE_REJECTED, e.reason(), e::getMessage);
    }
}
