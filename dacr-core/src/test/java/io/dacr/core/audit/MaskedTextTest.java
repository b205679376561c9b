package io.dacr.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class MaskedTextTest {

    @Test
    void namesNumbersAndIdsAreMaskedAndTheWordingKept() {
        assertEquals("N reported annual revenue of # million.",
                MaskedText.mask("Kelmar Holdings reported annual revenue of $1,664 million."));
        assertEquals("N seeks # million from the insurer.", MaskedText.mask("Claim C-1185 seeks $193.985 million from the insurer."));
    }

    @Test
    void twoSentencesThatDifferOnlyInNamesAndNumbersShareASkeleton() {
        assertEquals(MaskedText.mask("Sales at Vostra Group came to USD 7,382,000,000 for the year."),
                MaskedText.mask("Sales at Orrin Freight & Storage came to USD 12 for the year."));
    }

    @Test
    void differentWordingGivesDifferentSkeletons() {
        assertNotEquals(MaskedText.mask("Sales at Vostra Group came to $5m for the year."),
                MaskedText.mask("Turnover at Vostra Group totalled $5m for the period."));
    }
}
