package io.dacr.core.miner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ResponseParserTest {

    private static final String ID = "dacr1.g1.test.x";
    private static final String STRICT = """
            {"answers": {"q1": {"answer": "Kelmara Air", "citation": "paragraph_3", "confidence": 0.9},
                         "q2": {"answer": "1664000000", "citation": "paragraph_1", "confidence": 0.8}},
             "artifact": "Kelmara Ana 41",
             "trace": [{"type": "extract_fact", "targetEntity": "KA", "attribute": "fleet_size",
                        "valueExtracted": "27", "source": "paragraph_4"},
                       {"type": "compute_logic", "op": "add", "inputs": ["27", "14"], "result": "41"}]}
            """;

    private final ResponseParser parser = ResponseParser.standard();

    private Submission readable(String reply) {
        return assertInstanceOf(ParsedReply.Readable.class, parser.parse(ID, reply)).submission();
    }

    private String unreadable(String reply) {
        return assertInstanceOf(ParsedReply.Unreadable.class, parser.parse(ID, reply)).problem();
    }

    @Test
    void aReplyInTheRequiredFormatIsReadWithoutRepairs() {
        ParsedReply.Readable r = assertInstanceOf(ParsedReply.Readable.class, parser.parse(ID, STRICT));
        assertEquals(List.of(), r.repairs());
        Submission s = r.submission();
        assertEquals(ID, s.challengeId());
        assertEquals("Kelmara Ana 41", s.artifact());
        assertEquals(new QuestionAnswer("q1", "Kelmara Air", "paragraph_3", new BigDecimal("0.9")), s.answers().get(0));
        assertEquals(new ExtractFactStep("KA", "fleet_size", "27", "paragraph_4"), s.trace().get(0));
        assertEquals(new ComputeStep("add", List.of("27", "14"), "41"), s.trace().get(1));
    }

    @Test
    void aCodeFencedReplyWithProseAroundItIsRead() {
        String reply = "Sure! Here is my analysis.\n```json\n" + STRICT + "```\nLet me know if you need more.";
        assertEquals(readable(STRICT), readable(reply));
    }

    @Test
    void proseAroundAnUnfencedObjectIsIgnored() {
        assertEquals(readable(STRICT), readable("After reading carefully {as asked}, my answer:\n" + STRICT + "\nDone."));
    }

    @Test
    void singleQuotesUnquotedKeysAndTrailingCommasAreTolerated() {
        String reply = "{answers: {'q1': {'answer': 'Kelmara Air', 'citation': 'paragraph_3',},}, "
                + "'artifact': 'Kelmara Ana 41', 'trace': [],}";
        Submission s = readable(reply);
        assertEquals("Kelmara Air", s.answers().get(0).answer());
        assertEquals("Kelmara Ana 41", s.artifact());
    }

    @Test
    void aThinkBlockBeforeTheAnswerIsSkipped() {
        String reply = "<think>maybe {\"answers\": {\"q1\": \"wrong\"}}</think>\n" + STRICT;
        assertEquals("Kelmara Air", readable(reply).answers().get(0).answer());
    }

    @Test
    void theLastObjectWithAnswersWinsOverAnEarlierDraft() {
        String reply = "Draft: {\"answers\": {\"q1\": \"Other Air\"}, \"artifact\": \"x\"}\nFinal: " + STRICT;
        assertEquals("Kelmara Air", readable(reply).answers().get(0).answer());
    }

    private static String object(String answer) {
        return "{\"answers\": {\"q1\": {\"answer\": \"" + answer + "\"}}, \"artifact\": \"" + answer.toLowerCase(java.util.Locale.ROOT)
                + "\", \"trace\": []}";
    }

    @Test
    void ofTwoFencedObjectsTheLastWins() {
        String reply = "First attempt:\n```json\n" + object("DRAFT") + "\n```\nWait, paragraph 7 corrects that. "
                + "Final answer:\n```json\n" + object("FINAL") + "\n```";
        Submission s = readable(reply);
        assertEquals("FINAL", s.answers().get(0).answer());
        assertEquals("final", s.artifact());
    }

    @Test
    void anUnfencedFinalObjectWinsOverAnEarlierFencedDraft() {
        String reply = "Draft:\n```json\n" + object("DRAFT") + "\n```\nCorrected final answer:\n" + object("FINAL");
        assertEquals("FINAL", readable(reply).answers().get(0).answer());
    }

    @Test
    void aFencedFinalObjectWinsOverAnEarlierUnfencedDraft() {
        String reply = "Draft: " + object("DRAFT") + "\nFinal:\n```json\n" + object("FINAL") + "\n```\nDone.";
        assertEquals("FINAL", readable(reply).answers().get(0).answer());
    }

    @Test
    void aClosingThinkTagWithoutItsOpeningTagEndsTheReasoning() {
        String reply = "Let me draft:\n```json\n" + object("DRAFT") + "\n```\nHmm.\n</think>\n\n" + object("FINAL");
        assertEquals("FINAL", readable(reply).answers().get(0).answer());
        String onlyReasoning = "Let me draft: " + object("DRAFT") + "\n</think>\nI cannot decide.";
        assertEquals("no JSON object in the reply", unreadable(onlyReasoning));
    }

    @Test
    void anApostropheInACommentDoesNotOpenAString() {
        String reply = "{\"answers\": {\"q1\": {\"answer\": \"FINAL\"}}, // it's the final figure\n"
                + " \"artifact\": \"a\", /* no {trace} steps */ \"trace\": []}";
        Submission s = readable(reply);
        assertEquals("FINAL", s.answers().get(0).answer());
        assertEquals("a", s.artifact());
    }

    @Test
    void questionKeysSpelledOutAreRead() {
        Submission s = readable("{\"answers\": {\"Question 1\": \"A\", \"question_2\": \"B\", \"Q-3\": \"C\", "
                + "\"question #4\": \"D\"}, \"artifact\": \"a\", \"trace\": []}");
        assertEquals(List.of("q1", "q2", "q3", "q4"), s.answers().stream().map(QuestionAnswer::questionId).toList());
    }

    @Test
    void unpairedSurrogatesBecomeReplacementCharactersInEveryString() {
        Submission s = readable("{\"answers\": {\"q1\": {\"answer\": \"bad \\ud83d\", \"citation\": \"x\\udc00\"}, "
                + "\"q\\ud83d\": \"k\"}, \"artifact\": \"art \\ud83d\\ude00 ok \\ude00\", "
                + "\"trace\": [{\"type\": \"extract_fact\", \"targetEntity\": \"E\\ud83d\", \"attribute\": \"a\", "
                + "\"valueExtracted\": \"1\", \"source\": \"paragraph_1\"}]}");
        assertEquals("bad \uFFFD", s.answers().get(0).answer());
        assertEquals("x\uFFFD", s.answers().get(0).citation());
        assertEquals("q\uFFFD", s.answers().get(1).questionId());
        assertEquals("art \uD83D\uDE00 ok \uFFFD", s.artifact(), "a paired surrogate (a whole emoji) is kept");
        assertEquals(new ExtractFactStep("E\uFFFD", "a", "1", "paragraph_1"), s.trace().get(0));
    }

    @Test
    void bareValuesNumbersAndLooseIdsAreRead() {
        Submission s = readable("{\"answers\": {\"Q2\": 1664000000, \"3\": 35.50}, \"artifact\": 41, \"trace\": []}");
        assertEquals(new QuestionAnswer("q2", "1664000000", null, null), s.answers().get(0));
        assertEquals(new QuestionAnswer("q3", "35.50", null, null), s.answers().get(1));
        assertEquals("41", s.artifact());
    }

    @Test
    void aListOfAnswersIsReadByTheirIds() {
        Submission s = readable("{\"answers\": [{\"question_id\": \"q2\", \"answer\": \"x\", \"citation\": 4}], "
                + "\"artifact\": \"a\", \"trace\": []}");
        assertEquals(new QuestionAnswer("q2", "x", "paragraph_4", null), s.answers().get(0));
    }

    @Test
    void citationsInLooseFormsBecomeParagraphIds() {
        Submission s = readable("{\"answers\": {\"q1\": {\"answer\": \"a\", \"citation\": \"[Paragraph 12]\"}}, "
                + "\"artifact\": \"a\", \"trace\": []}");
        assertEquals("paragraph_12", s.answers().get(0).citation());
    }

    @Test
    void aPercentageConfidenceIsReadAsAFraction() {
        Submission s = readable("{\"answers\": {\"q1\": {\"answer\": \"a\", \"confidence\": \"85%\"}, "
                + "\"q2\": {\"answer\": \"b\", \"confidence\": 70}}, \"artifact\": \"a\", \"trace\": []}");
        assertEquals(0, new BigDecimal("0.85").compareTo(s.answers().get(0).confidence()));
        assertEquals(0, new BigDecimal("0.70").compareTo(s.answers().get(1).confidence()));
    }

    @Test
    void severalCandidatesStayVisibleSoTheVerifierFailsThem() {
        Submission s = readable("{\"answers\": {\"q1\": [\"Kelmara Air\", \"Other Air\"]}, \"artifact\": \"a\"}");
        assertEquals("Kelmara Air; Other Air", s.answers().get(0).answer());
    }

    @Test
    void untypedTraceStepsAreRecognisedByTheirFields() {
        Submission s = readable("{\"answers\": {}, \"artifact\": \"a\", \"trace\": ["
                + "{\"entity\": \"KA\", \"attribute\": \"fleet\", \"value\": 27, \"source\": \"paragraph 4\"},"
                + "{\"operation\": \"add\", \"operands\": [27, 14], \"result\": 41}, \"junk\"]}");
        assertEquals(new ExtractFactStep("KA", "fleet", "27", "paragraph_4"), s.trace().get(0));
        assertEquals(new ComputeStep("add", List.of("27", "14"), "41"), s.trace().get(1));
        assertEquals(2, s.trace().size());
    }

    @Test
    void aMissingArtifactIsAnEmptyArtifactNotAFailure() {
        Submission s = readable("{\"answers\": {\"q1\": \"a\"}}");
        assertEquals("", s.artifact());
        assertEquals(List.of(), s.trace());
    }

    @Test
    void aWrapperObjectAroundTheAnswersIsSeenThrough() {
        assertEquals("Kelmara Air", readable("{\"result\": " + STRICT + "}").answers().get(0).answer());
    }

    @Test
    void proseWithoutJsonIsUnreadable() {
        assertEquals("no JSON object in the reply", unreadable("I believe the answer is Kelmara Air."));
    }

    @Test
    void anEmptyReplyIsUnreadable() {
        assertEquals("the reply is empty", unreadable("  \n"));
    }

    @Test
    void aReplyCutOffMidObjectIsUnreadable() {
        assertTrue(unreadable(STRICT.substring(0, STRICT.length() / 2)).contains("never closed"));
    }

    @Test
    void anObjectWithoutAnswersIsUnreadable() {
        assertTrue(unreadable("{\"artifact\": \"a\"}").contains("no \"answers\" member"));
    }

    @Test
    void anUnfinishedThinkBlockIsUnreadable() {
        assertTrue(unreadable("<think>still thinking {\"answers\": {}}").contains("<think>"));
    }

    @Test
    void aHugeExponentDoesNotExpandIntoDigits() {
        Submission s = readable("{\"answers\": {\"q1\": 1e999999}, \"artifact\": \"a\"}");
        assertTrue(s.answers().get(0).answer().length() < 20, s.answers().get(0).answer());
    }

    @Test
    void aCitationThatNamesNoParagraphIsKeptForTheVerifierToJudge() {
        Submission s = readable("{\"answers\": {\"q1\": {\"answer\": \"a\", \"citation\": \"the intro\"}}, \"artifact\": \"a\"}");
        assertEquals("the intro", s.answers().get(0).citation());
        assertNull(s.answers().get(0).confidence());
    }

    @Test
    void manyTinyObjectsBeforeTheAnswerAreNotAllParsed() {
        String noise = "{}".repeat(200_000);
        assertEquals("Kelmara Air", readable(noise + STRICT).answers().get(0).answer());
        assertTrue(unreadable(noise).contains("no \"answers\" member"));
    }

    @Property(tries = 300)
    void anyTextGivesAReadableOrUnreadableResultNeverAnException(@ForAll String text) {
        ParsedReply r = parser.parse(ID, text);
        assertTrue(r instanceof ParsedReply.Readable || r instanceof ParsedReply.Unreadable);
    }

    @Property(tries = 200)
    void anyTruncationOfAValidReplyNeverThrows(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 600) int cut) {
        String reply = "```json\n" + STRICT + "```";
        parser.parse(ID, reply.substring(0, Math.min(cut, reply.length())));
    }
}
