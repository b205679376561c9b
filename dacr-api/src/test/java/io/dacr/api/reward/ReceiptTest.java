package io.dacr.api.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptTest {

    private static final String MINER = "0x" + "0123456789".repeat(4);
    private static final String HASH = "0x" + "ab".repeat(32);
    private static final String CHALLENGE =
            "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58";

    private static Receipt receipt(String miner, String previous, String documentHash, BigInteger credits) {
        return new Receipt(miner, 7, 0, previous, CHALLENGE, documentHash, HASH, HASH, HASH, 1, credits);
    }

    @Test
    void theGenesisHashIs32ZeroBytes() {
        assertEquals("0x0000000000000000000000000000000000000000000000000000000000000000", Receipt.GENESIS_HASH);
    }

    @Test
    void aMinersFirstReceiptNamesTheGenesisHash() {
        assertEquals(Receipt.GENESIS_HASH, receipt(MINER, Receipt.GENESIS_HASH, HASH, BigInteger.ONE).previousReceiptHash());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0x", "0123456789012345678901234567890123456789",
        "0x012345678901234567890123456789012345678", "0x01234567890123456789012345678901234567890",
        "0xABCDEF0123456789012345678901234567890123", "0X0123456789012345678901234567890123456789",
        "0x012345678901234567890123456789012345678g"})
    void aMinerThatIsNotALowerCaseAddressIsRejectedNamingTheField(String miner) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> receipt(miner, Receipt.GENESIS_HASH, HASH, BigInteger.ONE));
        assertTrue(e.getMessage().contains("miner"), e.getMessage());
    }

    static List<String> malformedBytes32() {
        return List.of("", "0x", "ab".repeat(32), "0x" + "ab".repeat(31), "0x" + "ab".repeat(33), "0x" + "AB".repeat(32),
                "0x" + "ab".repeat(31) + "zz");
    }

    @ParameterizedTest
    @MethodSource("malformedBytes32")
    void aDocumentHashThatIsNotBytes32IsRejectedNamingTheField(String hash) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> receipt(MINER, Receipt.GENESIS_HASH, hash, BigInteger.ONE));
        assertTrue(e.getMessage().contains("documentHash"), e.getMessage());
    }

    @Test
    void aPreviousHashThatIsNotBytes32IsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> receipt(MINER, "0x00", HASH, BigInteger.ONE));
        assertTrue(e.getMessage().contains("previousReceiptHash"), e.getMessage());
    }

    @Test
    void zeroCreditsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> receipt(MINER, Receipt.GENESIS_HASH, HASH, BigInteger.ZERO));
        assertTrue(e.getMessage().contains("credits"), e.getMessage());
    }

    @Test
    void aNegativeSolveIndexIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Receipt(MINER, 7, -1, Receipt.GENESIS_HASH, CHALLENGE, HASH, HASH, HASH, HASH, 1, BigInteger.ONE));
        assertTrue(e.getMessage().contains("solveIndex"), e.getMessage());
    }

    @Test
    void aRulesVersionBelowOneIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Receipt(MINER, 7, 0, Receipt.GENESIS_HASH, CHALLENGE, HASH, HASH, HASH, HASH, 0, BigInteger.ONE));
        assertTrue(e.getMessage().contains("rulesVersion"), e.getMessage());
    }

    @Test
    void aBlankChallengeIdIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Receipt(MINER, 7, 0, Receipt.GENESIS_HASH, " ", HASH, HASH, HASH, HASH, 1, BigInteger.ONE));
        assertTrue(e.getMessage().contains("challengeId"), e.getMessage());
    }
}
