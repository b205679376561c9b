package io.dacr.core.bench;

import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchQuestion;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.PredictedAnswer;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.bench.model.Split;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The DACR-Bench v1.0 mini file (a copy in the test resources, Apache-2.0) imports and scores. */
class DacrBenchMiniTest {

    private static final BenchDataset MINI = BenchFiles.mini();

    @Test
    void everyChallengeQuestionAndTrapImports() {
        assertEquals("dacr-bench-mini", MINI.name());
        assertEquals(10, MINI.challenges().size());
        assertEquals(100, MINI.questionCount());
        assertEquals(17, MINI.trapCount());
    }

    @Test
    void paragraphsAreCountedAsTheFileCountsThem() {
        List<Integer> counts = MINI.challenges().stream().map(c -> c.paragraphs().size()).toList();

        assertEquals(List.of(723, 87, 211, 114, 479, 340, 491, 341, 105, 13), counts);
    }

    @Test
    void v10SplitsAreInferredFromTheSourceType() {
        long synthetic = MINI.challenges().stream().filter(c -> c.split() == Split.SYNTHETIC).count();

        assertEquals(1, synthetic);
        assertEquals("engine", MINI.challenges().get(9).sourceType());
    }

    @Test
    void numericTrapValuesImportAsTheirDecimalText() {
        assertEquals("12", MINI.challenges().get(0).traps().get(0).correctValue());
        assertEquals("15", MINI.challenges().get(0).traps().get(0).wrongValue());
    }

    @Test
    void goldAnswersAsPredictionsScoreOneInBothModes() {
        BenchResult result = BenchScorer.builder().resamples(50).build().score(MINI, goldPredictions(MINI), List.of());

        for (BenchResult.ModeResult mode : List.of(result.strict(), result.compatible())) {
            assertEquals(0, BigDecimal.ONE.compareTo(mode.summary().answerAccuracy()), mode.mode().wireName());
            assertEquals(0, BigDecimal.ONE.compareTo(mode.summary().passRate()), mode.mode().wireName());
            assertEquals(0, BigDecimal.ONE.compareTo(mode.summary().confidenceWeightedAccuracy()));
            assertEquals(0, BigDecimal.ZERO.compareTo(mode.summary().formatFailureRate()));
            assertEquals(100, mode.summary().questionsEvaluated());
        }
    }

    @Test
    void goldAnswersEvadeEveryTrapUnderStrictRules() {
        BenchResult result = BenchScorer.builder().resamples(0).build().score(MINI, goldPredictions(MINI), List.of());

        assertEquals(0, BigDecimal.ONE.compareTo(result.strict().summary().trapEvasionRate()));
    }

    /** Each gold answer, cited by nothing, stated with confidence 1. */
    static List<Prediction> goldPredictions(BenchDataset dataset) {
        List<Prediction> out = new ArrayList<>();
        for (BenchChallenge c : dataset.challenges()) {
            Map<String, PredictedAnswer> answers = new LinkedHashMap<>();
            for (BenchQuestion q : c.questions()) {
                answers.put(q.questionId(), new PredictedAnswer(q.goldAnswer(), "", BigDecimal.ONE));
            }
            out.add(new Prediction(c.challengeId(), "gold", answers, "json"));
        }
        return out;
    }
}
