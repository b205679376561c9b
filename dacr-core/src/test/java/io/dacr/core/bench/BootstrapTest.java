package io.dacr.core.bench;

import io.dacr.core.bench.internal.SplitMix64;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.BenchResult.Interval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BootstrapTest {

    @Test
    void splitMix64MatchesItsReferenceOutputForSeedZero() {
        SplitMix64 rng = new SplitMix64(0);

        assertEquals(0xE220A8397B1DCDAFL, rng.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, rng.nextLong());
    }

    @Test
    void boundedDrawsStayInRange() {
        SplitMix64 rng = new SplitMix64(7);
        for (int i = 0; i < 10_000; i++) {
            int v = rng.nextInt(3);
            assertTrue(v >= 0 && v < 3);
        }
        assertThrows(IllegalArgumentException.class, () -> rng.nextInt(0));
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        BenchResult a = score(11);
        BenchResult b = score(11);

        assertEquals(a.strict().intervals(), b.strict().intervals());
    }

    @Test
    void intervalsLieWithinTheRangeOfChallengeAccuracies() {
        Interval accuracy = score(11).compatible().intervals().get("answerAccuracy");

        assertTrue(accuracy.low().compareTo(accuracy.high()) <= 0);
        // Two challenges, accuracies 3/4 and 2/3: every resample lies between them.
        assertTrue(accuracy.low().compareTo(new java.math.BigDecimal("0.666667")) >= 0, accuracy.toString());
        assertTrue(accuracy.high().compareTo(new java.math.BigDecimal("0.75")) <= 0, accuracy.toString());
    }

    private static BenchResult score(long seed) {
        return BenchScorer.builder().seed(seed).build()
                .score(BenchFiles.crafted(), BenchFiles.craftedPredictions(), List.of());
    }
}
