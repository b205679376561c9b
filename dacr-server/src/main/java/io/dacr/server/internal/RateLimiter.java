package io.dacr.server.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Rate limits per key (a miner, an IP address) by the generic cell rate algorithm: at most
 * {@code burst} requests at once, then one per {@code interval}. Exact integer time from an injected
 * clock; no timers, no threads. Tracks at most {@code maxKeys} keys (the least recently used are
 * forgotten, which only ever lets a forgotten key start afresh).
 */
public final class RateLimiter {

    private final Clock clock;
    private final long intervalNanos;
    private final long toleranceNanos;
    private final Cache<String, Instant> theoreticalArrival;

    /**
     * @param clock the clock
     * @param interval the time one request costs
     * @param burst requests allowed at once, at least 1
     * @param maxKeys keys tracked at most
     */
    public RateLimiter(Clock clock, Duration interval, int burst, long maxKeys) {
        this.clock = clock;
        this.intervalNanos = interval.toNanos();
        this.toleranceNanos = intervalNanos * (burst - 1L);
        this.theoreticalArrival = Caffeine.newBuilder().maximumSize(maxKeys).build();
    }

    /**
     * Takes one request from the key's allowance.
     *
     * @param key whose allowance
     * @return 0 if allowed, else the whole seconds to wait (at least 1); nothing is taken then
     */
    public long acquire(String key) {
        Instant now = clock.instant();
        long[] wait = {0};
        theoreticalArrival.asMap().compute(key, (k, tat) -> {
            Instant arrival = tat == null || tat.isBefore(now) ? now : tat;
            Instant allowedFrom = arrival.minusNanos(toleranceNanos);
            if (now.isBefore(allowedFrom)) {
                long nanos = Duration.between(now, allowedFrom).toNanos();
                wait[0] = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
                return tat;
            }
            return arrival.plusNanos(intervalNanos);
        });
        return wait[0];
    }
}
