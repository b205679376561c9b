package io.dacr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.server.internal.RateLimiter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void aBurstIsAllowedThenOneRequestPerInterval() {
        RateLimiter limiter = new RateLimiter(clock, Duration.ofSeconds(10), 3, 100);

        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(10, limiter.acquire("a"));
        clock.advance(Duration.ofSeconds(10));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(10, limiter.acquire("a"));
    }

    @Test
    void aRefusedRequestTakesNothingFromTheAllowance() {
        RateLimiter limiter = new RateLimiter(clock, Duration.ofSeconds(60), 1, 100);
        limiter.acquire("a");

        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(10));
            limiter.acquire("a");
        }
        clock.advance(Duration.ofSeconds(10));

        assertEquals(0, limiter.acquire("a"));
    }

    @Test
    void keysHaveSeparateAllowances() {
        RateLimiter limiter = new RateLimiter(clock, Duration.ofSeconds(60), 1, 100);
        limiter.acquire("a");

        assertEquals(0, limiter.acquire("b"));
    }

    @Test
    void theWaitIsRoundedUpToWholeSeconds() {
        RateLimiter limiter = new RateLimiter(clock, Duration.ofMillis(60_500), 1, 100);
        limiter.acquire("a");

        assertEquals(61, limiter.acquire("a"));
    }
}
