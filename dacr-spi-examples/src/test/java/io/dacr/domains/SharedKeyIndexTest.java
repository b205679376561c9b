package io.dacr.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ExtractFactStep;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GroundedMention;
import io.dacr.api.Outcome;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import io.dacr.core.verify.DacrVerifier;
import io.dacr.core.verify.policy.MatchMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verifier's key index of a real challenge works out part of what it grades with only when first
 * needed, and more from its second verification on: the statements of a cited paragraph, the names of
 * an entity, the values of a statement, the usual forms of the gold numbers. For every shipped domain,
 * submissions whose citations reach these parts in every way (copying the key's texts, or writing the
 * names, attributes and values otherwise, or citing the wrong paragraph) get the same verdicts from a
 * fresh index, from a reused one, and from threads racing on one shared fresh index.
 */
class SharedKeyIndexTest {

    private static final int THREADS = 8;

    /** The oracle, and variants of it that rewrite every citation one way. */
    private static List<Submission> submissions(GeneratedChallenge g) {
        List<GroundedMention> mentions = g.key().grounding().mentions();
        List<UnaryOperator<ExtractFactStep>> rewrites = List.of(
                e -> e,
                // Names and attributes as the key does not write them: normalised, not looked up.
                e -> new ExtractFactStep(e.targetEntity().toUpperCase(Locale.ROOT), e.attribute().replace('_', '-'),
                        e.valueExtracted(), e.source()),
                // Values as the paragraph writes them, or with grouped digits: read, not copied.
                e -> new ExtractFactStep(e.targetEntity(), e.attribute(), surfaceForm(mentions, e), e.source()),
                e -> new ExtractFactStep(e.targetEntity(), e.attribute(), grouped(e.valueExtracted()) + " ", e.source()),
                // Another paragraph, or a paragraph the document does not have.
                e -> new ExtractFactStep(e.targetEntity(), e.attribute(), e.valueExtracted(), nextParagraph(e.source())),
                // An alias of another entity, and a name the key does not know.
                e -> new ExtractFactStep(mentions.get(e.source().length() % mentions.size()).alias(), e.attribute(),
                        e.valueExtracted(), e.source()),
                e -> new ExtractFactStep("the " + e.targetEntity() + ".", e.attribute(), e.valueExtracted(), e.source()));
        List<Submission> out = new ArrayList<>();
        for (UnaryOperator<ExtractFactStep> rewrite : rewrites) {
            List<TraceStep> trace = new ArrayList<>();
            for (TraceStep step : g.oracle().trace()) {
                trace.add(step instanceof ExtractFactStep e ? rewrite.apply(e) : step);
            }
            Submission o = g.oracle();
            out.add(new Submission(o.challengeId(), o.artifact(), o.answers(), trace));
        }
        return out;
    }

    /** @return the surface form of a mention of the cited paragraph, else the value as given */
    private static String surfaceForm(List<GroundedMention> mentions, ExtractFactStep e) {
        for (GroundedMention m : mentions) {
            if (m.paragraphId().equals(e.source())) {
                return m.surfaceForm();
            }
        }
        return e.valueExtracted();
    }

    private static String grouped(String value) {
        return value.matches("[0-9]{4,}") ? String.format(Locale.ROOT, "%,d", Long.parseLong(value)) : value;
    }

    private static String nextParagraph(String source) {
        return "paragraph_" + (Integer.parseInt(source.substring("paragraph_".length())) * 7 % 130 + 1);
    }

    private static List<String> gradedInTurn(DacrVerifier verifier, List<GeneratedChallenge> challenges,
                                             List<List<Submission>> submissions, int from) {
        List<String> verdicts = new ArrayList<>();
        int n = challenges.size();
        for (int i = 0; i < n; i++) {
            int c = (from + i) % n;
            for (Submission s : submissions.get(c)) {
                verdicts.add(c + ": " + verifier.verify(challenges.get(c).challenge(), challenges.get(c).key(), s));
            }
        }
        return verdicts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"corporate-finance", "insurance-law", "quantum-computing"})
    void freshReusedAndSharedIndexesGiveTheSameVerdicts(String domain) throws Exception {
        List<GeneratedChallenge> challenges = new ArrayList<>();
        List<List<Submission>> submissions = new ArrayList<>();
        for (long index = 0; index < 3; index++) {
            GeneratedChallenge g = ShippedGenerators.generate(domain, "standard", index);
            challenges.add(g);
            submissions.add(submissions(g));
        }
        for (MatchMode mode : MatchMode.values()) {
            DacrVerifier reused = DacrVerifier.builder().matchMode(mode).build();
            gradedInTurn(reused, challenges, submissions, 0); // every part of its indexes is worked out now
            List<String> expected = gradedInTurn(reused, challenges, submissions, 0);
            // Each verdict from an index that never graded before.
            List<String> fresh = new ArrayList<>();
            for (int c = 0; c < challenges.size(); c++) {
                for (Submission s : submissions.get(c)) {
                    fresh.add(c + ": " + DacrVerifier.builder().matchMode(mode).build()
                            .verify(challenges.get(c).challenge(), challenges.get(c).key(), s));
                }
            }
            assertEquals(expected, fresh, mode + ": fresh indexes");
            assertTrue(expected.stream().anyMatch(v -> v.contains(Outcome.PASS.name())), "the oracle passes");
            assertTrue(expected.stream().anyMatch(v -> v.contains("does not state that fact")), "some citations fail");
            assertSharedIndexGives(reused, mode, challenges, submissions);
        }
    }

    /** Threads start together on one fresh verifier (so on one fresh index per challenge), each at another challenge. */
    private static void assertSharedIndexGives(DacrVerifier reused, MatchMode mode, List<GeneratedChallenge> challenges,
                                               List<List<Submission>> submissions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < 4; round++) {
                DacrVerifier shared = DacrVerifier.builder().matchMode(mode).build();
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int from = t % challenges.size();
                    results.add(pool.submit(() -> {
                        start.await();
                        return gradedInTurn(shared, challenges, submissions, from);
                    }));
                }
                for (int t = 0; t < THREADS; t++) {
                    assertEquals(gradedInTurn(reused, challenges, submissions, t % challenges.size()), results.get(t).get(),
                            mode + ", round " + round + ", thread " + t);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
