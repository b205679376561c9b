package io.dacr.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.GoldAnswer;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.Trap;
import io.dacr.api.Verdict;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.core.verify.DacrVerifier;
import io.dacr.generator.DacrGenerator;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulatedMinersTest {

    private static GeneratedChallenge generated;

    @BeforeAll
    static void generate() {
        PluginRegistry plugins = PluginRegistry.discover();
        DacrGenerator generator = DacrGenerator.builder().domains(List.of(plugins.domain("corporate-finance"))).build();
        generated = generator.generate(new GenerationRequest("corporate-finance", new GenerationSpec("small", new TreeMap<>()),
                "test", 3, Secret.ofUtf8("simulated-miners-test-secret")));
    }

    @Test
    void aShortcutSolverIsAMinerThatAnswersFromThePublicChallengeOnce() {
        PluginRegistry plugins = PluginRegistry.discover();
        SimulatedMiner m = SimulatedMiners.named("simulated/regex-kv", List.of(plugins.domain("corporate-finance")));

        assertEquals("simulated/regex-kv", m.modelId());
        SimulatedMiner.Solve solve = m.begin(generated, new SplitMix64(1));
        Submission submission = solve.next(null);
        assertEquals(generated.challenge().id().toString(), submission.challengeId());
        assertEquals(generated.challenge().questions().size(), submission.answers().size());
    }

    @Test
    void anUnknownNameListsTheShortcutSolversToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulatedMiners.named("psychic", List.of()));
        assertTrue(e.getMessage().contains("regex-kv"), e.getMessage());
    }

    @Test
    void aMinerIsNamedByItsModelIdAndTheNameRoundTrips() {
        SimulatedMiner m = SimulatedMiners.named("oracle-trap0.30-fix0.5");

        assertEquals("simulated/oracle-trap0.3-fix0.5", m.modelId());
        assertEquals(m.modelId(), SimulatedMiners.named(m.modelId()).modelId());
        assertEquals("simulated/careless-slip1.0", SimulatedMiners.named("careless-slip1").modelId());
    }

    @Test
    void anUnknownOrOutOfRangeNameIsRefusedWithTheNamesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulatedMiners.named("oracle-trap1.5-fix0.5"));
        assertTrue(e.getMessage().contains("oracle-trapP-fixQ or careless-slipP"), e.getMessage());
    }

    @Test
    void anOracleMinerThatNeverFallsForATrapSubmitsTheOracle() {
        SimulatedMiner.Solve solve = SimulatedMiners.named("oracle-trap0-fix0").begin(generated, new SplitMix64(1));

        assertEquals(generated.oracle(), solve.next(null));
    }

    @Test
    void anOracleMinerThatAlwaysFallsAnswersTrapQuestionsWithTheWrongValueAndFailsTheVerifier() {
        Submission first = SimulatedMiners.named("oracle-trap1-fix0").begin(generated, new SplitMix64(1)).next(null);

        for (GoldAnswer gold : generated.key().answers()) {
            if (gold.trapId() != null) {
                Trap trap = generated.key().traps().stream().filter(t -> t.id().equals(gold.trapId())).findFirst().orElseThrow();
                assertEquals(trap.wrongValue(), answer(first, gold.questionId()).answer());
            }
        }
        assertTrue(!verify(first).passed());
    }

    @Test
    void anOracleMinerThatAlwaysSeesThroughItsTrapsSubmitsTheOracleAfterFeedback() {
        SimulatedMiner.Solve solve = SimulatedMiners.named("oracle-trap1-fix1").begin(generated, new SplitMix64(1));
        Submission first = solve.next(null);

        Submission second = solve.next(verify(first));

        assertNotEquals(generated.oracle(), first);
        assertEquals(generated.oracle(), second);
    }

    @Test
    void aCarelessMinerWithoutSlipsSubmitsTheOracleAndOneThatAlwaysSlipsMixesUpEveryAnswer() {
        assertEquals(generated.oracle(), SimulatedMiners.named("careless-slip0").begin(generated, new SplitMix64(1)).next(null));

        Submission sloppy = SimulatedMiners.named("careless-slip1").begin(generated, new SplitMix64(1)).next(null);
        for (QuestionAnswer a : sloppy.answers()) {
            assertNotEquals(answer(generated.oracle(), a.questionId()).answer(), a.answer());
        }
    }

    @Test
    void aSolverMinerAttemptsOnceFromThePublicChallenge() {
        SimulatedMiner miner = SimulatedMiners.solver("empty",
                c -> new Submission(c.id().toString(), "", List.of(), List.of()));
        SimulatedMiner.Solve solve = miner.begin(generated, new SplitMix64(1));

        Submission only = solve.next(null);

        assertEquals("simulated/empty", miner.modelId());
        assertEquals(generated.challenge().id().toString(), only.challengeId());
        assertNull(solve.next(verify(only)));
    }

    private static Verdict verify(Submission s) {
        return DacrVerifier.builder().build().verify(generated.challenge(), generated.key(), s);
    }

    private static QuestionAnswer answer(Submission s, String questionId) {
        return s.answers().stream().filter(a -> a.questionId().equals(questionId)).findFirst().orElseThrow();
    }
}
