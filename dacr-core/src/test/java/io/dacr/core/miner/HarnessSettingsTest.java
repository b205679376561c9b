package io.dacr.core.miner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.core.session.FeedbackPolicy;
import io.dacr.core.session.SessionSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessSettingsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    private final Recorded recorded = new Recorded();

    @Test
    void aMinerGivesEachSessionTheSessionSettingsItWasBuiltWith() {
        String f = MinerFixtures.failing();
        Miner miner = Miner.builder(ScriptedBackend.replaying(f), recorded)
                .sessionSettings(new SessionSettings(1, Duration.ofMinutes(5), FeedbackPolicy.PASS_FAIL, CLOCK)).build();

        MiningReport report = miner.mine(List.of(MinerFixtures.task()).iterator());

        assertEquals(ChallengeOutcome.Status.FAILED, report.outcomes().get(0).status());
        assertEquals(1, report.attempts());
        assertEquals("FAIL", recorded.attempts().get(0).attempt().feedbackShown());
    }

    @Test
    void harnessSettingsSetAtOnceAreReadBackAsGiven() {
        HarnessSettings settings = new HarnessSettings(Strategy.single(), recorded, 4, outcome -> { });

        assertSame(settings, Miner.builder(ScriptedBackend.replaying(), recorded).harnessSettings(settings)
                .harnessSettings());
    }

    @Test
    void aSetterChangesItsOwnHarnessSettingAndKeepsTheOthers() {
        HarnessSettings settings = new HarnessSettings(Strategy.single(), recorded, 4, outcome -> { });

        HarnessSettings changed = Miner.builder(ScriptedBackend.replaying(), recorded).harnessSettings(settings)
                .concurrency(2).harnessSettings();

        assertEquals(new HarnessSettings(settings.strategy(), recorded, 2, settings.listener()), changed);
    }

    @Test
    void aConcurrencyBelowOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Miner.builder(ScriptedBackend.replaying(), recorded).concurrency(0));

        assertEquals("concurrency must be positive, was 0", e.getMessage());
    }
}
