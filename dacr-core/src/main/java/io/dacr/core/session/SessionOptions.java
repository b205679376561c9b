package io.dacr.core.session;

import io.dacr.api.internal.Checks;
import java.time.Clock;
import java.time.Duration;

/**
 * The session options of every builder that opens attempt sessions ({@link AttemptSession.Builder}, and
 * through {@code HarnessOptions} the builders of {@code Miner} and {@code BenchRunner}): declared once, so
 * that their checks, messages and documentation are the same everywhere. The options are kept as one
 * {@link SessionSettings} value, which checks them.
 *
 * @param <B> the concrete builder, which every setter returns so that calls chain
 */
public abstract class SessionOptions<B extends SessionOptions<B>> {

    private SessionSettings sessions;

    /**
     * @param defaults the session settings of a builder on which no setter was called
     * @throws IllegalArgumentException if {@code defaults} is null
     */
    protected SessionOptions(SessionSettings defaults) {
        this.sessions = Checks.notNull(defaults, "defaults");
    }

    /**
     * @param maxAttempts how many graded attempts each session allows, at least 1
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public B maxAttempts(int maxAttempts) {
        return sessionSettings(new SessionSettings(maxAttempts, sessions.window(), sessions.feedback(), sessions.clock()));
    }

    /**
     * @param window how long each session stays open (accepts submissions after opening), positive
     * @return this builder
     * @throws IllegalArgumentException if null, zero or negative
     */
    public B window(Duration window) {
        return sessionSettings(new SessionSettings(sessions.maxAttempts(), window, sessions.feedback(), sessions.clock()));
    }

    /**
     * @param feedback what the solver is shown after each attempt
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public B feedback(FeedbackPolicy feedback) {
        return sessionSettings(new SessionSettings(sessions.maxAttempts(), sessions.window(), feedback, sessions.clock()));
    }

    /**
     * @param clock the clock that opens sessions and stamps submissions (and record times)
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public B clock(Clock clock) {
        return sessionSettings(new SessionSettings(sessions.maxAttempts(), sessions.window(), sessions.feedback(), clock));
    }

    /**
     * Sets every session option at once.
     *
     * @param settings the attempts, window, feedback policy and clock
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public B sessionSettings(SessionSettings settings) {
        this.sessions = Checks.notNull(settings, "settings");
        return self();
    }

    /** @return the session options set so far, as one value */
    public SessionSettings sessionSettings() {
        return sessions;
    }

    /** @return this builder, as its own class (what every setter returns) */
    @SuppressWarnings("unchecked") // B is the class of this builder, as the type parameter's bound says
    protected final B self() {
        return (B) this;
    }
}
