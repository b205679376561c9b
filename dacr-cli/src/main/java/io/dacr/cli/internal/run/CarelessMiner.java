package io.dacr.cli.internal.run;

import io.dacr.api.AnswerKey;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code simulated/careless-slipP}: the oracle's reading written down carelessly. Each answer slips,
 * with probability P, to the gold answer of another question (a mix-up, not a trap); with probability
 * P the artifact loses its last word. Every attempt slips anew, so retries succeed by luck, not by
 * learning.
 */
final class CarelessMiner implements SimulatedMiner {

    private final BigDecimal slip;

    CarelessMiner(BigDecimal slip) {
        this.slip = slip;
    }

    @Override
    public String modelId() {
        return MODEL_PREFIX + "careless-slip" + SimulatedMiners.text(slip);
    }

    @Override
    public Solve begin(GeneratedChallenge generated, SplitMix64 random) {
        Submission oracle = generated.oracle();
        AnswerKey key = generated.key();
        return previous -> {
            List<QuestionAnswer> answers = new ArrayList<>(oracle.answers().size());
            int n = key.answers().size();
            for (QuestionAnswer a : oracle.answers()) {
                if (n > 1 && random.chance(slip)) {
                    int other = random.nextInt(n - 1);
                    String otherId = key.answers().get(other).questionId().equals(a.questionId())
                            ? key.answers().get(n - 1).questionId() : key.answers().get(other).questionId();
                    answers.add(new QuestionAnswer(a.questionId(), key.answer(otherId).canonical(), a.citation(),
                            a.confidence()));
                } else {
                    answers.add(a);
                }
            }
            String artifact = oracle.artifact();
            if (random.chance(slip)) {
                int cut = artifact.stripTrailing().lastIndexOf(' ');
                artifact = cut > 0 ? artifact.substring(0, cut) : artifact;
            }
            return new Submission(oracle.challengeId(), artifact, answers, oracle.trace());
        };
    }
}
