package io.dacr.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void seedZeroGivesThePublishedReferenceSequence() {
        SplitMix64 r = new SplitMix64(0);

        assertEquals(0xE220A8397B1DCDAFL, r.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, r.nextLong());
        assertEquals(0x06C45D188009454FL, r.nextLong());
    }

    @Test
    void aLabelAlwaysSeedsTheSameStreamAndAnotherLabelAnother() {
        assertEquals(SplitMix64.forLabel("c-1|m").nextLong(), SplitMix64.forLabel("c-1|m").nextLong());
        assertNotEquals(SplitMix64.forLabel("c-1|m").nextLong(), SplitMix64.forLabel("c-2|m").nextLong());
    }

    @Test
    void nextIntStaysBelowItsBoundAndReachesEveryValue() {
        SplitMix64 r = new SplitMix64(7);
        boolean[] seen = new boolean[5];
        for (int i = 0; i < 200; i++) {
            int v = r.nextInt(5);
            assertTrue(v >= 0 && v < 5);
            seen[v] = true;
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
        assertThrows(IllegalArgumentException.class, () -> r.nextInt(0));
    }

    @Test
    void chanceZeroNeverHappensAndChanceOneAlwaysDoes() {
        SplitMix64 r = new SplitMix64(11);
        for (int i = 0; i < 100; i++) {
            assertFalse(r.chance(BigDecimal.ZERO));
            assertTrue(r.chance(BigDecimal.ONE));
        }
    }
}
