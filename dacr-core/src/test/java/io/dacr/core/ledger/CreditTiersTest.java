package io.dacr.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ConfigurationException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreditTiersTest {

    private final CreditTiers tiers = CreditTiers.of(Map.of("basic", BigInteger.ONE, "staked", BigInteger.valueOf(3)));

    @Test
    void aSolveEarnsTheCreditsOfTheMinersTier() {
        assertEquals(BigInteger.valueOf(3), tiers.creditsPerSolve("staked"));
    }

    @Test
    void anUnknownTierIsAConfigurationErrorListingTheTiers() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> tiers.creditsPerSolve("gold"));
        assertTrue(e.getMessage().contains("[basic, staked]"), e.getMessage());
    }

    @Test
    void tiersAreListedByName() {
        assertEquals(List.of("basic", "staked"), List.copyOf(tiers.tiers().keySet()));
    }

    @Test
    void aTierWithoutPositiveCreditsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CreditTiers.of(Map.of("free", BigInteger.ZERO)));
    }

    @Test
    void anEmptyTableIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CreditTiers.of(Map.of()));
    }
}
