package io.dacr.server.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the state store forget what no later request needs ({@link StateStore#forgetExpired}): once when
 * the coordinator is built, then at most once per interval, on whichever request thread finds it due (no
 * thread of its own, so nothing to stop; one run at a time). A failure is logged and retried an interval
 * later: forgetting is never needed for a request to be answered right.
 */
public final class StateRetention {

    /** How often a coordinator forgets: often enough that a file log never grows far past its live state. */
    public static final Duration INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(StateRetention.class);

    private final StateStore state;
    private final Clock clock;
    private final Duration retention;
    private final AtomicReference<Instant> lastRun = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * @param state the store
     * @param clock the coordinator's clock
     * @param retention how long answered keys and ended sessions are kept
     */
    public StateRetention(StateStore state, Clock clock, Duration retention) {
        this.state = state;
        this.clock = clock;
        this.retention = retention;
    }

    /** Forgets expired state if an interval has passed since the last run (or the clock went back). */
    public void runIfDue() {
        Instant now = clock.instant();
        Instant last = lastRun.get();
        if (last != null && !now.isBefore(last) && now.isBefore(last.plus(INTERVAL))) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Forgotten f = state.forgetExpired(now, retention);
            if (f.total() > 0) {
                LOG.info("forgot {} sessions, {} idempotency keys and {} nonces past their retention", f.sessions(), f.keys(),
                        f.nonces());
            }
        } catch (RuntimeException e) {
            LOG.warn("could not forget expired coordinator state (tried again in {}): {}", INTERVAL, e.toString());
        } finally {
            lastRun.set(now);
            running.set(false);
        }
    }
}
