package io.dacr.backends.openai;

import java.time.Duration;

/**
 * Waits between retries. Injected so that tests assert the delays a back end schedules without
 * waiting for them.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread with {@link Thread#sleep}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    /**
     * @param duration how long to wait, not negative
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
