package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldAnswerTest {

    @Test
    void aGoldAnswerNeedsNoAcceptedFormsAndNoTrap() {
        GoldAnswer answer = new GoldAnswer("q1", "Kelmara Air", List.of(), List.of(Samples.hop()), null);

        assertEquals(List.of(), answer.acceptedForms());
        assertNull(answer.trapId());
    }

    @Test
    void aBlankQuestionIdIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GoldAnswer("", "Kelmara Air", List.of(), List.of(Samples.hop()), null));
        assertTrue(e.getMessage().contains("questionId"), e.getMessage());
    }

    @Test
    void aBlankCanonicalAnswerIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GoldAnswer("q1", " ", List.of(), List.of(Samples.hop()), null));
        assertTrue(e.getMessage().contains("canonical"), e.getMessage());
    }

    @Test
    void aNullAcceptedFormIsRejectedNamingItsPosition() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new GoldAnswer("q1", "Kelmara Air", Arrays.asList("KA", null), List.of(Samples.hop()), null));
        assertTrue(e.getMessage().contains("acceptedForms[1]"), e.getMessage());
    }

    @Test
    void anEmptyChainIsRejectedNamingTheChainAndTheQuestion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GoldAnswer("q3", "Kelmara Air", List.of(), List.of(), null));
        assertTrue(e.getMessage().contains("chain"), e.getMessage());
        assertTrue(e.getMessage().contains("q3"), e.getMessage());
    }

    @Test
    void changingTheGivenListsAfterwardsDoesNotChangeTheAnswer() {
        List<String> forms = new ArrayList<>(List.of("KA"));
        List<ReasoningHop> chain = new ArrayList<>(List.of(Samples.hop()));
        GoldAnswer answer = new GoldAnswer("q1", "Kelmara Air", forms, chain, null);

        forms.add("Kelmara");
        chain.clear();

        assertEquals(List.of("KA"), answer.acceptedForms());
        assertEquals(List.of(Samples.hop()), answer.chain());
    }
}
