package io.dacr.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GoldAnswer;
import io.dacr.api.Question;
import io.dacr.api.QuestionCategory;
import io.dacr.api.ReasoningHop;
import java.util.EnumSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class QuestionTest {

    @Test
    void everyCategoryAppearsInEveryStandardChallenge() {
        for (GeneratedChallenge g : Batch.standard()) {
            EnumSet<QuestionCategory> categories = EnumSet.noneOf(QuestionCategory.class);
            g.challenge().questions().forEach(q -> categories.add(q.category()));
            assertEquals(EnumSet.allOf(QuestionCategory.class), categories);
        }
    }

    @Test
    void hopsOneToSixAllAppearAcrossABatch() {
        TreeSet<Integer> hops = new TreeSet<>();
        Batch.standard().forEach(g -> g.challenge().questions().forEach(q -> hops.add(q.hops())));
        assertEquals(new TreeSet<>(java.util.List.of(1, 2, 3, 4, 5, 6)), hops);
    }

    @Test
    void aQuestionsHopsEqualItsGoldChainLength() {
        for (GeneratedChallenge g : Batch.all()) {
            for (int i = 0; i < g.challenge().questions().size(); i++) {
                assertEquals(g.challenge().questions().get(i).hops(), g.key().answers().get(i).chain().size());
            }
        }
    }

    @Test
    void everyGoldChainCitesParagraphsThatStateItsFacts() {
        for (GeneratedChallenge g : Batch.all()) {
            for (GoldAnswer gold : g.key().answers()) {
                for (ReasoningHop hop : gold.chain()) {
                    assertEquals(hop.factIds().size(), hop.paragraphIds().size());
                    for (int i = 0; i < hop.factIds().size(); i++) {
                        assertTrue(g.key().grounding().states(hop.paragraphIds().get(i), hop.factIds().get(i)), hop.toString());
                    }
                }
            }
        }
    }

    @Test
    void noTwoQuestionsOfAChallengeAreTheSame() {
        for (GeneratedChallenge g : Batch.all()) {
            TreeSet<String> texts = new TreeSet<>();
            g.challenge().questions().forEach(q -> assertTrue(texts.add(q.text()), q.text()));
        }
    }

    @Test
    void comparativeWinnersBeatTheRunnerUpByTheMargin() {
        for (GeneratedChallenge g : Batch.all()) {
            for (int i = 0; i < g.challenge().questions().size(); i++) {
                Question q = g.challenge().questions().get(i);
                if (q.category() != QuestionCategory.COMPARATIVE) {
                    continue;
                }
                java.util.List<java.math.BigDecimal> values = new java.util.ArrayList<>();
                for (ReasoningHop hop : g.key().answers().get(i).chain()) {
                    if (hop.operation().equals("extract")) {
                        values.add(new java.math.BigDecimal(hop.result()));
                    }
                }
                values.sort(null);
                boolean highest = q.text().contains("highest");
                java.math.BigDecimal winner = highest ? values.get(values.size() - 1) : values.get(0);
                java.math.BigDecimal runnerUp = highest ? values.get(values.size() - 2) : values.get(1);
                java.math.BigDecimal gap = winner.subtract(runnerUp).abs();
                assertTrue(gap.multiply(java.math.BigDecimal.valueOf(100))
                        .compareTo(winner.abs().multiply(java.math.BigDecimal.valueOf(5))) >= 0, q.text());
            }
        }
    }

    @Test
    void numericAnswersAreCanonicalPlainDecimals() {
        for (GeneratedChallenge g : Batch.all()) {
            for (int i = 0; i < g.challenge().questions().size(); i++) {
                if (g.challenge().questions().get(i).answerFormat().type() == io.dacr.api.AnswerType.NUMBER) {
                    assertTrue(g.key().answers().get(i).canonical().matches("-?[0-9]+(\\.[0-9]*[1-9])?"),
                            g.key().answers().get(i).canonical());
                }
            }
        }
    }
}
