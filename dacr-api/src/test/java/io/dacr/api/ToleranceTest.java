package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ToleranceTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void anAbsoluteToleranceAcceptsAnAnswerExactlyAtTheUpperBoundary() {
        assertTrue(Tolerance.absolute("0.5").accepts(d("10"), d("10.5")));
    }

    @Test
    void anAbsoluteToleranceAcceptsAnAnswerExactlyAtTheLowerBoundary() {
        assertTrue(Tolerance.absolute("0.5").accepts(d("10"), d("9.5")));
    }

    @Test
    void anAbsoluteToleranceRejectsAnAnswerJustBeyondTheBoundary() {
        assertFalse(Tolerance.absolute("0.5").accepts(d("10"), d("10.5000001")));
        assertFalse(Tolerance.absolute("0.5").accepts(d("10"), d("9.4999999")));
    }

    @Test
    void anAbsoluteToleranceWorksAroundANegativeGold() {
        Tolerance tolerance = Tolerance.absolute("1");

        assertTrue(tolerance.accepts(d("-3"), d("-4")));
        assertTrue(tolerance.accepts(d("-3"), d("-2")));
        assertFalse(tolerance.accepts(d("-3"), d("3")));
    }

    @Test
    void aZeroToleranceAcceptsOnlyTheSameValueInAnyScale() {
        Tolerance exact = Tolerance.absolute("0");

        assertTrue(exact.accepts(d("1664"), d("1664.000")));
        assertFalse(exact.accepts(d("1664"), d("1664.001")));
    }

    @Test
    void aRelativeToleranceIsAFractionOfTheGoldValueBoundaryIncluded() {
        Tolerance onePercent = Tolerance.relative("0.01");

        assertTrue(onePercent.accepts(d("200"), d("202")));
        assertTrue(onePercent.accepts(d("200"), d("198")));
        assertFalse(onePercent.accepts(d("200"), d("202.01")));
        assertFalse(onePercent.accepts(d("200"), d("197.99")));
    }

    @Test
    void aRelativeToleranceOfANegativeGoldUsesItsMagnitude() {
        Tolerance tenPercent = Tolerance.relative("0.1");

        assertTrue(tenPercent.accepts(d("-50"), d("-55")));
        assertTrue(tenPercent.accepts(d("-50"), d("-45")));
        assertFalse(tenPercent.accepts(d("-50"), d("-44.9")));
    }

    @Test
    void aRelativeToleranceOfAZeroGoldAcceptsOnlyZero() {
        Tolerance half = Tolerance.relative("0.5");

        assertTrue(half.accepts(d("0"), d("0.00")));
        assertFalse(half.accepts(d("0"), d("0.0000001")));
    }

    @Test
    void theFactoriesBuildTheirKinds() {
        assertEquals(new Tolerance(Tolerance.Kind.ABSOLUTE, d("0.5")), Tolerance.absolute("0.5"));
        assertEquals(new Tolerance(Tolerance.Kind.RELATIVE, d("0.01")), Tolerance.relative("0.01"));
    }

    @Test
    void aNegativeAmountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tolerance.absolute("-0.1"));
        assertTrue(e.getMessage().contains("amount"), e.getMessage());
    }

    @Test
    void anAmountThatIsNotADecimalIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Tolerance.relative("1%"));
    }

    @Test
    void aMissingKindIsRejectedNamingTheField() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Tolerance(null, BigDecimal.ONE));
        assertTrue(e.getMessage().contains("kind"), e.getMessage());
    }

    @Test
    void acceptsRequiresBothValues() {
        assertThrows(NullPointerException.class, () -> Tolerance.absolute("1").accepts(null, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> Tolerance.absolute("1").accepts(BigDecimal.ONE, null));
    }

    @Test
    void tolerancesOfEqualValueAreEqualWhateverTheirScale() {
        assertEquals(Tolerance.absolute("0.5"), Tolerance.absolute("0.50"));
        assertEquals(Tolerance.relative("0"), Tolerance.relative("0.000"));
        assertEquals("0.5", Tolerance.absolute("0.500").amount().toPlainString());
    }
}
