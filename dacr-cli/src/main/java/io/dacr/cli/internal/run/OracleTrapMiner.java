package io.dacr.cli.internal.run;

import io.dacr.api.AnswerKey;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Fact;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GoldAnswer;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import io.dacr.api.Trap;
import io.dacr.api.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code simulated/oracle-trapP-fixQ}: the oracle's reading, falling for traps. A trap it falls for
 * changes what a trapped reader would really write: the answers of the questions aimed at the trap
 * become its wrong value (cited at the trap's first paragraph), and every trace step that reads the
 * trapped fact reads the wrong value there. The artifact stays the oracle's. The verifier decides
 * what that costs.
 */
final class OracleTrapMiner implements SimulatedMiner {

    private final BigDecimal trap;
    private final BigDecimal fix;

    OracleTrapMiner(BigDecimal trap, BigDecimal fix) {
        this.trap = trap;
        this.fix = fix;
    }

    @Override
    public String modelId() {
        return MODEL_PREFIX + "oracle-trap" + SimulatedMiners.text(trap) + "-fix" + SimulatedMiners.text(fix);
    }

    @Override
    public Solve begin(GeneratedChallenge generated, SplitMix64 random) {
        AnswerKey key = generated.key();
        Submission oracle = generated.oracle();
        // Traps met, in key order: each is drawn once, so the draws do not depend on what was fallen for.
        Set<Trap> fallen = new LinkedHashSet<>();
        for (Trap t : key.traps()) {
            if (met(t, key, oracle) && random.chance(trap)) {
                fallen.add(t);
            }
        }
        return previous -> {
            if (previous != null) {
                fallen.removeIf(t -> random.chance(fix));
            }
            return fallen.isEmpty() ? oracle : trapped(oracle, key, fallen);
        };
    }

    private static boolean met(Trap t, AnswerKey key, Submission oracle) {
        for (GoldAnswer a : key.answers()) {
            if (t.id().equals(a.trapId())) {
                return true;
            }
        }
        Fact fact = fact(key, t.targetFactId());
        if (fact == null) {
            return false;
        }
        for (TraceStep step : oracle.trace()) {
            if (step instanceof ExtractFactStep e && reads(e, fact)) {
                return true;
            }
        }
        return false;
    }

    private static Submission trapped(Submission oracle, AnswerKey key, Set<Trap> fallen) {
        List<QuestionAnswer> answers = new ArrayList<>(oracle.answers().size());
        for (QuestionAnswer a : oracle.answers()) {
            GoldAnswer gold = key.answer(a.questionId());
            Trap t = gold == null ? null : trapOf(fallen, gold.trapId());
            answers.add(t == null ? a
                    : new QuestionAnswer(a.questionId(), t.wrongValue(), t.paragraphIds().get(0), a.confidence()));
        }
        List<TraceStep> trace = new ArrayList<>(oracle.trace().size());
        for (TraceStep step : oracle.trace()) {
            TraceStep changed = step;
            if (step instanceof ExtractFactStep e) {
                for (Trap t : fallen) {
                    Fact fact = fact(key, t.targetFactId());
                    if (fact != null && reads(e, fact)) {
                        changed = new ExtractFactStep(e.targetEntity(), e.attribute(), t.wrongValue(), t.paragraphIds().get(0));
                        break;
                    }
                }
            }
            trace.add(changed);
        }
        return new Submission(oracle.challengeId(), oracle.artifact(), answers, trace);
    }

    /** Whether a trace step reads a fact: the same attribute of the same entity (the oracle names it canonically). */
    private static boolean reads(ExtractFactStep step, Fact fact) {
        return step.attribute().equals(fact.attribute())
                && step.targetEntity().toLowerCase(Locale.ROOT).equals(fact.entity().toLowerCase(Locale.ROOT));
    }

    private static Trap trapOf(Set<Trap> fallen, String trapId) {
        if (trapId == null) {
            return null;
        }
        for (Trap t : fallen) {
            if (t.id().equals(trapId)) {
                return t;
            }
        }
        return null;
    }

    private static Fact fact(AnswerKey key, String factId) {
        for (Fact f : key.facts()) {
            if (f.id().equals(factId)) {
                return f;
            }
        }
        return null;
    }
}
