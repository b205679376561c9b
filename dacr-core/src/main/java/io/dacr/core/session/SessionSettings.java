package io.dacr.core.session;

import io.dacr.api.internal.Checks;
import java.time.Clock;
import java.time.Duration;

/**
 * The rules an attempt session runs under: how many graded attempts it allows, how long it stays open,
 * what the solver is shown after an attempt, and the clock that opens it and stamps submissions. One value,
 * so that a session, a {@code Miner} and a {@code BenchRunner} can be given the same rules at once
 * ({@link SessionOptions#sessionSettings(SessionSettings)}), and checked in one place.
 *
 * <pre>{@code
 * SessionSettings oneShot = new SessionSettings(1, Duration.ofMinutes(5), FeedbackPolicy.PASS_FAIL, clock);
 * AttemptSession session = AttemptSession.builder("s-1", challenge, key, store).sessionSettings(oneShot).build();
 * }</pre>
 *
 * @param maxAttempts how many attempts a session grades, at least 1
 * @param window how long after opening submissions are accepted, positive
 * @param feedback what the solver is shown after each attempt
 * @param clock the clock that opens sessions and stamps submissions
 */
public record SessionSettings(int maxAttempts, Duration window, FeedbackPolicy feedback, Clock clock) {

    /**
     * @throws IllegalArgumentException if {@code maxAttempts} is not positive, the window is null, zero or
     *     negative, or the feedback policy or clock is null
     */
    public SessionSettings {
        Checks.positive(maxAttempts, "maxAttempts");
        Checks.notNull(window, "window");
        Checks.requireArgument(!window.isNegative() && !window.isZero(), "window must be positive, was %s", window);
        Checks.notNull(feedback, "feedback");
        Checks.notNull(clock, "clock");
    }

    /**
     * @return the defaults of a session: {@value AttemptSession#DEFAULT_MAX_ATTEMPTS} attempts,
     *     {@link AttemptSession#DEFAULT_WINDOW} (15 minutes), {@link FeedbackPolicy#COUNTS}, the UTC system clock
     */
    public static SessionSettings defaults() {
        return new SessionSettings(AttemptSession.DEFAULT_MAX_ATTEMPTS, AttemptSession.DEFAULT_WINDOW,
                FeedbackPolicy.COUNTS, Clock.systemUTC());
    }
}
