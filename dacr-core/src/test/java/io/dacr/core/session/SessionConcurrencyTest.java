package io.dacr.core.session;

import io.dacr.core.verify.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.AnswerKey;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.Verifier;
import io.dacr.core.verify.DacrVerifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many threads on shared sessions and one shared store: the session's limits hold under contention. */
class SessionConcurrencyTest {

    private static final int THREADS = 16;
    private static final int SESSIONS = 4;
    private static final int SUBMISSIONS_PER_THREAD = 12;

    @TempDir
    Path dir;

    @Test
    void sharedSessionsNeverAcceptMoreThanTheirAttemptsAndRecordEachAcceptedAttemptOnce() throws Exception {
        MutableClock clock = new MutableClock();
        ConcurrentLinkedQueue<SubmitResult.Accepted> accepted = new ConcurrentLinkedQueue<>();
        List<AttemptSession> sessions = new ArrayList<>();
        List<GradingProbe> probes = new ArrayList<>();
        Path file = dir.resolve("attempts.jsonl");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            for (int s = 0; s < SESSIONS; s++) {
                GradingProbe probe = new GradingProbe();
                probes.add(probe);
                sessions.add(AttemptSession.builder("s-" + s, Fixtures.CHALLENGE, Fixtures.KEY, store).clock(clock)
                        .verifier(probe).build());
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < SUBMISSIONS_PER_THREAD; i++) {
                        AttemptSession session = sessions.get((thread + i) % SESSIONS);
                        // Mostly failing submissions, so that sessions run out of attempts rather than pass.
                        Submission submission = (thread + i) % 7 == 0 ? Fixtures.oracle() : Fixtures.failing();
                        if (session.submit(submission) instanceof SubmitResult.Accepted a) {
                            accepted.add(a);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }

        Map<String, List<Integer>> numbersBySession = new TreeMap<>();
        for (SubmitResult.Accepted a : accepted) {
            numbersBySession.computeIfAbsent(a.attempt().sessionId(), k -> new ArrayList<>()).add(a.attempt().number());
        }
        for (int s = 0; s < SESSIONS; s++) {
            AttemptSession session = sessions.get(s);
            List<Integer> numbers = numbersBySession.getOrDefault(session.sessionId(), List.of()).stream().sorted().toList();
            assertTrue(numbers.size() <= AttemptSession.DEFAULT_MAX_ATTEMPTS, session.sessionId() + " accepted " + numbers);
            assertEquals(numbers.size(), session.attemptsUsed());
            assertEquals(numbers.size(), probes.get(s).calls.get(), "one grading per accepted attempt");
            assertEquals(1, probes.get(s).mostAtOnce.get(), "gradings of one session never overlap");
            // One verdict per accepted attempt: numbers are 1..n without repeats.
            for (int i = 0; i < numbers.size(); i++) {
                assertEquals(i + 1, numbers.get(i));
            }
        }
        StoredAttempts stored = JsonlAttemptStore.read(file);
        assertEquals(accepted.size(), stored.attempts().size());
        List<Attempt> expected = accepted.stream().map(SubmitResult.Accepted::attempt).toList();
        assertTrue(stored.attempts().containsAll(expected) && expected.containsAll(stored.attempts()));
        assertFalse(stored.hadTornTail());
    }

    /**
     * Grades slowly enough (the real verifier, several times over) for submissions to collide, and
     * counts gradings and how many of them ever overlapped.
     */
    private static final class GradingProbe implements Verifier {

        private static final int REPEATS = 20;

        private final Verifier real = DacrVerifier.builder().build();
        private final AtomicInteger calls = new AtomicInteger();
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public Verdict verify(Challenge challenge, AnswerKey key, Submission submission) {
            calls.incrementAndGet();
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                Verdict verdict = null;
                for (int i = 0; i < REPEATS; i++) {
                    verdict = real.verify(challenge, key, submission);
                }
                return verdict;
            } finally {
                running.decrementAndGet();
            }
        }
    }
}
