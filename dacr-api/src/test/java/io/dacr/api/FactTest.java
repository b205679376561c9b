package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactTest {

    @Test
    void aNonNumericFactHasAnEmptyUnit() {
        assertEquals("", new Fact("f1", "Kelmara Air", "headquarters", "Kelmara", "").unit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "f0", "f01", "F1", "fact1", "f1000000"})
    void aMalformedIdIsRejectedNamingTheField(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Fact(id, "Kelmara Air", "revenue_q3", "1664000000", "USD"));
        assertTrue(e.getMessage().contains("fact id"), e.getMessage());
    }

    @Test
    void aBlankEntityIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Fact("f1", " ", "revenue_q3", "1664000000", "USD"));
        assertTrue(e.getMessage().contains("entity"), e.getMessage());
    }

    @Test
    void aBlankAttributeIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Fact("f1", "Kelmara Air", "", "1664000000", "USD"));
        assertTrue(e.getMessage().contains("attribute"), e.getMessage());
    }

    @Test
    void aBlankValueIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Fact("f1", "Kelmara Air", "revenue_q3", "", "USD"));
        assertTrue(e.getMessage().contains("value"), e.getMessage());
    }

    @Test
    void aNullUnitIsRejectedNamingTheField() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Fact("f1", "Kelmara Air", "revenue_q3", "1664000000", null));
        assertTrue(e.getMessage().contains("unit"), e.getMessage());
    }
}
