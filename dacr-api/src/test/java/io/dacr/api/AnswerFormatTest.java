package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswerFormatTest {

    private static final Tolerance HALF = Tolerance.absolute("0.5");

    @Test
    void aNumberCarriesItsUnitAndTolerance() {
        AnswerFormat format = AnswerFormat.number("USD", HALF);

        assertEquals(AnswerType.NUMBER, format.type());
        assertEquals("USD", format.unit());
        assertEquals(HALF, format.tolerance());
    }

    @Test
    void aDimensionlessNumberHasAnEmptyUnit() {
        assertEquals("", AnswerFormat.number("", HALF).unit());
    }

    @Test
    void anEntityHasNeitherUnitNorTolerance() {
        AnswerFormat format = AnswerFormat.entity();

        assertEquals(AnswerType.ENTITY, format.type());
        assertNull(format.unit());
        assertNull(format.tolerance());
    }

    @Test
    void aTextHasNeitherUnitNorTolerance() {
        AnswerFormat format = AnswerFormat.text();

        assertEquals(AnswerType.TEXT, format.type());
        assertNull(format.unit());
        assertNull(format.tolerance());
    }

    @Test
    void aNumberWithoutAUnitIsRejectedNamingTheField() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> AnswerFormat.number(null, HALF));
        assertTrue(e.getMessage().contains("unit"), e.getMessage());
    }

    @Test
    void aNumberWithoutAToleranceIsRejectedNamingTheField() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> AnswerFormat.number("USD", null));
        assertTrue(e.getMessage().contains("tolerance"), e.getMessage());
    }

    @Test
    void anEntityWithAUnitIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AnswerFormat(AnswerType.ENTITY, "USD", null));
        assertTrue(e.getMessage().contains("unit"), e.getMessage());
    }

    @Test
    void aTextWithAToleranceIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AnswerFormat(AnswerType.TEXT, null, HALF));
        assertTrue(e.getMessage().contains("tolerance"), e.getMessage());
    }

    @Test
    void aMissingTypeIsRejectedNamingTheField() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new AnswerFormat(null, null, null));
        assertTrue(e.getMessage().contains("type"), e.getMessage());
    }
}
