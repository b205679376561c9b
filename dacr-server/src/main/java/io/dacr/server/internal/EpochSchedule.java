package io.dacr.server.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * Epochs by the clock: epoch n runs from {@code genesis + n × length} (inclusive) to the next one's
 * start. Before genesis it is epoch 0.
 *
 * @param genesis when epoch 0 starts
 * @param length how long an epoch lasts, positive
 */
public record EpochSchedule(Instant genesis, Duration length) {

    /**
     * @param now an instant
     * @return the epoch running at it
     */
    public long epochAt(Instant now) {
        if (now.isBefore(genesis)) {
            return 0;
        }
        Duration since = Duration.between(genesis, now);
        return since.dividedBy(length);
    }

    /**
     * @param epoch an epoch
     * @return when it starts
     * @throws ArithmeticException or {@link java.time.DateTimeException} if that instant is beyond
     *     {@link Instant#MAX} (see {@link #represents})
     */
    public Instant startOf(long epoch) {
        return genesis.plus(length.multipliedBy(epoch));
    }

    /**
     * @param epoch an epoch
     * @return when it ends (the next one's start)
     * @throws ArithmeticException or {@link java.time.DateTimeException} if that instant is beyond
     *     {@link Instant#MAX} (see {@link #represents})
     */
    public Instant endOf(long epoch) {
        return startOf(Math.addExact(epoch, 1));
    }

    /**
     * @param epoch an epoch number, not negative
     * @return true if the epoch's start and end are instants ({@link #startOf} and {@link #endOf} answer);
     *     false for epochs so far ahead that they end after {@link Instant#MAX}
     */
    public boolean represents(long epoch) {
        try {
            endOf(epoch);
            return true;
        } catch (ArithmeticException | DateTimeException e) {
            return false;
        }
    }
}
