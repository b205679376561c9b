package io.dacr.core.verify;

import io.dacr.core.verify.policy.MatchMode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.api.Outcome;
import org.junit.jupiter.api.Test;

class LenientMatchingTest {

    private final DacrVerifier lenient = DacrVerifier.builder().matchMode(MatchMode.LENIENT).build();
    private final DacrVerifier strict = DacrVerifier.builder().build();

    private Outcome grade(DacrVerifier verifier, String questionId, String answer) {
        return verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, Fixtures.withAnswer(questionId, answer))
                .answers().get(Integer.parseInt(questionId.substring(1)) - 1).outcome();
    }

    @Test
    void containmentCreditsADigitOfThePercentage() {
        assertEquals(Outcome.PASS, grade(lenient, "q3", "3"));
    }

    @Test
    void numericRuleAcceptsWithinOnePercent() {
        assertEquals(Outcome.PASS, grade(lenient, "q5", "27.2"));
    }

    @Test
    void numericRuleRejectsOnePercentOrMore() {
        assertEquals(Outcome.FAIL, grade(lenient, "q2", "1680640000"));
    }

    @Test
    void numericRuleReadsTheLongestNumericPrefixAsParseFloatDoes() {
        // Kept "1664000001-2": DACR-Bench's parseFloat reads 1664000001, within 1 % of the gold;
        // no containment or token rule applies, so only the numeric rule can pass it.
        assertEquals(Outcome.PASS, grade(lenient, "q2", "1,664,000,001-2"));
        assertEquals(Outcome.PASS, grade(lenient, "q2", "1664000000.5.7"));
    }

    @Test
    void numericRuleFindsNoNumberInALoneSignOrPoint() {
        assertEquals(Outcome.FAIL, grade(lenient, "q2", "-.-"));
    }

    @Test
    void aLeadingArticleGoesWithAllTheWhitespaceAfterIt() {
        assertEquals(Outcome.PASS, grade(lenient, "q1", "the \t Kelmara-based carrier"));
    }

    @Test
    void aliasMatches() {
        assertEquals(Outcome.PASS, grade(lenient, "q1", "the Kelmara-based carrier"));
    }

    @Test
    void tokenF1OfAtLeastPointEightMatches() {
        // Tokens {ana, ruiz, jr, x} against {ana, ruiz}: F1 = 4/6 < 0.8, so this one fails …
        assertEquals(Outcome.FAIL, grade(lenient, "q4", "ruiz ana jr x"));
    }

    @Test
    void repeatedTokensCountOnceInTokenF1AsDacrBenchsSetsCountThem() {
        // DACR-Bench's evaluator compares token sets: {ruiz, ana} against {ana, ruiz} is F1 = 1. Counted
        // as a multiset, the four tokens would give F1 = 2·2 / (4 + 2) < 0.8 and fail.
        assertEquals(Outcome.PASS, grade(lenient, "q4", "Ruiz Ana Ana Ana"));
    }

    @Test
    void reorderedTokensMatchByF1() {
        assertEquals(Outcome.PASS, grade(lenient, "q4", "Ruiz Ana"));
    }

    @Test
    void emptyAnswerIsNoAnswer() {
        assertEquals(Outcome.NO_ANSWER, grade(lenient, "q1", " "));
    }

    @Test
    void bothModesCanBeReportedSideBySide() {
        assertEquals(Outcome.FAIL, grade(strict, "q4", "Ruiz Ana"));
    }
}
