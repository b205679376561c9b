package io.dacr.core.reward;

import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.verify.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RewardFunctionTest {

    private static final RewardFunction REWARD = RewardFunction.builder().build();

    static String completion(io.dacr.api.Submission s) {
        return DacrJson.writeString(DocumentFormat.SUBMISSION, s);
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void theOracleSubmissionEarnsOne() {
        RewardBreakdown r = REWARD.reward(Fixtures.CHALLENGE, Fixtures.KEY, completion(Fixtures.oracle()));

        assertDecimal("1", r.reward());
        assertEquals("pass", r.outcome());
    }

    @Test
    void twoOfFiveAnswersRightWithEverythingElseValidEarnsSevenTenths() {
        RewardBreakdown r = REWARD.reward(Fixtures.CHALLENGE, Fixtures.KEY, completion(Fixtures.failing()));

        assertDecimal("0.4", r.answers());
        assertDecimal("1", r.constraints());
        assertDecimal("1", r.trace());
        assertDecimal("0.7", r.reward());   // 0.5 x 0.4 + 0.2 + 0.2 + 0.1
        assertEquals("fail", r.outcome());
    }

    @Test
    void textThatIsNotASubmissionEarnsZeroWithAReason() {
        RewardBreakdown r = REWARD.reward(Fixtures.CHALLENGE, Fixtures.KEY, "I think the answer is Kelmara Air.");

        assertDecimal("0", r.reward());
        assertDecimal("0", r.format());
        assertEquals("malformed", r.outcome());
    }

    @Test
    void aSubmissionInACodeFenceWithoutItsEnvelopeIsRead() {
        String bare = completion(Fixtures.oracle())
                .replace("\"schemaVersion\":1,\"challengeId\":\"" + Fixtures.ID + "\",", "");

        RewardBreakdown r = REWARD.reward(Fixtures.CHALLENGE, Fixtures.KEY, "```json\n" + bare + "\n```");

        assertDecimal("1", r.reward());
    }

    @Test
    void aCompletionInTheHarnessPromptsReplyFormatIsRead() {
        String reply = io.dacr.core.miner.PromptBuilder.standard().reply(Fixtures.oracle());

        assertDecimal("1", REWARD.reward(Fixtures.CHALLENGE, Fixtures.KEY, reply).reward());
    }

    @Test
    void anAnswerKeyedByItsQuestionMustBeAnObjectThatDoesNotNameItAgain() {
        String notAnObject = "{\"answers\": {\"q1\": \"Kelmara Air\"}, \"artifact\": \"x\", \"trace\": []}";
        String namedTwice = "{\"answers\": {\"q1\": {\"questionId\": \"q2\", \"answer\": \"Kelmara Air\"}}, "
                + "\"artifact\": \"x\", \"trace\": []}";

        RewardBreakdown first = REWARD.reward(Fixtures.CHALLENGE, Fixtures.KEY, notAnObject);
        RewardBreakdown second = REWARD.reward(Fixtures.CHALLENGE, Fixtures.KEY, namedTwice);

        assertDecimal("0", first.reward());
        assertEquals("malformed", first.outcome());
        assertDecimal("0", second.reward());
        assertEquals("malformed", second.outcome());
        io.dacr.api.FormatException e = assertThrows(io.dacr.api.FormatException.class,
                () -> CompletionParser.strictJson().parse(notAnObject, Fixtures.ID.toString()));
        assertTrue(e.getMessage().contains("$.answers['q1']"), e.getMessage());
        e = assertThrows(io.dacr.api.FormatException.class,
                () -> CompletionParser.strictJson().parse(namedTwice, Fixtures.ID.toString()));
        assertTrue(e.getMessage().contains("does not name it again"), e.getMessage());
    }

    @Test
    void aSubmissionForAnotherChallengeEarnsZero() {
        String other = completion(Fixtures.oracle()).replace(Fixtures.ID.toString(), "someone-elses-challenge");

        assertDecimal("0", REWARD.reward(Fixtures.CHALLENGE, Fixtures.KEY, other).reward());
    }

    @Test
    void aCompletionOverTheCapEarnsZero() {
        RewardFunction small = RewardFunction.builder().maxCompletionChars(10).build();

        RewardBreakdown r = small.reward(Fixtures.CHALLENGE, Fixtures.KEY, completion(Fixtures.oracle()));

        assertDecimal("0", r.reward());
    }

    @Test
    void aTolerantParserCanBePluggedIn() {
        RewardFunction tolerant = RewardFunction.builder()
                .parser((text, id) -> Fixtures.oracle()).build();

        assertDecimal("1", tolerant.reward(Fixtures.CHALLENGE, Fixtures.KEY, "anything").reward());
    }

    @Test
    void weightsMustSumToOne() {
        BigDecimal half = new BigDecimal("0.5");

        assertThrows(IllegalArgumentException.class, () -> new RewardWeights(half, half, half, BigDecimal.ZERO));
    }
}
