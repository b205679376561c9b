package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConstraintTest {

    private static final String TEXT = "The artifact has as many words as the answer to q1.";

    @ParameterizedTest
    @ValueSource(strings = {"", "c0", "c01", "C1", "q1", "c10000"})
    void aMalformedIdIsRejectedNamingTheField(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Constraint(id, ConstraintKind.WORD_COUNT, TEXT, List.of("q1")));
        assertTrue(e.getMessage().contains("constraint id"), e.getMessage());
    }

    @Test
    void aMissingKindIsRejectedNamingTheField() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Constraint("c1", null, TEXT, List.of("q1")));
        assertTrue(e.getMessage().contains("kind"), e.getMessage());
    }

    @Test
    void aBlankTextIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Constraint("c1", ConstraintKind.WORD_COUNT, "", List.of("q1")));
        assertTrue(e.getMessage().contains("text"), e.getMessage());
    }

    @Test
    void aNullQuestionReferenceIsRejectedNamingItsPosition() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Constraint("c1", ConstraintKind.EQUATION, TEXT, Arrays.asList("q1", null)));
        assertTrue(e.getMessage().contains("questionRefs[1]"), e.getMessage());
    }

    @Test
    void changingTheGivenListAfterwardsDoesNotChangeTheConstraint() {
        List<String> refs = new ArrayList<>(List.of("q1", "q2"));
        Constraint constraint = new Constraint("c1", ConstraintKind.EQUATION, TEXT, refs);

        refs.add("q3");

        assertEquals(List.of("q1", "q2"), constraint.questionRefs());
    }

    @Test
    void theQuestionReferencesCannotBeModified() {
        Constraint constraint = Samples.constraint("c1");

        assertThrows(UnsupportedOperationException.class, () -> constraint.questionRefs().add("q2"));
    }
}
