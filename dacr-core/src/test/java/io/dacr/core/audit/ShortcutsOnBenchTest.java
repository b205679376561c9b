package io.dacr.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.api.ConfigurationException;
import io.dacr.core.bench.BenchScorer;
import io.dacr.core.bench.DacrBenchFormat;
import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchQuestion;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.bench.model.Split;
import io.dacr.core.solve.internal.ProseReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shortcut solvers on DACR-Bench's mini file: the figures the README reports, and how they read. */
class ShortcutsOnBenchTest {

    private static final BenchDataset MINI = mini();

    private static BenchDataset mini() {
        try (InputStream in = ShortcutsOnBenchTest.class.getResourceAsStream("/bench/dacr_bench_v1.0_mini.json")) {
            return DacrBenchFormat.readDataset(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void measuredAccuracyOnTheMiniFileIsPinnedPerSolverInBothModes() {
        List<String> rows = new ArrayList<>();
        for (ShortcutsOnBench.Entry e : ShortcutsOnBench.score(MINI, BenchScorer.builder().resamples(0).build())) {
            rows.add(e.solver() + " " + e.answered() + "/" + e.questions() + " " + e.strictAccuracy().toPlainString()
                    + " " + e.compatibleAccuracy().toPlainString());
        }
        assertEquals(List.of(
                "first-mention 9/100 0.05 0.05",
                "last-mention 9/100 0.03 0.03",
                "majority 9/100 0.05 0.05",
                "canonical-only 9/100 0.04 0.04",
                "regex-kv 9/100 0.03 0.03",
                // Without a pack, the cue reader reads as canonical-only does: no aliases to learn.
                "cue-reader 9/100 0.04 0.04"), rows);
    }

    @Test
    void questionsOutsideNumericLookupsGetAnEmptyAnswer() {
        for (Prediction p : ShortcutsOnBench.predictions("first-mention", MINI)) {
            BenchChallenge c = MINI.challenges().stream().filter(x -> x.challengeId().equals(p.challengeId()))
                    .findFirst().orElseThrow();
            for (BenchQuestion q : c.questions()) {
                if (!ProseReader.LOOKUP_CATEGORIES.contains(q.category())) {
                    assertEquals("", p.answers().get(q.questionId()).answer(), q.questionId() + " of " + c.challengeId());
                }
            }
        }
    }

    @Test
    void firstMentionBelievesTheEarlierStatementAndLastMentionTheLater() {
        BenchDataset d = oneQuestion("The HSSE pipeline was evaluated on 12 benchmark datasets.\n\n"
                + "Later, HSSE was evaluated on 15 benchmark datasets.");
        assertEquals("12", answer("first-mention", d));
        assertEquals("15", answer("last-mention", d));
        assertEquals("15", answer("regex-kv", d));
    }

    @Test
    void canonicalOnlyPrefersAPlainStatementToAPreliminaryOne() {
        BenchDataset d = oneQuestion("HSSE was evaluated on 12 benchmark datasets.\n\n"
                + "A preliminary count put HSSE at 15 benchmark datasets evaluated.");
        assertEquals("12", answer("canonical-only", d));
        assertEquals("15", answer("last-mention", d));
    }

    @Test
    void majorityBelievesTheValueStatedMostOftenAnsweringItAsFirstWritten() {
        BenchDataset d = oneQuestion("HSSE was evaluated on twelve benchmark datasets.\n\n"
                + "HSSE was evaluated on 15 benchmark datasets.\n\nIn total HSSE was evaluated on 12 benchmark datasets.");
        assertEquals("twelve", answer("majority", d));
    }

    @Test
    void numbersTheQuestionGivesAreNotAnswers() {
        BenchDataset d = new BenchDataset("t", "1.0", List.of(challenge("Tier 1 of HSSE has a mean error of 5.6 K.",
                "What is the mean error of Tier 1 in HSSE?")));
        assertEquals("5.6", answer("first-mention", d));
    }

    @Test
    void anUnknownSolverIsAConfigurationError() {
        assertThrows(ConfigurationException.class, () -> ShortcutsOnBench.predictions("oracle", MINI));
    }

    @Test
    void everyChallengeGetsOnePredictionWithEveryQuestion() {
        List<Prediction> ps = ShortcutsOnBench.predictions("majority", MINI);
        assertEquals(MINI.challenges().size(), ps.size());
        for (int i = 0; i < ps.size(); i++) {
            assertEquals(MINI.challenges().get(i).questions().size(), ps.get(i).answers().size());
        }
    }

    private static String answer(String solver, BenchDataset d) {
        return ShortcutsOnBench.predictions(solver, d).get(0).answers().get("q1").answer();
    }

    private static BenchDataset oneQuestion(String text) {
        return new BenchDataset("t", "1.0", List.of(challenge(text, "On how many benchmark datasets was HSSE evaluated?")));
    }

    private static BenchChallenge challenge(String text, String question) {
        return new BenchChallenge("c1", "1.0", "document", Split.REAL, "biology", text, List.of(), List.of(), List.of(),
                List.of(new BenchQuestion("q1", question, "trap_targeted", 1, null, "12", List.of(), List.of(), "easy")));
    }
}
