package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionTest {

    private static Question question(String id, String text, QuestionCategory category, int hops, AnswerFormat format) {
        return new Question(id, text, category, hops, format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q1", "q9", "q10", "q9999"})
    void idsOfTheFormQnAreAccepted(String id) {
        assertEquals(id, question(id, "Which?", QuestionCategory.COMPARATIVE, 1, AnswerFormat.entity()).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q", "q0", "q01", "Q1", "q10000", "question1", " q1", "q1 "})
    void otherIdsAreRejectedNamingTheField(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> question(id, "Which?", QuestionCategory.COMPARATIVE, 1, AnswerFormat.entity()));
        assertTrue(e.getMessage().contains("question id"), e.getMessage());
    }

    @Test
    void aNullIdIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> question(null, "Which?", QuestionCategory.COMPARATIVE, 1, AnswerFormat.entity()));
        assertTrue(e.getMessage().contains("question id"), e.getMessage());
    }

    @Test
    void aBlankTextIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> question("q1", " ", QuestionCategory.COMPARATIVE, 1, AnswerFormat.entity()));
        assertTrue(e.getMessage().contains("text"), e.getMessage());
    }

    @Test
    void aMissingCategoryIsRejectedNamingTheField() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> question("q1", "Which?", null, 1, AnswerFormat.entity()));
        assertTrue(e.getMessage().contains("category"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 6})
    void oneToSixHopsAreAccepted(int hops) {
        assertEquals(hops, question("q1", "Which?", QuestionCategory.MULTI_HOP_BRIDGE, hops, AnswerFormat.entity()).hops());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, -1})
    void otherHopCountsAreRejectedNamingTheField(int hops) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> question("q1", "Which?", QuestionCategory.MULTI_HOP_BRIDGE, hops, AnswerFormat.entity()));
        assertTrue(e.getMessage().contains("hops"), e.getMessage());
    }

    @Test
    void aMissingAnswerFormatIsRejectedNamingTheField() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> question("q1", "Which?", QuestionCategory.COMPARATIVE, 1, null));
        assertTrue(e.getMessage().contains("answerFormat"), e.getMessage());
    }
}
