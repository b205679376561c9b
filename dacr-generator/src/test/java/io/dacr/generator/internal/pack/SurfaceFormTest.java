package io.dacr.generator.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SurfaceFormTest {

    private static SurfaceForm form(String pattern, String scale, int decimals, boolean grouping) {
        return SurfaceForm.of(Template.parse(pattern), new BigDecimal(scale), decimals, grouping, null, null);
    }

    @Test
    void groupsThousandsWithCommas() {
        assertEquals("US$1,664,000,000", form("US${number}", "1", 0, true).format(new BigDecimal("1664000000")));
    }

    @Test
    void dividesByTheScaleAndRoundsHalfUp() {
        assertEquals("$1.67 billion", form("${number} billion", "1000000000", 2, false).format(new BigDecimal("1665000000")));
    }

    @Test
    void writesExactlyTheDeclaredDecimals() {
        assertEquals("0.50 to 1", form("{number} to 1", "1", 2, false).format(new BigDecimal("0.5")));
    }

    @Test
    void aRoundingFormIsLossy() {
        SurfaceForm billions = form("${number} billion", "1000000000", 2, false);
        assertFalse(billions.lossless(new BigDecimal("1664000000")));
        assertTrue(billions.lossless(new BigDecimal("1660000000")));
    }

    @Test
    void aScaleThatIsNotAPowerOfTenStillFormats() {
        assertEquals("4 dozen", form("{number} dozen", "12", 0, false).format(new BigDecimal("48")));
    }

    @Test
    void formattingIgnoresTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("1,234.50", form("{number}", "1", 2, true).format(new BigDecimal("1234.5")));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
