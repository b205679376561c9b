package io.dacr.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.core.verify.policy.MatchMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A key index works out part of what it grades with only when first needed, and more from its second
 * verification on (see {@code KeyIndex}). Neither changes a verdict: a submission graded by a fresh
 * index, by a reused one, or by threads racing to work out the same parts of one shared index gets the
 * same verdict, reasons included.
 */
class KeyIndexReuseTest {

    private static final List<Submission> CORPUS = new VerdictCorpus(20_250_117L).next(1_000);

    /** @return the verdict of each submission, each graded by a verifier that has not indexed the key before */
    private static List<String> gradedByFreshIndexes(MatchMode mode, List<Submission> submissions) {
        List<String> verdicts = new ArrayList<>(submissions.size());
        for (Submission s : submissions) {
            verdicts.add(describe(verifier(mode).verify(Fixtures.CHALLENGE, Fixtures.KEY, s)));
        }
        return verdicts;
    }

    /** @return the verdict of each submission, all graded by one verifier, so by one index reused */
    private static List<String> gradedByOneIndex(DacrVerifier verifier, List<Submission> submissions, int from) {
        List<String> verdicts = new ArrayList<>(submissions.size());
        for (int i = 0; i < submissions.size(); i++) {
            verdicts.add(describe(verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, submissions.get((from + i) % submissions.size()))));
        }
        return verdicts;
    }

    private static DacrVerifier verifier(MatchMode mode) {
        return DacrVerifier.builder().matchMode(mode).build();
    }

    private static String describe(Verdict v) {
        return v.toString(); // a record: every check with its reason
    }

    @ParameterizedTest
    @EnumSource(MatchMode.class)
    void aFreshIndexGradesEverySubmissionAsAReusedIndexDoes(MatchMode mode) {
        DacrVerifier reused = verifier(mode);
        gradedByOneIndex(reused, CORPUS, 0); // every part of its index is worked out now
        assertEquals(gradedByOneIndex(reused, CORPUS, 0), gradedByFreshIndexes(mode, CORPUS));
    }

    @ParameterizedTest
    @EnumSource(MatchMode.class)
    void theSecondVerificationOfAnIndexGradesAsTheFirstAndTheLaterOnesDo(MatchMode mode) {
        // Each pair: the first grading of a fresh index, then the one that prepares it for reuse.
        DacrVerifier warm = verifier(mode);
        for (int i = 0; i + 1 < 200; i += 2) {
            DacrVerifier fresh = verifier(mode);
            for (Submission s : List.of(CORPUS.get(i), CORPUS.get(i + 1), CORPUS.get(i))) {
                assertEquals(describe(warm.verify(Fixtures.CHALLENGE, Fixtures.KEY, s)),
                        describe(fresh.verify(Fixtures.CHALLENGE, Fixtures.KEY, s)));
            }
        }
    }

    @Test
    void threadsSharingOneFreshIndexGetTheVerdictsOfOneThread() throws Exception {
        int threads = 8;
        List<Submission> submissions = CORPUS.subList(0, 80);
        List<String> expected = gradedByOneIndex(verifier(MatchMode.STRICT), submissions, 0);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 8; round++) {
                // A fresh index per round, so the threads race to work out its parts; each thread starts
                // at another submission, so different parts are reached first.
                DacrVerifier shared = verifier(MatchMode.STRICT);
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int from = t * submissions.size() / threads;
                    results.add(pool.submit(() -> {
                        start.await();
                        return gradedByOneIndex(shared, submissions, from);
                    }));
                }
                for (int t = 0; t < threads; t++) {
                    int from = t * submissions.size() / threads;
                    List<String> rotated = new ArrayList<>(submissions.size());
                    for (int i = 0; i < submissions.size(); i++) {
                        rotated.add(expected.get((from + i) % submissions.size()));
                    }
                    assertEquals(rotated, results.get(t).get(), "round " + round + ", thread " + t);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
