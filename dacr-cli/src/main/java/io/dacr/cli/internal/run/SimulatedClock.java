package io.dacr.cli.internal.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The simulated miners' time: it stands still until the run moves it, so every recorded instant and
 * duration follows from the seed. Used by one thread.
 */
final class SimulatedClock extends Clock {

    /** When a run's simulated epoch starts. */
    static final Instant EPOCH_START = Instant.parse("2026-01-01T00:00:00Z");

    private Instant now = EPOCH_START;

    void set(Instant instant) {
        now = instant;
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // A snapshot: only the run moves time, and it moves this clock.
        return Clock.fixed(now, zone);
    }
}
