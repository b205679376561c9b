package io.dacr.core.bench;

import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.BenchResult.ModeResult;
import io.dacr.core.bench.model.BenchResult.QuestionScore;
import io.dacr.core.bench.model.BenchResult.Summary;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Metrics on crafted_bench.json and crafted_predictions.json, computed by hand. Challenge A (real):
 * q1 "3" for "35.5%" (conf 0.9), q2 "15 datasets" for "12", the trap's wrong value (0.3), q3 "2,020"
 * for "2020" (1.0), q4 the gold's words reordered (0.6). Challenge B (synthetic): q1 "99.1" for
 * "99.1 percent" (0.7), q2 missing (targets a trap), q3 "7.05" for "7" (0.35). Challenge C has no
 * prediction. Compatible credits A q1 (containment) and A q4 (token F1); strict does not.
 */
class CraftedMetricsTest {

    private static final BenchResult RESULT = BenchScorer.builder().build()
            .score(BenchFiles.crafted(), BenchFiles.craftedPredictions(), List.of());

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void compatibleSummaryMatchesTheHandComputedValues() {
        Summary s = RESULT.compatible().summary();

        assertDecimal("0.714286", s.answerAccuracy());                 // 5 / 7
        assertDecimal("0.922078", s.confidenceWeightedAccuracy());     // 3.55 / 3.85
        assertDecimal("0.55", s.meanConfidence());                     // 3.85 / 7
        assertDecimal("0", s.trapEvasionRate());                       // fell once, missing once
        assertDecimal("0.285714", s.citationGroundingScore());         // 2 / 7
        assertDecimal("1", s.passRate());                              // A 3/4, B 2/3
        assertDecimal("0.083333", s.transferGap());                    // |3/4 − 2/3|
        assertDecimal("0.333333", s.formatFailureRate());              // C has no prediction
        assertEquals(2, s.challengesEvaluated());
        assertEquals(7, s.questionsEvaluated());
    }

    @Test
    void strictSummaryMatchesTheHandComputedValues() {
        Summary s = RESULT.strict().summary();

        assertDecimal("0.428571", s.answerAccuracy());                 // 3 / 7
        assertDecimal("0.532468", s.confidenceWeightedAccuracy());     // 2.05 / 3.85
        assertDecimal("0.55", s.meanConfidence());
        assertDecimal("0", s.trapEvasionRate());
        assertDecimal("0.428571", s.citationGroundingScore());         // quote, paragraph ref, quote
        assertDecimal("0.5", s.passRate());                            // A 1/4 fails
        assertDecimal("0.416667", s.transferGap());                    // |1/4 − 2/3|
    }

    @Test
    void compatibleEceUsesTheEvaluatorsBinaryBinEdgesAndDropsConfidenceOne() {
        // Bins: 0.9 -> 9 (right), 0.3 -> 2 (3 x 0.1 is 0.30000000000000004), 0.6 -> 5, 0.7 -> 6, 0 -> 0,
        // 0.35 -> 3, 1.0 -> none. Sum of |correct - confidence| = 0.1 + 0.3 + 0.4 + 0.3 + 0 + 0.65 = 1.75.
        assertDecimal("0.25", RESULT.compatible().summary().confidenceCalibration());
    }

    @Test
    void strictEceUsesExactBinsAndPutsConfidenceOneInTheLast() {
        // Bin 9 {0.9 wrong, 1.0 right}: 0.9; bin 3 {0.3 wrong, 0.35 right}: 0.35; bin 6 {0.6 wrong}: 0.6;
        // bin 7 {0.7 right}: 0.3; bin 0 {0 wrong}: 0. 2.15 / 7.
        assertDecimal("0.307143", RESULT.strict().summary().confidenceCalibration());
    }

    @Test
    void strictDoesNotCreditAShortNumberContainedInTheGold() {
        QuestionScore strict = question(RESULT.strict(), "A", "q1");
        QuestionScore compatible = question(RESULT.compatible(), "A", "q1");

        assertFalse(strict.correct());
        assertEquals("partial", compatible.matchType());
    }

    @Test
    void bothModesReadThousandsSeparatorsAsOneNumber() {
        assertEquals("numeric", question(RESULT.strict(), "A", "q3").matchType());
        assertEquals("numeric", question(RESULT.compatible(), "A", "q3").matchType());
    }

    @Test
    void aMissingAnswerToATrapQuestionCountsAsNotEvaded() {
        QuestionScore missing = question(RESULT.strict(), "B", "q2");

        assertEquals(Boolean.FALSE, missing.trapEvasion());
        assertDecimal("0", missing.confidence());
        assertNull(question(RESULT.strict(), "B", "q1").trapEvasion());
    }

    @Test
    void breakdownsCountQuestionsOfScoredChallengesOnly() {
        ModeResult c = RESULT.compatible();

        assertEquals(3, c.byCategory().get("direct_extraction").count());
        assertDecimal("0.666667", c.byCategory().get("direct_extraction").accuracy());
        assertEquals(List.of("1", "2", "3", "4"), List.copyOf(c.byHops().keySet()));
        assertEquals(List.of("biology", "quantum_physics"), List.copyOf(c.byDomain().keySet()));
        assertEquals(List.of("easy", "medium", "hard"), List.copyOf(c.byDifficulty().keySet()));
        assertEquals(4, c.bySplit().get("real").questionCount());
    }

    @Test
    void reliabilityBinsHoldEveryBinnedAnswer() {
        int binned = RESULT.strict().reliability().stream().mapToInt(BenchResult.ReliabilityBin::count).sum();
        int compatibleBinned = RESULT.compatible().reliability().stream().mapToInt(BenchResult.ReliabilityBin::count).sum();

        assertEquals(7, binned);
        assertEquals(6, compatibleBinned);
    }

    @Test
    void aChallengeScoresDacrBenchPassAtAccuracySixTenths() {
        assertTrue(RESULT.compatible().challenges().get(0).passed());
        assertFalse(RESULT.strict().challenges().get(0).passed());
    }

    private static QuestionScore question(ModeResult mode, String challengeId, String questionId) {
        return mode.challenges().stream().filter(c -> c.challengeId().equals(challengeId)).findFirst().orElseThrow()
                .questions().stream().filter(q -> q.questionId().equals(questionId)).findFirst().orElseThrow();
    }
}
