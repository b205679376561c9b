package io.dacr.core.solve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class NumberFormTest {

    private static BigDecimal read(NumberForm f, String text) {
        Matcher m = f.matcher(text);
        return m.find() ? f.value(m) : null;
    }

    @Test
    void aFormIsWordedWhenItWritesLettersAroundTheDigits() {
        assertTrue(new NumberForm("{number} researchers", BigDecimal.ONE).worded());
        assertTrue(new NumberForm("${number} million", new BigDecimal("1000000")).worded());
        assertTrue(new NumberForm("USD {number}", BigDecimal.ONE).worded());
        assertFalse(new NumberForm("{number}", BigDecimal.ONE).worded());
        assertFalse(new NumberForm("${number}", BigDecimal.ONE).worded());
        assertFalse(new NumberForm("{number}%", BigDecimal.ONE).worded());
    }

    @Test
    void aFormReadsItsDigitsTimesItsScaleAndNothingInsideAWord() {
        NumberForm millions = new NumberForm("${number} million", new BigDecimal("1000000"));
        assertEquals(0, new BigDecimal("15700000").compareTo(read(millions, "a budget of $15.7 million a year")));
        NumberForm staff = new NumberForm("{number} researchers", BigDecimal.ONE);
        assertEquals(0, new BigDecimal("1664").compareTo(read(staff, "it employs 1,664 researchers.")));
        assertNull(read(staff, "it employs x24 researchers."));
    }
}
