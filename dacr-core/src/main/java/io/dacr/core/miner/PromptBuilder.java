package io.dacr.core.miner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.AnswerFormat;
import io.dacr.api.Challenge;
import io.dacr.api.Constraint;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.TraceRules;
import io.dacr.api.internal.Checks;
import io.dacr.api.spi.ChatMessage;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.internal.Mappers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The prompts the miner harness shows a model: the challenge (document with paragraph ids, questions,
 * constraints, trace rules and the required JSON reply format), the feedback after a graded attempt,
 * and the notice after a reply that could not be read. The text is a pure function of its inputs
 * (no locale, no clock), so the same challenge always gives the same prompt, and every record names
 * the {@link #version()} that produced it. Exports of training data use the same builder, so the prompt
 * a model is trained on is the prompt it is mined with.
 *
 * <pre>{@code
 * PromptBuilder prompts = PromptBuilder.standard();
 * List<ChatMessage> conversation = new ArrayList<>(prompts.messages(challenge));  // system, user
 * conversation.add(ChatMessage.assistant(reply));
 * conversation.add(prompts.feedbackMessage("FAIL: constraints 5/6 passed, ...", 2));
 * }</pre>
 *
 * <p>Any change to the text must change {@link #PROMPT_VERSION}.
 */
public final class PromptBuilder {

    /** The version of the prompt text this class writes; recorded with every mined attempt. */
    public static final String PROMPT_VERSION = "dacr-prompt-1";

    private static final PromptBuilder STANDARD = new PromptBuilder();

    private static final String SYSTEM = String.join("\n",
            "You are a careful analyst. You read long documents closely and answer questions about them exactly.",
            "The documents contain traps: values that are later corrected or superseded, preliminary estimates "
                    + "followed by final figures, corrections that appear before the value they correct, "
                    + "unreliable sources repeating wrong values, counterfactual statements (what would have "
                    + "happened), entities with similar names, and facts stated only under an alias.",
            "Entities are often named by aliases (abbreviations, former names, descriptions); an alias is "
                    + "introduced somewhere in the document.",
            "Use only the document. Reply with a single JSON object in the required format and nothing else.");

    private PromptBuilder() {
    }

    /** @return the standard prompt builder, version {@value #PROMPT_VERSION} */
    public static PromptBuilder standard() {
        return STANDARD;
    }

    /** @return the prompt version, {@value #PROMPT_VERSION} */
    public String version() {
        return PROMPT_VERSION;
    }

    /**
     * @param challenge the public challenge
     * @return the opening conversation: a system message and a user message holding the whole challenge
     * @throws IllegalArgumentException if {@code challenge} is null
     */
    public List<ChatMessage> messages(Challenge challenge) {
        Checks.notNull(challenge, "challenge");
        return List.of(ChatMessage.system(SYSTEM), ChatMessage.user(challengeText(challenge)));
    }

    /**
     * A submission written as the reply this prompt asks for: {@code {"answers": {"q1": {"answer", "citation",
     * "confidence"}, ...}, "artifact", "trace"}}, compact, in the submission's order, without the fields the
     * prompt does not ask for ({@code schemaVersion}, {@code challengeId}; a missing citation or confidence
     * is left out). This is the assistant turn of exported training rows, so a model is trained to answer in
     * the format it is asked for. {@link ResponseParser} and the strict reward parser read it back as the
     * same submission. A submission that answers one question twice is written with its answers as a list
     * of {@code {"questionId", ...}} objects (as in the submission format), since an object cannot hold both.
     *
     * @param submission a submission
     * @return the reply text, one line of JSON
     * @throws IllegalArgumentException if {@code submission} is null
     */
    public String reply(Submission submission) {
        Checks.notNull(submission, "submission");
        ObjectNode written;
        try {
            written = (ObjectNode) Mappers.MAPPER.readTree(DacrJson.writeString(DocumentFormat.SUBMISSION, submission));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a written submission did not read back as JSON", e);
        }
        ObjectNode reply = Mappers.MAPPER.createObjectNode();
        JsonNode answers = written.get("answers");
        if (distinctQuestions(submission.answers())) {
            ObjectNode byQuestion = reply.putObject("answers");
            for (JsonNode answer : answers) {
                ObjectNode value = ((ObjectNode) answer).deepCopy();
                value.remove("questionId");
                byQuestion.set(answer.get("questionId").textValue(), value);
            }
        } else {
            reply.set("answers", answers);
        }
        reply.set("artifact", written.get("artifact"));
        reply.set("trace", written.get("trace"));
        try {
            return Mappers.MAPPER.writeValueAsString(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply tree could not be written", e);
        }
    }

    private static boolean distinctQuestions(List<QuestionAnswer> answers) {
        Set<String> seen = new HashSet<>();
        for (QuestionAnswer answer : answers) {
            if (!seen.add(answer.questionId())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The message shown after a graded attempt that did not pass, placed after the model's reply.
     *
     * @param feedback the feedback the session's policy allows, as recorded
     * @param attemptsLeft how many attempts remain, at least 1
     * @return a user message asking for a corrected reply in the same format
     * @throws IllegalArgumentException if {@code feedback} is null or {@code attemptsLeft} is not positive
     */
    public ChatMessage feedbackMessage(String feedback, int attemptsLeft) {
        Checks.notNull(feedback, "feedback");
        Checks.positive(attemptsLeft, "attemptsLeft");
        return ChatMessage.user("Your submission was graded. Feedback:\n" + feedback + "\n\n"
                + "You have " + attemptsLeft + (attemptsLeft == 1 ? " attempt" : " attempts") + " left. "
                + "Re-read the document, check each answer, the artifact constraints and the trace, and reply "
                + "with a corrected, complete JSON object in the same format.");
    }

    /**
     * The message shown after a reply that could not be read as the required JSON object.
     *
     * @param problem what was wrong with the reply, for the model to read
     * @return a user message asking for the reply again in the required format
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public ChatMessage parseFailureMessage(String problem) {
        Checks.notNull(problem, "problem");
        return ChatMessage.user("Your reply could not be read: " + problem + "\n"
                + "It was not graded. Reply again with exactly one JSON object in the required format.");
    }

    private static String challengeText(Challenge challenge) {
        StringBuilder s = new StringBuilder(64 * 1024);
        s.append("Challenge ").append(challenge.id()).append(" (domain ").append(challenge.domainId()).append(")\n\n");
        s.append("# Document\n\n");
        for (Paragraph p : challenge.paragraphs()) {
            s.append('[').append(p.id()).append("] ").append(p.text()).append("\n\n");
        }
        s.append("# Questions\n\n");
        for (Question q : challenge.questions()) {
            s.append(q.id()).append(" (").append(q.category().wireName()).append(", ").append(q.hops())
                    .append(q.hops() == 1 ? " hop" : " hops").append("; answer: ").append(describe(q.answerFormat()))
                    .append("): ").append(q.text()).append('\n');
        }
        s.append('\n');
        if (!challenge.constraints().isEmpty()) {
            s.append("# Artifact\n\n");
            s.append("Write an artifact: a single line of text (no line breaks). A word is a whitespace-separated "
                    + "token. It must satisfy every constraint:\n");
            for (Constraint c : challenge.constraints()) {
                s.append(c.id()).append(" (").append(c.kind().wireName()).append("): ").append(c.text()).append('\n');
            }
            s.append('\n');
        } else {
            s.append("# Artifact\n\nWrite an artifact: a single line of text summarising your answers.\n\n");
        }
        appendTraceRules(s, challenge.traceRules());
        appendReplyFormat(s, challenge);
        return s.toString();
    }

    private static String describe(AnswerFormat format) {
        return switch (format.type()) {
            case ENTITY -> "an entity name";
            case TEXT -> "text";
            case NUMBER -> format.unit().isEmpty() ? "a number" : "a number in " + format.unit();
        };
    }

    private static void appendTraceRules(StringBuilder s, TraceRules rules) {
        s.append("# Reasoning trace\n\n");
        s.append("Give the steps of your reasoning in order, ").append(rules.minSteps()).append(" to ")
                .append(rules.maxSteps()).append(" steps. Each step is one of:\n");
        s.append("- {\"type\": \"extract_fact\", \"targetEntity\": NAME, \"attribute\": ATTRIBUTE, "
                + "\"valueExtracted\": VALUE, \"source\": \"paragraph_N\"}: a fact read from the document; "
                + "source is the paragraph that states it");
        s.append(rules.citationsChecked() ? " (checked).\n" : ".\n");
        s.append("- {\"type\": \"compute_logic\", \"op\": OP, \"inputs\": [VALUE, ...], \"result\": VALUE}: a "
                + "computation, re-executed by the grader; OP is one of: ")
                .append(String.join(", ", rules.operations())).append(".\n");
        s.append("Values in a trace are plain numbers or names, written as strings.\n\n");
    }

    private static void appendReplyFormat(StringBuilder s, Challenge challenge) {
        s.append("# Reply format\n\n");
        s.append("Reply with one JSON object and nothing else:\n");
        s.append("{\n  \"answers\": {\n");
        List<Question> questions = challenge.questions();
        for (int i = 0; i < questions.size(); i++) {
            s.append("    \"").append(questions.get(i).id())
                    .append("\": {\"answer\": \"...\", \"citation\": \"paragraph_N\", \"confidence\": 0.0}")
                    .append(i + 1 < questions.size() ? ",\n" : "\n");
        }
        s.append("  },\n  \"artifact\": \"...\",\n  \"trace\": [ ... ]\n}\n");
        s.append("Each answer is one value only (never a list of candidates); citation is the paragraph that "
                + "supports it; confidence is a number from 0 to 1.\n");
    }
}
