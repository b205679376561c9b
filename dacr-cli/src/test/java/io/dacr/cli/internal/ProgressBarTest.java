package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter drawn = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    private ProgressBar bar(long total) {
        return new ProgressBar(new PrintWriter(drawn), "challenges", total, nanos::get);
    }

    private int redraws() {
        return drawn.toString().split("\r", -1).length - 1;
    }

    @Test
    void redrawsOnceForEachPercentFromZeroToAHundredWhenTheClockStandsStill() {
        ProgressBar bar = bar(10_000);

        for (long done = 1; done <= 10_000; done++) {
            bar.update(done);
        }

        assertEquals(101, redraws());
    }

    @Test
    void redrawsWhenTwoHundredMillisecondsHavePassedWithinAPercent() {
        ProgressBar bar = bar(10_000);
        bar.update(1);
        nanos.addAndGet(199_000_000L);
        bar.update(2);
        nanos.addAndGet(1_000_000L);
        bar.update(3);

        assertEquals(2, redraws());
        assertTrue(drawn.toString().endsWith("0% 3/10000 challenges"), drawn.toString());
    }

    @Test
    void finishDrawsTheFullBarAndEndsTheLine() {
        ProgressBar bar = bar(4);

        bar.finish(4);

        assertEquals("\r[" + "#".repeat(30) + "] 100% 4/4 challenges\n", drawn.toString());
    }

    @Test
    void hugeTotalsDoNotOverflowThePercentage() {
        ProgressBar bar = bar(Long.MAX_VALUE);

        bar.finish(Long.MAX_VALUE);

        assertTrue(drawn.toString().contains("] 100% "), drawn.toString());
    }
}
