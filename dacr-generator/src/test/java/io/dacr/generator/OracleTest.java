package io.dacr.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ComputeStep;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintValue;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.TraceRules;
import io.dacr.api.TraceStep;
import io.dacr.api.internal.ScriptRule;
import io.dacr.generator.internal.constraint.ConstraintChecker;
import io.dacr.generator.internal.constraint.Primes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OracleTest {

    @Test
    void theOracleArtifactSatisfiesEveryConstraint() {
        for (GeneratedChallenge g : Batch.all()) {
            for (int i = 0; i < g.challenge().constraints().size(); i++) {
                Constraint c = g.challenge().constraints().get(i);
                ConstraintValue v = g.key().constraintValues().get(i);
                assertEquals(c.id(), v.constraintId());
                assertTrue(ConstraintChecker.satisfies(c.kind(), v.expected(), g.oracle().artifact()),
                        c + " " + v + " artifact: " + g.oracle().artifact());
            }
        }
    }

    @Test
    void theOracleArtifactIsOneLineThatObeysTheScriptRule() {
        for (GeneratedChallenge g : Batch.all()) {
            assertFalse(g.oracle().artifact().contains("\n"));
            assertTrue(ScriptRule.firstViolation(g.oracle().artifact()).isEmpty());
        }
    }

    @Test
    void aTrappedValueDiffersFromTheTrueValue() {
        int trapped = 0;
        for (GeneratedChallenge g : Batch.all()) {
            for (int i = 0; i < g.challenge().constraints().size(); i++) {
                ConstraintValue v = g.key().constraintValues().get(i);
                if (v.trappedValue() != null) {
                    trapped++;
                    assertNotEquals(trueValue(g.challenge().constraints().get(i), v.expected()), v.trappedValue(), v.toString());
                }
            }
        }
        assertTrue(trapped > 0, "no constraint in the batch depends on a trap");
    }

    @Test
    void aWrongDerivedValueFailsTheChecker() {
        for (GeneratedChallenge g : Batch.small()) {
            String broken = g.oracle().artifact() + " extra";
            boolean anyFails = false;
            for (int i = 0; i < g.challenge().constraints().size(); i++) {
                anyFails |= !ConstraintChecker.satisfies(g.challenge().constraints().get(i).kind(),
                        g.key().constraintValues().get(i).expected(), broken);
            }
            assertTrue(anyFails, "an extra word breaks the word count");
        }
    }

    @Test
    void theOracleAnswersEveryQuestionWithTheCanonicalGoldAnswer() {
        for (GeneratedChallenge g : Batch.all()) {
            assertEquals(g.challenge().questions().size(), g.oracle().answers().size());
            for (QuestionAnswer a : g.oracle().answers()) {
                assertEquals(g.key().answer(a.questionId()).canonical(), a.answer());
                assertTrue(io.dacr.api.Paragraph.isParagraphId(a.citation()));
            }
        }
    }

    @Test
    void theOracleTraceFollowsTheDefaultRules() {
        TraceRules rules = TraceRules.defaults();
        for (GeneratedChallenge g : Batch.all()) {
            List<TraceStep> trace = g.oracle().trace();
            assertTrue(trace.size() >= rules.minSteps() && trace.size() <= rules.maxSteps(), "steps: " + trace.size());
            for (TraceStep step : trace) {
                if (step instanceof ComputeStep c) {
                    assertTrue(rules.operations().contains(c.op()), c.op());
                }
            }
        }
    }

    @Test
    void everyExtractStepCitesAParagraphThatStatesTheFact() {
        for (GeneratedChallenge g : Batch.all()) {
            for (TraceStep step : g.oracle().trace()) {
                if (step instanceof ExtractFactStep e) {
                    String factId = g.key().facts().stream()
                            .filter(f -> f.entity().equals(e.targetEntity()) && f.attribute().equals(e.attribute()))
                            .findFirst().orElseThrow().id();
                    assertTrue(g.key().grounding().states(e.source(), factId), e.toString());
                }
            }
        }
    }

    @Test
    void everyComputeStepReExecutesToItsResult() {
        for (GeneratedChallenge g : Batch.all()) {
            for (TraceStep step : g.oracle().trace()) {
                if (step instanceof ComputeStep c) {
                    assertEquals(0, execute(c).compareTo(new BigDecimal(c.result())), c.toString());
                }
            }
        }
    }

    private static BigDecimal execute(ComputeStep c) {
        List<BigDecimal> in = c.inputs().stream().map(BigDecimal::new).toList();
        return switch (c.op()) {
            case "add", "sum" -> in.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case "subtract" -> in.get(0).subtract(in.get(1));
            case "abs_diff" -> in.get(0).subtract(in.get(1)).abs();
            case "max" -> in.stream().max(BigDecimal::compareTo).orElseThrow();
            case "min" -> in.stream().min(BigDecimal::compareTo).orElseThrow();
            case "count" -> BigDecimal.valueOf(in.size());
            case "mod" -> in.get(0).remainder(in.get(1));
            case "next_prime" -> BigDecimal.valueOf(Primes.nextPrime(in.get(0).longValueExact()));
            default -> throw new AssertionError("unexpected op " + c.op());
        };
    }

    private static String trueValue(Constraint c, Map<String, String> expected) {
        return switch (c.kind()) {
            case WORD_COUNT -> expected.get("count");
            case PRIME -> expected.get("prime");
            case EQUATION -> expected.get("a") + "+" + expected.get("b") + "=" + expected.get("c");
            case ACROSTIC -> expected.get("letters");
            case INCLUDES_ATTRIBUTE -> expected.get("value");
            case FORBIDDEN_LETTER -> expected.get("letter");
        };
    }
}
