package io.dacr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.reward.Receipt;
import io.dacr.chain.Eip712Domain;
import io.dacr.chain.ReceiptSignatures;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The production settlement signs for the mining contract's EIP-712 domain, or for none. */
class ChainSettlementTest {

    private static final Receipt RECEIPT = new Receipt("0x" + "ab".repeat(20), 3, 0, Receipt.GENESIS_HASH,
            "dacr1-sample", "0x" + "01".repeat(32), "0x" + "02".repeat(32), "0x" + "03".repeat(32),
            "0x" + "04".repeat(32), 1, BigInteger.ONE);

    @Test
    void aSettlementForAContractSignsForThatContractsDomainAndNamesIt() {
        ChainSettlement settlement = Harness.settlement();

        String signature = settlement.sign(RECEIPT);

        ReceiptSignatures.verify(RECEIPT, signature, Harness.DOMAIN_OF_CONTRACT, Harness.COORDINATOR_KEY.address());
        assertEquals(Optional.of(Harness.CONTRACT), settlement.contractAddress());
    }

    @Test
    void withoutAContractReceiptsAreSignedForTheZeroAddressDomainAndNoDestinationIsNamed() {
        ChainSettlement settlement = ChainSettlement.withoutContract(Harness.COORDINATOR_KEY, Harness.CHAIN_ID);

        String signature = settlement.sign(RECEIPT);

        ReceiptSignatures.verify(RECEIPT, signature, Eip712Domain.dacrMining(Harness.CHAIN_ID, ChainSettlement.NO_CONTRACT),
                Harness.COORDINATOR_KEY.address());
        assertEquals(Optional.empty(), settlement.contractAddress());
        assertTrue(settlement.submitReceiptCalldata(RECEIPT, signature).startsWith("0x"));
    }

    @Test
    void theZeroAddressIsRefusedAsAContract() {
        assertThrows(IllegalArgumentException.class,
                () -> ChainSettlement.forContract(Harness.COORDINATOR_KEY, Harness.CHAIN_ID, ChainSettlement.NO_CONTRACT));
    }

    @Test
    void itsTextNamesTheSignerButNotTheKey() {
        String text = Harness.settlement().toString();

        assertTrue(text.contains(Harness.COORDINATOR_KEY.address()), text);
        assertFalse(text.contains("4c0883a6"), text);
    }
}
