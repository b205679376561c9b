package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrapTest {

    private static final List<String> PARAGRAPHS = List.of("paragraph_2", "paragraph_9");

    private static Trap trap(String id, String correct, String wrong, List<String> paragraphs, String cue) {
        return new Trap(id, TrapKind.SUPERSEDED, "f1", correct, wrong, paragraphs, cue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "t0", "t01", "T1", "trap1", "t10000"})
    void aMalformedIdIsRejectedNamingTheField(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trap(id, "1664", "1580", PARAGRAPHS, "the audited figure"));
        assertTrue(e.getMessage().contains("trap id"), e.getMessage());
    }

    @Test
    void aMissingKindIsRejectedNamingTheField() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Trap("t1", null, "f1", "1664", "1580", PARAGRAPHS, "the audited figure"));
        assertTrue(e.getMessage().contains("kind"), e.getMessage());
    }

    @Test
    void aBlankTargetFactIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trap("t1", TrapKind.HEARSAY, " ", "1664", "1580", PARAGRAPHS, "the audited figure"));
        assertTrue(e.getMessage().contains("targetFactId"), e.getMessage());
    }

    @Test
    void aBlankCorrectValueIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trap("t1", "", "1580", PARAGRAPHS, "the audited figure"));
        assertTrue(e.getMessage().contains("correctValue"), e.getMessage());
    }

    @Test
    void aBlankWrongValueIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trap("t1", "1664", "", PARAGRAPHS, "the audited figure"));
        assertTrue(e.getMessage().contains("wrongValue"), e.getMessage());
    }

    @Test
    void aWrongValueEqualToTheCorrectOneIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trap("t1", "1664", "1664", PARAGRAPHS, "the audited figure"));
        assertTrue(e.getMessage().contains("wrong value"), e.getMessage());
    }

    @Test
    void aTrapWithoutParagraphsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trap("t1", "1664", "1580", List.of(), "the audited figure"));
        assertTrue(e.getMessage().contains("paragraph"), e.getMessage());
    }

    @Test
    void aBlankCueIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trap("t1", "1664", "1580", PARAGRAPHS, ""));
        assertTrue(e.getMessage().contains("cue"), e.getMessage());
    }

    @Test
    void changingTheGivenParagraphListAfterwardsDoesNotChangeTheTrap() {
        List<String> paragraphs = new ArrayList<>(PARAGRAPHS);
        Trap trap = trap("t1", "1664", "1580", paragraphs, "the audited figure");

        paragraphs.clear();

        assertEquals(PARAGRAPHS, trap.paragraphIds());
    }
}
