package io.dacr.generator.internal.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ConstraintKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstraintCheckerTest {

    @Test
    void aWordIsAWhitespaceSeparatedToken() {
        assertEquals(3, ConstraintChecker.words("  a\tb  c ").size());
        assertTrue(ConstraintChecker.satisfies(ConstraintKind.WORD_COUNT, Map.of("count", "3"), "one two three"));
        assertFalse(ConstraintChecker.satisfies(ConstraintKind.WORD_COUNT, Map.of("count", "3"), "one two"));
    }

    @Test
    void thePrimeMustBeAWholeWord() {
        assertTrue(ConstraintChecker.satisfies(ConstraintKind.PRIME, Map.of("prime", "67"), "x 67 y"));
        assertFalse(ConstraintChecker.satisfies(ConstraintKind.PRIME, Map.of("prime", "67"), "x 671 y"));
    }

    @Test
    void theEquationIsOneToken() {
        Map<String, String> e = Map.of("a", "12", "b", "30", "c", "42");
        assertTrue(ConstraintChecker.satisfies(ConstraintKind.EQUATION, e, "so 12+30=42 now"));
        assertFalse(ConstraintChecker.satisfies(ConstraintKind.EQUATION, e, "so 12 + 30 = 42 now"));
    }

    @Test
    void anIncludedValueMatchesWholeWordsIgnoringCase() {
        Map<String, String> e = Map.of("value", "food processing");
        assertTrue(ConstraintChecker.satisfies(ConstraintKind.INCLUDES_ATTRIBUTE, e, "we do Food Processing here"));
        assertFalse(ConstraintChecker.satisfies(ConstraintKind.INCLUDES_ATTRIBUTE, e, "food and processing"));
    }

    @Test
    void theAcrosticReadsTheFirstLettersOfTheFirstWords() {
        assertTrue(ConstraintChecker.satisfies(ConstraintKind.ACROSTIC, Map.of("letters", "KMT"), "kind Men travel far"));
        assertFalse(ConstraintChecker.satisfies(ConstraintKind.ACROSTIC, Map.of("letters", "KMT"), "far kind men travel"));
    }

    @Test
    void aForbiddenLetterIsAbsentInEitherCase() {
        assertTrue(ConstraintChecker.satisfies(ConstraintKind.FORBIDDEN_LETTER, Map.of("letter", "e"), "dont stop now"));
        assertFalse(ConstraintChecker.satisfies(ConstraintKind.FORBIDDEN_LETTER, Map.of("letter", "e"), "EVERY word"));
    }

    @Test
    void aForbiddenLetterIsFoundAsTheVerifierFindsIt() {
        // Compatibility forms, ligatures and the dotless i hold the letter once NFKC-folded.
        assertFalse(ConstraintChecker.satisfies(ConstraintKind.FORBIDDEN_LETTER, Map.of("letter", "z"), "\uFF5Aone"));
        assertFalse(ConstraintChecker.satisfies(ConstraintKind.FORBIDDEN_LETTER, Map.of("letter", "i"), "pro\uFB01t"));
        assertFalse(ConstraintChecker.satisfies(ConstraintKind.FORBIDDEN_LETTER, Map.of("letter", "i"), "Y\u0131ld\u0131z"));
        assertFalse(ConstraintChecker.satisfies(ConstraintKind.FORBIDDEN_LETTER, Map.of("letter", "\u0131"), "it is"));
        assertTrue(ConstraintChecker.satisfies(ConstraintKind.FORBIDDEN_LETTER, Map.of("letter", "\u0131"), "and so on"));
    }

    @Test
    void theNextPrimeIsStrictlyGreater() {
        assertEquals(13, Primes.nextPrime(11));
        assertEquals(11, Primes.nextPrime(10));
        assertEquals(2, Primes.nextPrime(-5));
    }
}
