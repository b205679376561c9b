package io.dacr.core.miner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Challenge;
import io.dacr.api.Constraint;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
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
}
