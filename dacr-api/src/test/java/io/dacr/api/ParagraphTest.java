package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParagraphTest {

    @Test
    void idOfNamesTheParagraphAtAOneBasedPosition() {
        assertEquals("paragraph_1", Paragraph.idOf(1));
        assertEquals("paragraph_723", Paragraph.idOf(723));
    }

    @Test
    void idOfRejectsPositionZero() {
        assertThrows(IllegalArgumentException.class, () -> Paragraph.idOf(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paragraph_1", "paragraph_10", "paragraph_999999"})
    void isParagraphIdAcceptsTheDocumentedForm(String id) {
        assertTrue(Paragraph.isParagraphId(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "paragraph_", "paragraph_0", "paragraph_01", "Paragraph_1", "paragraph-1", "p1",
        "paragraph_1000000", "paragraph_１", "paragraph_1\n"})
    void isParagraphIdRejectsEverythingElse(String id) {
        assertFalse(Paragraph.isParagraphId(id));
    }

    @Test
    void isParagraphIdRejectsNull() {
        assertFalse(Paragraph.isParagraphId(null));
    }

    @Test
    void aMalformedIdIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Paragraph("p1", "Text."));
        assertTrue(e.getMessage().contains("paragraph id"), e.getMessage());
    }

    @Test
    void aBlankTextIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Paragraph("paragraph_1", "\n\t "));
        assertTrue(e.getMessage().contains("text"), e.getMessage());
    }
}
