package io.dacr.cli.internal;

import io.dacr.api.Challenge;
import io.dacr.api.Constraint;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.spi.ChatMessage;
import io.dacr.core.dataset.PromptRenderer;

import java.util.List;
import java.util.Locale;

/**
 * The prompt {@code dacr export} writes into training rows: the public challenge (paragraphs with their
 * ids, questions with their answer types, constraints, trace rules) and the submission format. Rows
 * name its version, so data made under it is never mistaken for data made under another prompt.
 */
final class CliPrompt {

    /** The version rows carry. */
    static final String VERSION = "dacr-cli-prompt-1";

    private static final String SYSTEM = "You solve DACR reading-and-reasoning challenges. Read the whole document: "
            + "values may be corrected, restated, estimated or hearsay, and entities go by aliases. Reply with one "
            + "JSON object and nothing else: {\"artifact\": one line meeting every constraint, \"answers\": "
            + "[{\"questionId\", \"answer\", \"citation\" (a paragraph id), \"confidence\" (0 to 1)}], \"trace\": "
            + "[{\"type\": \"extract_fact\", \"targetEntity\", \"attribute\", \"valueExtracted\", \"source\" (a "
            + "paragraph id)} or {\"type\": \"compute_logic\", \"op\", \"inputs\", \"result\"}]}.";

    private CliPrompt() {
    }

    static PromptRenderer renderer() {
        return PromptRenderer.of(VERSION, CliPrompt::messages);
    }

    static List<ChatMessage> messages(Challenge c) {
        StringBuilder user = new StringBuilder();
        user.append("Challenge ").append(c.id()).append(" (domain ").append(c.domainId()).append(")\n\nDocument:\n");
        for (Paragraph p : c.paragraphs()) {
            user.append('[').append(p.id()).append("] ").append(p.text()).append('\n');
        }
        user.append("\nQuestions:\n");
        for (Question q : c.questions()) {
            user.append(q.id()).append(" (").append(q.answerFormat().type().name().toLowerCase(Locale.ROOT));
            if (q.answerFormat().unit() != null && !q.answerFormat().unit().isEmpty()) {
                user.append(", in ").append(q.answerFormat().unit());
            }
            user.append("): ").append(q.text()).append('\n');
        }
        user.append("\nConstraints on the artifact:\n");
        for (Constraint k : c.constraints()) {
            user.append(k.id()).append(": ").append(k.text()).append('\n');
        }
        user.append("\nTrace: ").append(c.traceRules().minSteps()).append(" to ").append(c.traceRules().maxSteps())
                .append(" steps; operations: ").append(String.join(", ", c.traceRules().operations())).append(".\n");
        return List.of(ChatMessage.system(SYSTEM), ChatMessage.user(user.toString()));
    }
}
