package io.dacr.core.verify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The index-based {@link NumberReader} reads every answer, in every unit, exactly as the substring-based
 * reader it replaced ({@link ReferenceNumberReader}): same kind, same value with the same scale, same
 * reason, and the digit cap broken by the same answers.
 */
class NumberReaderEquivalenceTest {

    private static final int MAX_DIGITS = 40;

    @Provide
    Arbitrary<String> answers() {
        Arbitrary<String> piece = Arbitraries.of("1", "17", "1,664", "1.664", "0.5", "35.5", "1,66", "12345678901234567890",
                "9".repeat(MAX_DIGITS + 1), "-", "\u2212", "+", " ", "  ", "\t", "\u00A0", "$", "US$", "USD", "usd", "\u20AC", "EUR",
                "\u00A3", "gbp", "thousand", "million", "mn", "billion", "bn", "trillion", "tn", "tnx", "bnb", "%", "percent",
                "per cent", "pct", "dollar", "dollars", "US dollars", "U.S. dollars", "euros", "pounds sterling", "aircraft",
                "aircrafts", "qubit", "qubits", "logical qubits", "s", "b", "The", "the", "an", "a", ".", ",", "?", ";", "x",
                "\uFF11\uFF17", "\u00BD", "\u0001", "\u00B2", "\u2077", "\u2087", "\u3257", "\u2466", "\u2488",
                "\uD835\uDFD0", "\u2009", "\u202F", "");
        Arbitrary<String> joined = piece.list().ofMinSize(1).ofMaxSize(5).map(p -> String.join("", p));
        Arbitrary<String> spaced = piece.list().ofMinSize(1).ofMaxSize(5).map(p -> String.join(" ", p));
        return Arbitraries.oneOf(joined, spaced, Arbitraries.strings().withChars("0123456789,.-$% abmntuskrpce").ofMaxLength(16));
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("", "USD", "usd", "EUR", "GBP", "percent", " Percent ", "aircraft", "logical qubits", "s",
                "a  b", "employees", "years");
    }

    @Property(tries = 3000)
    void readsEveryAnswerAsTheSubstringReaderDid(@ForAll("answers") String answer, @ForAll("units") String unit) {
        assertEquals(reference(answer, unit), current(answer, unit), () -> "'" + answer + "' in '" + unit + "'");
    }

    /** The table of compatibility digits is what the JDK's NFKC makes of every code point. */
    @Test
    void compatibilityDigitsAreTheCodePointsNfkcMakesDigitsOfThatAreNotDigits() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            int at = cp;
            assertEquals(ReferenceNumberReader.isCompatibilityDigit(cp), NumberReader.isCompatibilityDigit(cp),
                    () -> String.format("U+%04X %s", at, Character.getName(at)));
        }
    }

    private static String reference(String answer, String unit) {
        try {
            return ReferenceNumberReader.read(answer, unit, MAX_DIGITS).toString();
        } catch (CapExceeded e) {
            return "cap: " + e.getMessage();
        }
    }

    private static String current(String answer, String unit) {
        try {
            return NumberReader.read(answer, Unit.of(unit), MAX_DIGITS).toString();
        } catch (CapExceeded e) {
            return "cap: " + e.getMessage();
        }
    }
}
