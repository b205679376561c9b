package io.dacr.cli.internal;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr, redrawn in place with a carriage return. It is user interface,
 * not output: it reads the clock, but only to draw at most every {@value #INTERVAL_MILLIS} ms (and
 * whenever the percentage changes by a whole step), so a million items do not cost a million redraws.
 */
final class ProgressBar {

    private static final long INTERVAL_MILLIS = 200;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private String label;
    private final long total;
    private final LongSupplier nanoTime;
    private long lastDrawn;
    private long lastPercent = -1;

    /**
     * @param err where to draw
     * @param label what is counted, e.g. {@code challenges}
     * @param total how many items there are, at least 1
     * @param nanoTime the clock, {@code System::nanoTime} outside tests
     */
    ProgressBar(PrintWriter err, String label, long total, LongSupplier nanoTime) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.nanoTime = nanoTime;
        this.lastDrawn = nanoTime.getAsLong();
    }

    /**
     * @param done items finished so far
     * @param newLabel what is counted, with running figures (e.g. {@code challenges, 3 passed}); redrawn
     *     with the next drawing
     */
    void update(long done, String newLabel) {
        this.label = newLabel;
        update(done);
    }

    /** @param done items finished so far */
    void update(long done) {
        long now = nanoTime.getAsLong();
        long percent = percent(done);
        if (percent != lastPercent || now - lastDrawn >= INTERVAL_MILLIS * 1_000_000L) {
            draw(done, percent);
            lastDrawn = now;
        }
    }

    /** Draws the final state and ends the line, so later stderr output starts on a fresh line. */
    void finish(long done) {
        draw(done, percent(done));
        err.print('\n');
        err.flush();
    }

    private long percent(long done) {
        // Multiplying first could overflow for counts near Long.MAX_VALUE; dividing first loses nothing that shows.
        return total >= Long.MAX_VALUE / 100 ? done / (total / 100) : done * 100 / total;
    }

    private void draw(long done, long percent) {
        lastPercent = percent;
        int filled = (int) (percent * WIDTH / 100);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + " ".repeat(percent < 10 ? 2 : percent < 100 ? 1 : 0) + percent + "% " + done + "/" + total + " " + label);
        err.flush();
    }
}
