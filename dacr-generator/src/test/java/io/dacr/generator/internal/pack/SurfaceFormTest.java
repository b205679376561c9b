package io.dacr.generator.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
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

    @Property
    void theLongArithmeticPathWritesTheSameDigitsAsBigDecimal(@ForAll @LongRange(min = -999_999_999_999L, max = 999_999_999_999L) long unscaled,
                                                            @ForAll @IntRange(min = -3, max = 6) int valueScale,
                                                            @ForAll @IntRange(min = 0, max = 9) int shift,
                                                            @ForAll @IntRange(min = 0, max = 4) int decimals,
                                                            @ForAll boolean grouping) {
        SurfaceForm f = form("{number}", BigDecimal.ONE.movePointRight(shift).toPlainString(), decimals, grouping);
        BigDecimal value = BigDecimal.valueOf(unscaled, valueScale);
        String reference = fastDigitsAgreeWithReference(f, value);
        if (reference != null) {
            // Only numbers too long for a long may leave the fast path.
            assertTrue(reference.replaceAll("[^0-9]", "").length() > 18, reference);
        }
    }

    @Property
    void theLongArithmeticPathWritesTheSameDigitsAsBigDecimalForScalesBelowOne(
            @ForAll @LongRange(min = -999_999_999_999L, max = 999_999_999_999L) long unscaled,
            @ForAll @IntRange(min = -3, max = 24) int valueScale,
            @ForAll @IntRange(min = -6, max = -1) int exponent,
            @ForAll @IntRange(min = 0, max = 6) int decimals,
            @ForAll boolean grouping) {
        SurfaceForm f = form("{number}", BigDecimal.ONE.movePointRight(exponent).toPlainString(), decimals, grouping);
        BigDecimal value = BigDecimal.valueOf(unscaled, valueScale);
        String reference = fastDigitsAgreeWithReference(f, value);
        if (reference != null) {
            // Left to BigDecimal: quotients the reference rounds to 20 digits first, or too long for a long.
            assertTrue(valueScale + exponent > 20 || reference.replaceAll("[^0-9]", "").length() > 18, reference);
        }
    }

    /**
     * Asserts that the long-arithmetic path, where it takes the value, writes the reference's digits.
     *
     * @return null if the fast path took the value, else the reference digits it left to BigDecimal
     */
    private static String fastDigitsAgreeWithReference(SurfaceForm f, BigDecimal value) {
        StringBuilder fast = new StringBuilder();
        StringBuilder reference = new StringBuilder();
        f.referenceDigits(value, reference);
        if (f.fastDigits(value, fast)) {
            assertEquals(reference.toString(), fast.toString());
            return null;
        }
        return reference.toString();
    }

    @Property
    void losslessAgreesWithDividing(@ForAll @LongRange(min = -999_999_999_999L, max = 999_999_999_999L) long unscaled,
                                    @ForAll @IntRange(min = -4, max = 26) int valueScale,
                                    @ForAll @IntRange(min = 0, max = 5) int scaleIndex,
                                    @ForAll @IntRange(min = 0, max = 4) int decimals) {
        String scale = List.of("1", "1000000", "0.1", "0.0001", "12", "0.5").get(scaleIndex);
        SurfaceForm f = form("{number}", scale, decimals, false);
        BigDecimal value = BigDecimal.valueOf(unscaled, valueScale);
        assertEquals(f.referenceLossless(value), f.lossless(value), () -> value + " / " + scale);
    }

    @Property
    void strippedScaleIsTheScaleWithoutTrailingZeros(@ForAll long unscaled, @ForAll @IntRange(min = -5, max = 8) int scale) {
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        assertEquals(value.stripTrailingZeros().scale(), SurfaceForm.strippedScale(value));
    }

    @Property
    void formatWritesThePatternAroundTheReferenceDigits(@ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long unscaled,
                                                       @ForAll @IntRange(min = -2, max = 6) int valueScale,
                                                       @ForAll @IntRange(min = 0, max = 5) int scaleIndex,
                                                       @ForAll @IntRange(min = 0, max = 4) int decimals,
                                                       @ForAll boolean grouping,
                                                       @ForAll @IntRange(min = 0, max = 3) int patternIndex) {
        String pattern = List.of("${number} million", "€{number}", "{number} ({number})", "{number}").get(patternIndex);
        SurfaceForm f = form(pattern, List.of("1", "1000000", "0.1", "0.0001", "12", "0.5").get(scaleIndex), decimals, grouping);
        BigDecimal value = BigDecimal.valueOf(unscaled, valueScale);
        StringBuilder digits = new StringBuilder();
        f.referenceDigits(value, digits);
        assertEquals(Template.parse(pattern).render(name -> digits), f.format(value));
    }

    @Test
    void aScaleBelowOneThatIsAPowerOfTenHasANegativeExponentAndNoShift() {
        SurfaceForm perMillion = form("{number} errors per million cycles", "0.0001", 0, true);
        assertEquals(-4, perMillion.exponent());
        assertEquals(-1, perMillion.shift());
        assertEquals("1,250 errors per million cycles", perMillion.format(new BigDecimal("0.1250")));
        assertEquals(SurfaceForm.NOT_A_POWER_OF_TEN, form("{number} dozen", "12", 0, false).exponent());
        assertEquals(6, form("{number}m", "1E+6", 0, false).exponent());
    }

    @Test
    void valuesBeyondEighteenDigitsTakeTheBigDecimalPath() {
        assertEquals("123,456,789,012,345,678,901", form("{number}", "1", 0, true).format(new BigDecimal("123456789012345678901")));
    }
}
