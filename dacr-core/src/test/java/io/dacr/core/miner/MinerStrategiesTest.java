package io.dacr.core.miner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.QuestionAnswer;
import io.dacr.api.spi.ChatMessage;
import io.dacr.api.spi.ChatRequest;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.ParseFailure;
import io.dacr.core.verify.Fixtures;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinerStrategiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    private final Recorded recorded = new Recorded();

    private MiningReport mine(ScriptedBackend backend, Strategy strategy) {
        Miner miner = Miner.builder(backend, recorded).strategy(strategy).parseFailures(recorded).clock(CLOCK).build();
        Iterator<MiningTask> tasks = List.of(MinerFixtures.task()).iterator();
        return miner.mine(tasks);
    }

    @Test
    void selfRefineTriesAgainAfterAFailureAndStopsAtThePass() {
        ScriptedBackend backend = ScriptedBackend.replaying(MinerFixtures.failing(), MinerFixtures.passing());

        MiningReport report = mine(backend, Strategy.selfRefine());

        assertEquals(ChallengeOutcome.Status.PASSED, report.outcomes().get(0).status());
        assertEquals(2, recorded.attempts().size());
        assertEquals(List.of(false, true), recorded.attempts().stream().map(r -> r.attempt().verdict().passed()).toList());
    }

    @Test
    void theRetryShowsThePreviousReplyAndTheFeedbackThePolicyAllows() {
        ScriptedBackend backend = ScriptedBackend.replaying(MinerFixtures.failing(), MinerFixtures.passing());

        mine(backend, Strategy.selfRefine());

        List<ChatMessage> second = backend.requests().get(1).messages();
        assertEquals(4, second.size());
        assertEquals(ChatMessage.assistant(MinerFixtures.failing()), second.get(2));
        String feedback = recorded.attempts().get(0).attempt().feedbackShown();
        assertTrue(feedback.startsWith("FAIL: constraints"), feedback);
        assertTrue(second.get(3).content().contains(feedback), second.get(3).content());
        assertTrue(second.get(3).content().contains("2 attempts left"));
    }

    @Test
    void selfRefineStopsAfterThreeFailedAttempts() {
        String f = MinerFixtures.failing();
        ScriptedBackend backend = ScriptedBackend.replaying(f, f, f);

        MiningReport report = mine(backend, Strategy.selfRefine());

        assertEquals(ChallengeOutcome.Status.FAILED, report.outcomes().get(0).status());
        assertEquals(3, report.attempts());
        assertEquals(3, backend.requests().size());
    }

    @Test
    void everyRecordCarriesThePromptVersionStrategyRawReplyAndTokens() {
        mine(ScriptedBackend.replaying(MinerFixtures.passing()), Strategy.selfRefine());

        AttemptRecord record = recorded.attempts().get(0);
        assertEquals(PromptBuilder.PROMPT_VERSION, record.origin().promptVersion());
        assertEquals("self-refine", record.origin().strategy());
        assertEquals(MinerFixtures.passing(), record.origin().response());
        assertEquals(110, record.origin().usage().totalTokens());
        assertEquals("scripted-model", record.attempt().modelId());
        String session = record.attempt().sessionId();
        assertTrue(session.startsWith("mine-scripted-model-") && session.endsWith("-" + Fixtures.ID), session);
    }

    @Test
    void singleSubmitsOnceEvenWhenTheAttemptFails() {
        ScriptedBackend backend = ScriptedBackend.replaying(MinerFixtures.failing());

        MiningReport report = mine(backend, Strategy.single());

        assertEquals(ChallengeOutcome.Status.FAILED, report.outcomes().get(0).status());
        assertEquals(1, recorded.attempts().size());
        assertEquals("single", recorded.attempts().get(0).origin().strategy());
    }

    @Test
    void anUnreadableReplyIsRecordedWithItsRawTextAndNotGraded() {
        ScriptedBackend backend = ScriptedBackend.replaying("The answer is Kelmara Air.", MinerFixtures.passing());

        MiningReport report = mine(backend, Strategy.single());

        ParseFailure failure = recorded.parseFailures().get(0);
        assertEquals("The answer is Kelmara Air.", failure.response());
        assertEquals("no JSON object in the reply", failure.problem());
        assertEquals(1, failure.call());
        assertEquals(1, recorded.attempts().size(), "only the readable reply is graded");
        assertEquals(1, report.parseFailures());
        assertEquals(220, recorded.attempts().get(0).origin().usage().totalTokens(), "the unreadable reply's tokens count");
    }

    @Test
    void theModelIsToldWhyItsReplyCouldNotBeRead() {
        ScriptedBackend backend = ScriptedBackend.replaying("no json here", MinerFixtures.passing());

        mine(backend, Strategy.selfRefine());

        List<ChatMessage> second = backend.requests().get(1).messages();
        assertEquals(ChatMessage.assistant("no json here"), second.get(2));
        assertTrue(second.get(3).content().contains("could not be read: no JSON object in the reply"));
    }

    @Test
    void whenParseRetriesRunOutTheChallengeFailsWithoutAnAttempt() {
        ScriptedBackend backend = ScriptedBackend.replaying("a", "b", "c");

        MiningReport report = mine(backend, Strategy.selfRefine());

        ChallengeOutcome outcome = report.outcomes().get(0);
        assertEquals(ChallengeOutcome.Status.FAILED, outcome.status());
        assertEquals("no readable reply", outcome.detail());
        assertEquals(0, outcome.attempts());
        assertEquals(3, outcome.parseFailures());
        assertEquals(0, recorded.attempts().size());
    }

    @Test
    void selfConsistencyVotesPerQuestionWithTheVoteShareAsConfidence() {
        String wrongQ1 = MinerFixtures.reply(Fixtures.withAnswer("q1", "Other Air"));
        ScriptedBackend backend = ScriptedBackend.replaying(wrongQ1, MinerFixtures.passing(), MinerFixtures.passing());

        MiningReport report = mine(backend, Strategy.selfConsistency(3));

        assertEquals(ChallengeOutcome.Status.PASSED, report.outcomes().get(0).status());
        AttemptRecord record = recorded.attempts().get(0);
        QuestionAnswer q1 = record.attempt().submission().answers().get(0);
        assertEquals("Kelmara Air", q1.answer());
        assertEquals(0, new BigDecimal("0.6667").compareTo(q1.confidence()));
        assertEquals(0, BigDecimal.ONE.compareTo(record.attempt().submission().answers().get(1).confidence()));
        assertEquals(MinerFixtures.passing(), record.origin().response(), "the representative sample agrees with the vote");
        assertEquals("self-consistency-3", record.origin().strategy());
        assertEquals(330, record.origin().usage().totalTokens());
        assertEquals(3, backend.requests().size());
        assertTrue(backend.requests().stream().map(ChatRequest::messages).distinct().count() == 1,
                "every sample answers the same opening prompt");
    }

    @Test
    void unreadableSamplesDoNotVote() {
        ScriptedBackend backend = ScriptedBackend.replaying("garbage", MinerFixtures.passing(), "more garbage");

        MiningReport report = mine(backend, Strategy.selfConsistency(3));

        assertEquals(ChallengeOutcome.Status.PASSED, report.outcomes().get(0).status());
        assertEquals(2, recorded.parseFailures().size());
        assertEquals(0, BigDecimal.ONE.compareTo(recorded.attempts().get(0).attempt().submission().answers().get(0).confidence()));
    }

    @Test
    void strategiesAreFoundByName() {
        assertEquals("single", Strategy.named("single").name());
        assertEquals("self-refine", Strategy.named("Self-Refine").name());
        assertEquals("self-consistency-5", Strategy.named("self-consistency").name());
        assertEquals("self-consistency-7", Strategy.named("self-consistency-7").name());
        assertThrows(IllegalArgumentException.class, () -> Strategy.named("best-of-n"));
        assertThrows(IllegalArgumentException.class, () -> Strategy.named("self-consistency-1"));
    }

    @Test
    void aStrategyOfTheUsersOwnIsRecordedByItsName() {
        Strategy mine = new Strategy() {
            @Override
            public String name() {
                return "ask-once-no-retry";
            }

            @Override
            public void solve(MiningContext context) {
                Reply reply = context.ask(context.prompts().messages(context.challenge()));
                if (reply.readable()) {
                    context.submit(reply);
                }
            }
        };

        mine(ScriptedBackend.replaying(MinerFixtures.passing()), mine);

        assertEquals("ask-once-no-retry", recorded.attempts().get(0).origin().strategy());
    }

    @Test
    void sessionIdsNameTheModelAndTheRun() {
        Miner fixed = Miner.builder(ScriptedBackend.replaying(MinerFixtures.passing()), recorded).runId("r1")
                .clock(CLOCK).build();
        assertEquals("mine-scripted-model-r1-" + Fixtures.ID,
                fixed.mine(List.of(MinerFixtures.task()).iterator()).outcomes().get(0).sessionId());

        mine(ScriptedBackend.replaying(MinerFixtures.passing()), Strategy.selfRefine());
        mine(ScriptedBackend.replaying(MinerFixtures.passing()), Strategy.selfRefine());

        List<String> sessions = recorded.attempts().stream().map(r -> r.attempt().sessionId()).toList();
        assertEquals(3, sessions.stream().distinct().count(), "every run has its own sessions: " + sessions);
        assertEquals("mine-org_Model-7B_v1.q4-r-" + Fixtures.ID,
                Miner.sessionId("mine", "org/Model-7B:v1.q4", "r", Fixtures.ID.toString()));
        assertThrows(IllegalArgumentException.class,
                () -> Miner.builder(ScriptedBackend.replaying(), recorded).runId("a/b"));
    }
}
