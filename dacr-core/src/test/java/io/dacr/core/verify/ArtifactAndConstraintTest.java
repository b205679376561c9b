package io.dacr.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Outcome;
import io.dacr.api.Verdict;
import org.junit.jupiter.api.Test;

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
