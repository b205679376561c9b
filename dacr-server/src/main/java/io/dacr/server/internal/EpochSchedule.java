package io.dacr.server.internal;

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
     */
    public Instant startOf(long epoch) {
        return genesis.plus(length.multipliedBy(epoch));
    }

    /**
     * @param epoch an epoch
     * @return when it ends (the next one's start)
     */
    public Instant endOf(long epoch) {
        return startOf(epoch + 1);
    }
}
