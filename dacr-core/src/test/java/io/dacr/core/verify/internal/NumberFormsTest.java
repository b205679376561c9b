package io.dacr.core.verify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.AnswerFormat;
import io.dacr.api.GoldAnswer;
import io.dacr.api.ReasoningHop;
import io.dacr.api.Tolerance;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The usual forms of a gold number ({@link GoldForms#numberForms}), read once per key, change no
 * grade: every answer is graded exactly as it is when the forms are not there and the answer is read.
 */
class NumberFormsTest {

    private static final int MAX_DIGITS = 40;

    private static GoldForms gold(String canonical, String unit, Tolerance tolerance, List<String> accepted, int maxDigits) {
        GoldAnswer g = new GoldAnswer("q1", canonical, accepted,
                List.of(new ReasoningHop("extract", List.of("f1"), List.of("paragraph_1"), canonical)), null);
        return GoldForms.of(g, AnswerFormat.number(unit, tolerance), maxDigits);
    }

    /** The same gold, without its forms: every answer is read. */
    private static GoldForms withoutForms(GoldForms g) {
        return new GoldForms(g.questionId(), g.format(), g.strictForms(), g.lenientCanonical(), g.lenientAliases(),
                g.number(), g.unit(), g.passed(), g.exactByParts(), g.canonicalUnscaled(), g.canonicalScale(), List.of(),
                List.of());
    }

    private static String grade(String answer, GoldForms gold, int maxDigits) {
        try {
            return Grading.graded("q1", answer, gold, maxDigits).toString();
        } catch (CapExceeded e) {
            return "cap: " + e.getMessage();
        }
    }

    @Test
    void theUsualFormsOfAGoldNumberAreListed() {
        GoldForms g = gold("1664", "aircraft", Tolerance.absolute("0"), List.of(), MAX_DIGITS);
        assertTrue(g.numberForms().containsAll(List.of("1664", "1664 aircraft", "1,664 aircraft", "1,664")), g::toString);
    }

    @Test
    void aCurrencyValueIsListedAfterItsMarkers() {
        GoldForms g = gold("1664000000", "USD", Tolerance.relative("0.01"), List.of("$1.66 billion"), MAX_DIGITS);
        assertTrue(g.numberForms().containsAll(List.of("$1664000000", "$1,664,000,000", "1,664,000,000 usd", "$1.66 billion")),
                g::toString);
    }

    @Test
    void aListedFormPassesWithTheSharedResult() {
        GoldForms g = gold("35.5", "percent", Tolerance.absolute("0"), List.of(), MAX_DIGITS);
        assertSame(g.passed(), Grading.graded("q1", "35.5 Percent.", g, MAX_DIGITS));
    }

    @Test
    void noFormIsListedBeyondTheDigitCapSoTheCapStillBreaks() {
        GoldForms g = gold("1664", "aircraft", Tolerance.absolute("0"), List.of(), 3);
        assertEquals(List.of(), g.numberForms());
        assertThrows(CapExceeded.class, () -> Grading.graded("q1", "1664", g, 3));
    }

    @Test
    void aGoldThatIsNoPlainNumberHasNoForms() {
        assertEquals(List.of(), gold("about 12", "aircraft", Tolerance.absolute("0"), List.of(), MAX_DIGITS).numberForms());
    }

    @Test
    void groupingPutsCommasBetweenThreesOfIntegerDigitsOnly() {
        assertEquals("1,664,000.25", GoldForms.grouped("1664000.25"));
        assertEquals("-12,345", GoldForms.grouped("-12345"));
        assertEquals("999.5", GoldForms.grouped("999.5"));
        assertEquals("12a456", GoldForms.grouped("12a456"));
    }

    @Provide
    Arbitrary<String> canonicals() {
        return Arbitraries.of("0", "7", "10", "1664", "-12345", "35.5", "0.250", "1664000000", "12345678901234567890123",
                "1e3", "12 aircraft");
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("", "USD", "EUR", "GBP", "percent", "aircraft", "logical qubits", "s", "employees");
    }

    @Provide
    Arbitrary<Tolerance> tolerances() {
        return Arbitraries.of(Tolerance.absolute("0"), Tolerance.relative("0"), Tolerance.absolute("0.5"),
                Tolerance.relative("0.01"));
    }

    @Provide
    Arbitrary<String> answers() {
        Arbitrary<String> piece = Arbitraries.of("0", "7", "10", "1664", "1,664", "-12345", "-12,345", "35.5", "0.25",
                "0.250", "1664000000", "1,664,000,000", "1.664", "12345678901234567890123", "$", "US$", "usd", "\u20AC",
                "eur", "\u00A3", "billion", "thousand", "%", "percent", "aircraft", "aircrafts", "qubits", "logical qubits",
                "employees", "s", "The", "-", "\u2212", ".", "x", "\u00A0", "");
        Arbitrary<String> spaced = piece.list().ofMinSize(1).ofMaxSize(4).map(p -> String.join(" ", p));
        Arbitrary<String> joined = piece.list().ofMinSize(1).ofMaxSize(3).map(p -> String.join("", p));
        return Arbitraries.oneOf(spaced, joined);
    }

    @Property(tries = 3000)
    void everyAnswerIsGradedAsWithoutTheForms(@ForAll("canonicals") String canonical, @ForAll("units") String unit,
                                              @ForAll("tolerances") Tolerance tolerance, @ForAll("answers") String answer) {
        for (int maxDigits : new int[] {3, MAX_DIGITS}) {
            GoldForms g = gold(canonical, unit, tolerance, List.of(answer), maxDigits);
            assertEquals(grade(answer, withoutForms(g), maxDigits), grade(answer, g, maxDigits),
                    () -> "'" + answer + "' for " + g);
        }
    }
}
