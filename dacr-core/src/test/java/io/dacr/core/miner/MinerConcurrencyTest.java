package io.dacr.core.miner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.LlmException;
import io.dacr.api.spi.ChatRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bounded concurrency, back-pressure, failure isolation and cancellation, with latches instead of sleeps. */
@Timeout(30)
class MinerConcurrencyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    private final Recorded recorded = new Recorded();

    /** Tasks 0..n-1, counting how many have been taken from the iterator. */
    private static final class CountingTasks implements Iterator<MiningTask> {
        private final int n;
        final AtomicInteger taken = new AtomicInteger();

        CountingTasks(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            return taken.get() < n;
        }

        @Override
        public MiningTask next() {
            return MinerFixtures.task(taken.getAndIncrement());
        }
    }

    private static String challengeOf(ChatRequest request) {
        String text = request.messages().get(1).content();
        return text.substring("Challenge ".length(), text.indexOf(' ', "Challenge ".length()));
    }

    private Miner.Builder miner(ScriptedBackend backend, int concurrency) {
        return Miner.builder(backend, recorded).strategy(Strategy.single()).parseFailures(recorded).clock(CLOCK)
                .concurrency(concurrency);
    }

    @Test
    void noMoreThanTheConcurrencyLimitIsInFlightAndTheRestWaitsInTheIterator() throws Exception {
        CountDownLatch twoStarted = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        ScriptedBackend backend = new ScriptedBackend(request -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            twoStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            inFlight.decrementAndGet();
            return MinerFixtures.passing();
        });
        CountingTasks tasks = new CountingTasks(6);
        Miner miner = miner(backend, 2).build();

        CompletableFuture<MiningReport> report = CompletableFuture.supplyAsync(() -> miner.mine(tasks));
        assertTrue(twoStarted.await(10, TimeUnit.SECONDS));
        int takenWhileBlocked = tasks.taken.get();
        release.countDown();

        MiningReport done = report.get(20, TimeUnit.SECONDS);
        assertEquals(2, takenWhileBlocked, "back-pressure: no task is taken before a slot is free");
        assertEquals(2, maxInFlight.get());
        assertEquals(6, done.count(ChallengeOutcome.Status.PASSED));
    }

    @Test
    void outcomesAreInInputOrderWhateverOrderTheyFinishIn() {
        ScriptedBackend backend = new ScriptedBackend(request -> MinerFixtures.passing());

        MiningReport report = miner(backend, 3).build().mine(new CountingTasks(5));

        List<String> expected = IntStream.range(0, 5).mapToObj(i -> MinerFixtures.task(i).challenge().id().toString()).toList();
        assertEquals(expected, report.outcomes().stream().map(ChallengeOutcome::challengeId).toList());
    }

    @Test
    void aFailingChallengeEndsInErrorAndTheOthersKeepTheirRecords() {
        String doomed = MinerFixtures.task(1).challenge().id().toString();
        ScriptedBackend backend = new ScriptedBackend(request -> {
            if (challengeOf(request).equals(doomed)) {
                throw ScriptedBackend.serverError();
            }
            return MinerFixtures.passing();
        });

        MiningReport report = miner(backend, 2).build().mine(new CountingTasks(4));

        assertEquals(ChallengeOutcome.Status.ERROR, report.outcomes().get(1).status());
        assertTrue(report.outcomes().get(1).detail().contains("SERVER_ERROR"), report.outcomes().get(1).detail());
        assertEquals(3, report.count(ChallengeOutcome.Status.PASSED));
        assertEquals(3, recorded.attempts().size());
    }

    @Test
    void aStrategyThatThrowsEndsOnlyItsOwnChallenge() {
        AtomicInteger calls = new AtomicInteger();
        Strategy flaky = new Strategy() {
            @Override
            public String name() {
                return "flaky";
            }

            @Override
            public void solve(MiningContext context) {
                if (calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("strategy bug");
                }
                Strategy.single().solve(context);
            }
        };
        ScriptedBackend backend = new ScriptedBackend(request -> MinerFixtures.passing());

        MiningReport report = miner(backend, 1).strategy(flaky).build().mine(new CountingTasks(3));

        assertEquals(List.of(ChallengeOutcome.Status.ERROR, ChallengeOutcome.Status.PASSED, ChallengeOutcome.Status.PASSED),
                report.outcomes().stream().map(ChallengeOutcome::status).toList());
        assertTrue(report.outcomes().get(0).detail().contains("strategy bug"));
    }

    @Test
    void cancellingStopsTakingChallengesAndEndsTheOnesInFlightAsCancelled() throws Exception {
        CountDownLatch firstFinished = new CountDownLatch(1);
        CountDownLatch blockedStarted = new CountDownLatch(2);
        AtomicInteger calls = new AtomicInteger();
        ScriptedBackend backend = new ScriptedBackend(request -> {
            if (calls.incrementAndGet() == 1) {
                return MinerFixtures.passing();
            }
            blockedStarted.countDown();
            try {
                new CountDownLatch(1).await();   // only an interrupt ends this wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmException(LlmException.Kind.TRANSPORT, 0, "interrupted", e);
            }
            throw new AssertionError("unreachable");
        });
        CountingTasks tasks = new CountingTasks(100);
        Miner miner = miner(backend, 2).listener(o -> firstFinished.countDown()).build();

        CompletableFuture<MiningReport> report = CompletableFuture.supplyAsync(() -> miner.mine(tasks));
        assertTrue(firstFinished.await(10, TimeUnit.SECONDS));
        assertTrue(blockedStarted.await(10, TimeUnit.SECONDS));
        miner.cancel();

        MiningReport done = report.get(20, TimeUnit.SECONDS);
        assertEquals(3, tasks.taken.get(), "no challenge is taken after the cancellation");
        assertEquals(1, done.count(ChallengeOutcome.Status.PASSED));
        assertEquals(2, done.count(ChallengeOutcome.Status.CANCELLED));
        assertEquals(1, recorded.attempts().size(), "the finished challenge's record stays");
    }

    @Test
    void tokensAndAttemptsAreSummedOverChallenges() {
        ScriptedBackend backend = new ScriptedBackend(request -> MinerFixtures.passing());

        MiningReport report = miner(backend, 2).build().mine(new CountingTasks(4));

        assertEquals(4, report.attempts());
        assertEquals(440, report.totalTokens());
    }

    @Test
    void anExpiredSessionRefusesTheAttemptAndTheOutcomeSaysSo() {
        MutableTime clock = new MutableTime();
        ScriptedBackend backend = new ScriptedBackend(request -> {
            clock.advance(Duration.ofMinutes(20));
            return MinerFixtures.passing();
        });

        MiningReport report = miner(backend, 1).clock(clock).build().mine(new CountingTasks(1));

        assertEquals(ChallengeOutcome.Status.FAILED, report.outcomes().get(0).status());
        assertTrue(report.outcomes().get(0).detail().contains("EXPIRED"), report.outcomes().get(0).detail());
    }

    /** A clock moved by the back end, to expire a session without waiting. */
    private static final class MutableTime extends Clock {
        private volatile Instant now = Instant.parse("2026-03-01T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
