package io.dacr.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Outcome;
import io.dacr.api.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArtifactAndConstraintTest {

    private final DacrVerifier verifier = DacrVerifier.builder().build();

    private Verdict verify(String artifact) {
        return verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, Fixtures.withArtifact(artifact));
    }

    private Outcome constraint(String artifact, int number) {
        return verify(artifact).constraints().get(number - 1).outcome();
    }

    @Test
    void oracleArtifactPassesEveryConstraint() {
        assertEquals(6, verify(Fixtures.ARTIFACT).passedConstraints());
    }

    @Test
    void lineBreakMakesTheSubmissionMalformed() {
        assertEquals(Outcome.MALFORMED, verify(Fixtures.ARTIFACT.replace(" then ", "\nthen ")).outcome());
    }

    @Test
    void zeroWidthSpaceMakesTheSubmissionMalformed() {
        assertEquals(Outcome.MALFORMED, verify(Fixtures.ARTIFACT.replace("then", "th\u200Ben")).outcome());
    }

    /** Invisible characters that are not format characters: inside a word, or standing as a blank padding word. */
    @ParameterizedTest
    @ValueSource(strings = {" f\u034Fun ", " fun\uFE0F ", " \u3164 ", " \u115F ", " \u034F ", " \uFFA0 ", " fun\uDB40\uDD00 "})
    void invisibleCharacterMakesTheSubmissionMalformed(String padding) {
        Verdict v = verify(Fixtures.ARTIFACT.replace(" fun ", padding));
        assertEquals(Outcome.MALFORMED, v.outcome());
        assertTrue(v.reason().contains("invisible character U+"), v.reason());
    }

    @Test
    void wordMixingLatinAndCyrillicMakesTheSubmissionMalformed() {
        Verdict v = verify(Fixtures.ARTIFACT.replace("Port", "P\u043Ert"));
        assertEquals(Outcome.MALFORMED, v.outcome());
        assertTrue(v.reason().contains("mixes"), v.reason());
    }

    @Test
    void wordCountCountsWhitespaceSeparatedTokens() {
        assertEquals(Outcome.FAIL, constraint(Fixtures.ARTIFACT + " extra", 1));
    }

    @Test
    void wordCountIgnoresRunsOfSpaces() {
        assertEquals(Outcome.PASS, constraint(Fixtures.ARTIFACT.replace(" ", "   "), 1));
    }

    @Test
    void primeMustBeAWordOfItsOwn() {
        assertEquals(Outcome.FAIL, constraint(Fixtures.ARTIFACT.replace(" 41 ", " 41, "), 2));
    }

    @Test
    void acrosticComparesInitialsCaseInsensitively() {
        assertEquals(Outcome.PASS, constraint(Fixtures.ARTIFACT.replace("Kelmara Ana", "kelmara ana"), 3));
    }

    @Test
    void acrosticInWrongOrderFails() {
        assertEquals(Outcome.FAIL, constraint(Fixtures.ARTIFACT.replace("Kelmara Ana", "Ana Kelmara"), 3));
    }

    @Test
    void forbiddenLetterInEitherCaseFails() {
        assertEquals(Outcome.FAIL, constraint(Fixtures.ARTIFACT.replace("fun", "Zed"), 4));
    }

    /**
     * A letter written in a compatibility form that reads as the forbidden one (fullwidth, mathematical
     * bold or italic, circled, in either case) is the forbidden letter; so is one with a combining mark.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\uFF5Aap", "\uFF3Aap", "\uD835\uDC33ap", "\uD835\uDC19ap", "\uD835\uDC67ap", "\u24E9ap",
            "\u24CFap", "Z\u0307ap", "z\u0301ap"})
    void forbiddenLetterInACompatibilityFormFails(String word) {
        assertEquals(Outcome.FAIL, constraint(Fixtures.ARTIFACT.replace(" fun ", " " + word + " "), 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFF41ap", "\u24D0p", "\u00E9t\u00E9"})
    void compatibilityFormsOfOtherLettersPass(String word) {
        // Fullwidth and circled 'a', and accented e: the artifact still has no z.
        assertEquals(Outcome.PASS, constraint(Fixtures.ARTIFACT.replace(" fun ", " " + word + " "), 4));
    }

    @Test
    void equationMustMatchExactly() {
        assertEquals(Outcome.FAIL, constraint(Fixtures.ARTIFACT.replace("37+37=74", "37+37=75"), 5));
    }

    @Test
    void includedAttributeMatchesConsecutiveWordsCaseInsensitively() {
        assertEquals(Outcome.PASS, constraint(Fixtures.ARTIFACT.replace("Port Vell", "PORT vell"), 6));
    }

    @Test
    void includedAttributeSplitApartFails() {
        assertEquals(Outcome.FAIL, constraint(Fixtures.ARTIFACT.replace("Port Vell", "Port and Vell"), 6));
    }

    @Test
    void failureReasonsDoNotRevealDerivedValues() {
        String reason = verify(Fixtures.ARTIFACT + " extra").constraints().get(0).reason();
        assertTrue(!reason.contains("27"), reason);
    }
}
