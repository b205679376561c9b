package io.dacr.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.core.verify.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionSettingsTest {

    private final MutableClock clock = new MutableClock();
    private final SessionSettings oneShot = new SessionSettings(1, Duration.ofMinutes(5), FeedbackPolicy.PASS_FAIL, clock);

    private AttemptSession.Builder session() {
        return AttemptSession.builder("s-1", Fixtures.CHALLENGE, Fixtures.KEY, new InMemoryStore());
    }

    @Test
    void aSessionBuiltWithSettingsAllowsTheirAttemptsAndClosesAfterTheirWindow() {
        AttemptSession session = session().sessionSettings(oneShot).build();

        assertEquals(1, session.maxAttempts());
        assertEquals(MutableClock.START, session.openedAt());
        assertEquals(MutableClock.START.plus(Duration.ofMinutes(5)), session.expiresAt());
    }

    @Test
    void aSetterChangesItsOwnSettingAndKeepsTheOthers() {
        SessionSettings changed = session().sessionSettings(oneShot).window(Duration.ofMinutes(9)).sessionSettings();

        assertEquals(new SessionSettings(1, Duration.ofMinutes(9), FeedbackPolicy.PASS_FAIL, clock), changed);
    }

    @Test
    void aBuilderOnWhichNothingWasSetHoldsTheSessionDefaults() {
        SessionSettings defaults = session().sessionSettings();

        assertEquals(AttemptSession.DEFAULT_MAX_ATTEMPTS, defaults.maxAttempts());
        assertEquals(AttemptSession.DEFAULT_WINDOW, defaults.window());
        assertEquals(FeedbackPolicy.COUNTS, defaults.feedback());
    }

    @Test
    void aZeroWindowIsRefusedByTheValueAndByTheBuilderWithOneMessage() {
        IllegalArgumentException byValue = assertThrows(IllegalArgumentException.class,
                () -> new SessionSettings(3, Duration.ZERO, FeedbackPolicy.COUNTS, clock));
        IllegalArgumentException byBuilder = assertThrows(IllegalArgumentException.class,
                () -> session().window(Duration.ZERO));

        assertEquals("window must be positive, was PT0S", byValue.getMessage());
        assertEquals(byValue.getMessage(), byBuilder.getMessage());
    }

    @Test
    void fewerThanOneAttemptIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> session().maxAttempts(0));
    }
}
