package io.dacr.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.api.Outcome;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictAnswerGradingTest {

    private final DacrVerifier verifier = DacrVerifier.builder().build();

    private Outcome grade(String questionId, String answer) {
        Submission s = Fixtures.withAnswer(questionId, answer);
        Verdict v = verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, s);
        return v.answers().get(Integer.parseInt(questionId.substring(1)) - 1).outcome();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kelmara Air", "kelmara air", "  KELMARA   AIR. ", "The Kelmara Air", "KA", "the Kelmara-based carrier",
            "Ｋｅｌｍａｒａ Ａｉｒ"})
    void entityMatchesCanonicalOrAliasAfterNormalisation(String answer) {
        assertEquals(Outcome.PASS, grade("q1", answer));
    }

    @Test
    void entityOtherNameFails() {
        assertEquals(Outcome.FAIL, grade("q1", "Kelmara Airways"));
    }

    @Test
    void entityListingTwoCandidatesFails() {
        assertEquals(Outcome.FAIL, grade("q1", "Kelmara Air or Orvan Air"));
    }

    @Test
    void severalCandidatesAreReportedAsSuch() {
        Verdict v = verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, Fixtures.withAnswer("q1", "KA, Orvan Air"));
        assertEquals("lists several candidates", v.answers().get(0).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "...", " ?! "})
    void emptyAnswerIsNoAnswer(String answer) {
        assertEquals(Outcome.NO_ANSWER, grade("q1", answer));
    }

    @Test
    void textMatchesNormalisedExactly() {
        assertEquals(Outcome.PASS, grade("q4", "ana  ruiz."));
    }

    @Test
    void textWithExtraWordsFails() {
        assertEquals(Outcome.FAIL, grade("q4", "Ana Ruiz Jr"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1664000000", "1,664,000,000", "1.664 billion", "$1.664 billion", "1,664 million dollars",
            "USD 1,664,000,000", "US$ 1,664 million", "1.664 bn USD", "1664000000 dollars"})
    void numberAcceptsTheSurfaceFormsOfDocuments(String answer) {
        assertEquals(Outcome.PASS, grade("q2", answer));
    }

    @Test
    void numberOutsideAnExactToleranceFails() {
        assertEquals(Outcome.FAIL, grade("q2", "$1.66 billion"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"35.5%", "35.5 per cent", "35.5 percent", "35.5", "35.7%"})
    void percentWithinRelativeToleranceIsAccepted(String answer) {
        assertEquals(Outcome.PASS, grade("q3", answer));
    }

    @Test
    void percentBeyondRelativeToleranceFails() {
        assertEquals(Outcome.FAIL, grade("q3", "36%"));
    }

    @Test
    void containedDigitIsNotCreditedInStrictMode() {
        assertEquals(Outcome.FAIL, grade("q3", "3"));
    }

    @Test
    void twoNumbersInOneAnswerFail() {
        assertEquals(Outcome.FAIL, grade("q5", "27 or 28"));
    }

    @Test
    void numberWithAForeignUnitFails() {
        assertEquals(Outcome.FAIL, grade("q2", "1664000000 euros"));
    }

    @Test
    void percentSignOnADimensionlessNumberFails() {
        assertEquals(Outcome.FAIL, grade("q5", "27%"));
    }

    @Test
    void answerWithoutANumberIsNoAnswerForANumberQuestion() {
        assertEquals(Outcome.NO_ANSWER, grade("q5", "twenty-seven"));
    }

    @Test
    void malformedGroupingFails() {
        assertEquals(Outcome.FAIL, grade("q5", "2,7"));
    }

    /** A first group of zeros is a decimal comma ("0,027" is 0.027 in much of Europe), not thousands grouping. */
    @ParameterizedTest
    @ValueSource(strings = {"0,027", "00,027", "000,027", "0,000,027"})
    void commaGroupingAfterALeadingZeroFails(String answer) {
        assertEquals(Outcome.FAIL, grade("q5", answer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,664,000,000", "1,664 million", "$1,664,000,000"})
    void commaGroupingStillReadsThousands(String answer) {
        assertEquals(Outcome.PASS, grade("q2", answer));
    }

    /**
     * NFKC would make ordinary digits of superscripts, subscripts, circled and parenthesised numbers
     * ("2⁷" is 2 to the 7th, not 27): a number written with them is not read as one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2\u2077", "2\u2087", "2\u2466", "\u2081\u20817", "27\u2070", "\u24792"})
    void digitInASuperscriptOrOtherCompatibilityFormFails(String answer) {
        assertEquals(Outcome.FAIL, grade("q5", answer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00B2\u2077", "\u2082\u2087", "\u3257", "\u2461\u2466", "\u2475\u247A"})
    void numberWrittenOnlyInCompatibilityDigitsIsNoAnswer(String answer) {
        assertEquals(Outcome.NO_ANSWER, grade("q5", answer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFF12\uFF17", "\uD835\uDFD0\uD835\uDFD5", "27\u00A0", "\u00A027"})
    void fullwidthAndMathematicalDigitsStillRead(String answer) {
        assertEquals(Outcome.PASS, grade("q5", answer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$1.664\u00A0billion", "$1.664\u2009billion", "\uFF11,\uFF16\uFF16\uFF14 million dollars"})
    void documentFormsWithNoBreakOrThinSpacesStillRead(String answer) {
        assertEquals(Outcome.PASS, grade("q2", answer));
    }

    @Test
    void missingAnswerIsNoAnswer() {
        Verdict v = verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, Fixtures.withAnswers(Fixtures.oracleAnswers().subList(0, 4)));
        assertEquals(Outcome.NO_ANSWER, v.answers().get(4).outcome());
    }
}
