package io.dacr.core.miner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Challenge;
import io.dacr.api.Constraint;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.core.reward.CompletionParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import io.dacr.api.spi.ChatMessage;
import io.dacr.core.verify.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptBuilderTest {

    private static final Challenge CHALLENGE = Fixtures.CHALLENGE;
    private final PromptBuilder prompts = PromptBuilder.standard();

    private String userText() {
        return prompts.messages(CHALLENGE).get(1).content();
    }

    @Test
    void theOpeningIsASystemMessageThenAUserMessage() {
        List<ChatMessage> messages = prompts.messages(CHALLENGE);
        assertEquals(2, messages.size());
        assertEquals(ChatMessage.Role.SYSTEM, messages.get(0).role());
        assertEquals(ChatMessage.Role.USER, messages.get(1).role());
    }

    @Test
    void everyParagraphAppearsWithItsId() {
        String text = userText();
        for (Paragraph p : CHALLENGE.paragraphs()) {
            assertTrue(text.contains("[" + p.id() + "] " + p.text()), p.id());
        }
    }

    @Test
    void everyQuestionAndConstraintAppearsWithItsId() {
        String text = userText();
        for (Question q : CHALLENGE.questions()) {
            assertTrue(text.contains(q.id() + " (") && text.contains(q.text()), q.id());
            assertTrue(text.contains("\"" + q.id() + "\": {\"answer\""), "reply format lists " + q.id());
        }
        for (Constraint c : CHALLENGE.constraints()) {
            assertTrue(text.contains(c.id() + " (" + c.kind().wireName() + "): " + c.text()), c.id());
        }
    }

    @Test
    void theTraceRulesAndOperationsAreStated() {
        String text = userText();
        assertTrue(text.contains("3 to 200 steps"));
        assertTrue(text.contains("extract_fact") && text.contains("compute_logic"));
        assertTrue(text.contains("add, sum, subtract"));
    }

    @Test
    void numericQuestionsNameTheirUnit() {
        assertTrue(userText().contains("answer: a number in USD"));
    }

    @Test
    void theSameChallengeGivesTheSamePrompt() {
        assertEquals(prompts.messages(CHALLENGE), PromptBuilder.standard().messages(CHALLENGE));
    }

    @Test
    void theVersionIsTheDeclaredConstant() {
        assertEquals(PromptBuilder.PROMPT_VERSION, prompts.version());
        assertFalse(prompts.version().isBlank());
    }

    @Test
    void feedbackMessageCarriesTheFeedbackAndAttemptsLeft() {
        ChatMessage m = prompts.feedbackMessage("FAIL: constraints 5/6 passed", 1);
        assertEquals(ChatMessage.Role.USER, m.role());
        assertTrue(m.content().contains("FAIL: constraints 5/6 passed"));
        assertTrue(m.content().contains("1 attempt left"));
    }

    @Test
    void parseFailureMessageSaysTheReplyWasNotGraded() {
        ChatMessage m = prompts.parseFailureMessage("no JSON object found");
        assertTrue(m.content().contains("no JSON object found") && m.content().contains("not graded"));
    }

    @Test
    void theReplyIsWrittenInTheFormatThePromptAsksFor() throws Exception {
        Submission oracle = Fixtures.oracle();
        JsonNode reply = new ObjectMapper().readTree(prompts.reply(oracle));

        assertEquals(List.of("answers", "artifact", "trace"), names(reply));
        assertTrue(reply.get("answers").isObject());
        List<String> ids = new ArrayList<>();
        oracle.answers().forEach(a -> ids.add(a.questionId()));
        assertEquals(ids, names(reply.get("answers")));
        for (QuestionAnswer a : oracle.answers()) {
            JsonNode written = reply.get("answers").get(a.questionId());
            assertEquals(a.answer(), written.get("answer").asText());
            assertEquals(a.citation() != null, written.has("citation"), a.questionId());
            if (a.citation() != null) {
                assertEquals(a.citation(), written.get("citation").asText());
            }
            assertEquals(a.confidence() != null, written.has("confidence"), a.questionId());
            assertFalse(written.has("questionId"));
        }
        assertEquals(oracle.artifact(), reply.get("artifact").asText());
        assertEquals(oracle.trace().size(), reply.get("trace").size());
        assertFalse(prompts.reply(oracle).contains("\n"), "one line");
    }

    @Test
    void theReplyReadsBackAsTheSameSubmissionWithNothingRepaired() {
        Submission oracle = Fixtures.oracle();
        String reply = prompts.reply(oracle);

        ParsedReply tolerant = ResponseParser.standard().parse(oracle.challengeId(), reply);
        assertEquals(new ParsedReply.Readable(oracle, List.of()), tolerant);
        assertEquals(oracle, CompletionParser.strictJson().parse(reply, oracle.challengeId()));
    }

    @Test
    void aSubmissionAnsweringOneQuestionTwiceIsWrittenWithItsAnswersAsAListAndLosesNeither() throws Exception {
        Submission oracle = Fixtures.oracle();
        List<QuestionAnswer> twice = new ArrayList<>(oracle.answers());
        twice.add(new QuestionAnswer(twice.get(0).questionId(), "a second answer", null, null));
        Submission s = new Submission(oracle.challengeId(), oracle.artifact(), twice, oracle.trace());

        String reply = prompts.reply(s);

        assertTrue(new ObjectMapper().readTree(reply).get("answers").isArray());
        assertEquals(s, CompletionParser.strictJson().parse(reply, s.challengeId()));
        ParsedReply tolerant = ResponseParser.standard().parse(s.challengeId(), reply);
        assertTrue(tolerant instanceof ParsedReply.Readable r && r.submission().answers().containsAll(twice), tolerant.toString());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
