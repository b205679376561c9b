package io.dacr.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.LlmException;
import io.dacr.api.Outcome;
import io.dacr.api.spi.ChatMessage;
import io.dacr.api.spi.ChatRequest;
import io.dacr.api.spi.ChatResponse;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.TokenUsage;
import io.dacr.core.bench.internal.ImportedAnswerVerifier;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchQuestion;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.miner.ChallengeOutcome;
import io.dacr.core.session.AttemptStore;
import io.dacr.core.session.StoredAttempts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The first three challenges of the DACR-Bench mini file through the miner harness, with a scripted
 * model that reads the challenge named in the prompt (the id's index is the position in the file).
 */
class BenchRunnerTest {

    private static final BenchDataset MINI = BenchFiles.mini();
    private static final BenchSuite SUITE = BenchSuite.imported(MINI).first(3);
    private static final Pattern CHALLENGE = Pattern.compile("Challenge (\\S+) \\(domain");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    /** A store in memory, for the records a run leaves. */
    private static final class MemoryStore implements AttemptStore {
        final List<AttemptRecord> records = new ArrayList<>();

        @Override
        public synchronized void append(AttemptRecord record) {
            records.add(record);
        }

        @Override
        public synchronized StoredAttempts readAll() {
            return new StoredAttempts(List.copyOf(records), 0);
        }
    }

    /** A real back end whose replies come from a function of the conversation. */
    private record Scripted(Function<List<ChatMessage>, String> script, AtomicInteger calls) implements LlmBackend {
        Scripted(Function<List<ChatMessage>, String> script) {
            this(script, new AtomicInteger());
        }

        @Override
        public String modelId() {
            return "scripted";
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            calls.incrementAndGet();
            return new ChatResponse(script.apply(request.messages()), "scripted", "stop", new TokenUsage(10, 1));
        }

        @Override
        public void close() {
        }
    }

    /** The gold answers of the challenge the prompt names, in the prompt's reply format. */
    private static String gold(List<ChatMessage> conversation) {
        Matcher m = CHALLENGE.matcher(conversation.get(1).content());
        assertTrue(m.find());
        int index = Integer.parseInt(m.group(1).split("\\.")[5]);
        List<BenchQuestion> questions = MINI.challenges().get(index).questions();
        StringBuilder s = new StringBuilder("{\"answers\": {");
        for (int i = 0; i < questions.size(); i++) {
            s.append(i == 0 ? "" : ", ").append("\"q").append(i + 1).append("\": {\"answer\": ")
                    .append(quote(questions.get(i).goldAnswer())).append(", \"confidence\": 0.9}");
        }
        return s.append("}, \"artifact\": \"done\", \"trace\": []}").toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static long assistantTurns(List<ChatMessage> conversation) {
        return conversation.stream().filter(c -> c.role() == ChatMessage.Role.ASSISTANT).count();
    }

    private static BenchRunner runner(LlmBackend backend, AttemptStore store) {
        return BenchRunner.builder(backend, store).clock(CLOCK).build();
    }

    @Test
    void aRunsSessionsStayOpenSixtyMinutesUnlessToldOtherwise() {
        BenchRunner.Builder builder = BenchRunner.builder(new Scripted(BenchRunnerTest::gold), new MemoryStore());

        assertEquals(Duration.ofMinutes(60), builder.sessionSettings().window());
    }

    @Test
    void aModelAnsweringTheGoldAnswersPassesEveryChallengeAtTheFirstAttempt() {
        MemoryStore store = new MemoryStore();
        BenchRunner.Result run = runner(new Scripted(BenchRunnerTest::gold), store).run(SUITE);

        assertTrue(run.complete());
        assertEquals(3, run.count(ChallengeOutcome.Status.PASSED));
        assertEquals(3, store.records.size());
        BenchResult scores = BenchScorer.builder().resamples(0).build().score(run.dataset(), run.predictions(),
                store.records);
        assertEquals(0, BigDecimal.ONE.compareTo(scores.strict().summary().answerAccuracy()));
        assertEquals(0, BigDecimal.ONE.compareTo(scores.attempts().passAt1()));
    }

    @Test
    void predictionsCarryDacrBenchsChallengeAndQuestionIds() {
        BenchRunner.Result run = runner(new Scripted(BenchRunnerTest::gold), new MemoryStore()).run(SUITE);

        Prediction first = run.predictions().get(0);
        assertEquals(MINI.challenges().get(0).challengeId(), first.challengeId());
        assertEquals(MINI.challenges().get(0).questions().stream().map(BenchQuestion::questionId).toList(),
                List.copyOf(first.answers().keySet()));
        assertEquals("scripted", first.model());
    }

    @Test
    void attemptsAtImportedChallengesAreGradedOnAnswersAloneWithTheTraceNotChecked() {
        MemoryStore store = new MemoryStore();
        runner(new Scripted(BenchRunnerTest::gold), store).run(SUITE);

        AttemptRecord r = store.records.get(0);
        assertEquals(Outcome.PASS, r.attempt().verdict().outcome());
        assertTrue(r.attempt().verdict().constraints().isEmpty());
        assertEquals(ImportedAnswerVerifier.TRACE_NOT_CHECKED, r.attempt().verdict().trace().reason());
    }

    @Test
    void aModelThatCorrectsItselfAfterFeedbackCountsAsSelfCorrectedAndIsScoredOnItsFirstAttempt() {
        MemoryStore store = new MemoryStore();
        Scripted model = new Scripted(c -> assistantTurns(c) == 0
                ? "{\"answers\": {\"q1\": {\"answer\": \"no idea\"}}, \"artifact\": \"x\", \"trace\": []}" : gold(c));
        BenchRunner.Result run = runner(model, store).run(SUITE);

        BenchResult scores = BenchScorer.builder().resamples(0).build().score(run.dataset(), run.predictions(),
                store.records);
        assertEquals(0, BigDecimal.ZERO.compareTo(scores.strict().summary().answerAccuracy()));
        assertEquals(0, BigDecimal.ZERO.compareTo(scores.attempts().passAt1()));
        assertEquals(0, BigDecimal.ONE.compareTo(scores.attempts().selfCorrectionRate()));
    }

    @Test
    void aModelThatNeverRepliesReadablyGetsEmptyFailedPredictionsAndTheRunCompletes() {
        MemoryStore store = new MemoryStore();
        BenchRunner.Result run = runner(new Scripted(c -> "I would rather not."), store).run(SUITE);

        assertTrue(run.complete());
        assertEquals(3, run.predictions().size());
        assertTrue(run.predictions().stream().allMatch(p -> p.answers().isEmpty() && "failed".equals(p.parseFormat())));
        assertEquals(9, run.unreadableReplies());
        assertTrue(store.records.isEmpty());
    }

    @Test
    void aBackEndFailureStopsTheRunKeepsWhatWasDoneAndLeavesTheRestNotStarted() {
        MemoryStore store = new MemoryStore();
        AtomicInteger calls = new AtomicInteger();
        Scripted model = new Scripted(c -> {
            if (calls.incrementAndGet() > 1) {
                throw new LlmException(LlmException.Kind.SERVER_ERROR, 500, "HTTP 500 after 4 tries", null);
            }
            return gold(c);
        });
        BenchRunner.Result run = runner(model, store).run(SUITE);

        assertFalse(run.complete());
        assertEquals(1, run.count(ChallengeOutcome.Status.PASSED));
        assertEquals(1, run.count(ChallengeOutcome.Status.ERROR));
        assertEquals(BenchRunner.NOT_STARTED, run.challenges().get(2).outcome().detail());
        assertEquals(1, run.predictions().size());
        assertEquals(1, store.records.size());
    }

    @Test
    void withStopAtFirstErrorOffTheRunGoesOnPastAFailure() {
        AtomicInteger calls = new AtomicInteger();
        Scripted model = new Scripted(c -> {
            if (calls.incrementAndGet() == 1) {
                throw new LlmException(LlmException.Kind.SERVER_ERROR, 500, "HTTP 500 after 4 tries", null);
            }
            return gold(c);
        });
        BenchRunner.Result run = BenchRunner.builder(model, new MemoryStore()).clock(CLOCK).stopAtFirstError(false)
                .build().run(SUITE);

        assertEquals(1, run.count(ChallengeOutcome.Status.ERROR));
        assertEquals(2, run.count(ChallengeOutcome.Status.PASSED));
        assertFalse(run.challenges().get(0).scored());
    }
}
