package io.dacr.core.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.BenchResult.ChallengeScore;
import io.dacr.core.bench.model.BenchResult.Interval;
import io.dacr.core.bench.model.BenchResult.ModeResult;
import io.dacr.core.bench.model.PredictedAnswer;
import io.dacr.core.bench.model.Prediction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trap evasion where no trap question counts: on crafted_bench.json, an answer to a trap question that is
 * neither the correct nor the trap's wrong value is not counted, so the rate does not apply.
 */
class TrapEvasionNotApplicableTest {

    /** The crafted predictions with the given answers to the trap questions (A q2 and B q2). */
    private static List<Prediction> withTrapAnswers(String a, String b) {
        return BenchFiles.craftedPredictions().stream().map(p -> {
            Map<String, PredictedAnswer> answers = new LinkedHashMap<>(p.answers());
            String given = p.challengeId().equals("A") ? a : p.challengeId().equals("B") ? b : null;
            if (given != null) {
                answers.put("q2", new PredictedAnswer(given, "", new BigDecimal("0.5")));
            }
            return new Prediction(p.challengeId(), p.model(), answers, p.parseFormat());
        }).toList();
    }

    private static ChallengeScore challenge(ModeResult mode, String id) {
        return mode.challenges().stream().filter(c -> c.challengeId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void withNoCountedTrapQuestionTheRateIsNotApplicableEverywhere() throws Exception {
        BenchResult result = BenchScorer.builder().build()
                .score(BenchFiles.crafted(), withTrapAnswers("zzz", "zzz"), List.of());

        for (ModeResult mode : List.of(result.strict(), result.compatible())) {
            assertNull(mode.summary().trapEvasionRate(), mode.mode().wireName());
            assertNull(challenge(mode, "A").trapEvasionRate());
            assertNull(challenge(mode, "B").trapEvasionRate());
            mode.bySplit().values().forEach(g -> assertNull(g.trapEvasionRate()));
            assertFalse(mode.intervals().containsKey("trapEvasionRate"), mode.intervals().toString());
            assertTrue(mode.intervals().containsKey("answerAccuracy"));
        }
        JsonNode json = new ObjectMapper().readTree(BenchReports.json(result));
        assertTrue(json.get("summary").get("trapEvasionRate").isNull());
        String md = BenchReports.markdown(result);
        assertTrue(md.contains("| Trap evasion | n/a | n/a | n/a |"), md);
        assertTrue(BenchReports.html(result).contains("<td>Trap evasion</td><td>n/a</td><td>n/a</td>"));
    }

    @Test
    void resamplesWithoutACountedTrapQuestionAreLeftOutAndCounted() throws Exception {
        // A: the trap's wrong value (fell, counted); B: neither value (not counted).
        BenchResult result = BenchScorer.builder().build()
                .score(BenchFiles.crafted(), withTrapAnswers("15 datasets", "zzz"), List.of());

        ModeResult strict = result.strict();
        assertEquals(0, BigDecimal.ZERO.compareTo(strict.summary().trapEvasionRate()));
        assertNotNull(challenge(strict, "A").trapEvasionRate());
        assertNull(challenge(strict, "B").trapEvasionRate());
        assertNull(strict.bySplit().get("synthetic").trapEvasionRate());
        Interval interval = strict.intervals().get("trapEvasionRate");
        // Two challenges drawn twice each: about a quarter of the 1000 resamples draw B twice.
        assertTrue(interval.resamplesLeftOut() > 150 && interval.resamplesLeftOut() < 350, interval.toString());
        assertEquals(0, BigDecimal.ZERO.compareTo(interval.high()), "only fell in every resample that counts");
        assertEquals(0, strict.intervals().get("answerAccuracy").resamplesLeftOut());
        JsonNode json = new ObjectMapper().readTree(BenchReports.json(result));
        assertEquals(interval.resamplesLeftOut(), json.get("intervalResamplesLeftOut").get("trapEvasionRate").asInt());
        assertTrue(BenchReports.markdown(result).contains(interval.resamplesLeftOut()
                + " resamples without a counted trap question left out"));
    }
}
