package io.dacr.cli.internal;

import io.dacr.api.AnswerFormat;
import io.dacr.api.AnswerKey;
import io.dacr.api.AnswerType;
import io.dacr.api.Challenge;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintValue;
import io.dacr.api.GoldAnswer;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.Tolerance;
import io.dacr.api.TraceRules;
import io.dacr.api.Trap;
import java.util.List;
import java.util.Locale;

/**
 * A challenge as a person reads it ({@code dacr show}): the document by paragraph, then questions,
 * constraints and trace rules, and, given the answer key, gold answers, constraint values and traps.
 * Prose is wrapped at {@value #WIDTH} columns; every line ends with {@code \n}.
 */
final class ChallengeText {

    /** The column prose is wrapped at. */
    static final int WIDTH = 100;
    private static final String INDENT = "    ";

    private ChallengeText() {
    }

    /**
     * @param challenge the challenge
     * @param key its answer key, or null to show the public part only
     * @return the text
     */
    static String render(Challenge challenge, AnswerKey key) {
        StringBuilder text = new StringBuilder();
        text.append("challenge ").append(challenge.id()).append('\n');
        text.append("domain ").append(challenge.domainId()).append(", generator version ")
                .append(challenge.generatorVersion()).append('\n');

        heading(text, "DOCUMENT", challenge.paragraphs().size(), "paragraph");
        for (Paragraph p : challenge.paragraphs()) {
            text.append('[').append(p.id()).append("]\n");
            wrap(text, p.text(), INDENT);
            text.append('\n');
        }

        heading(text, "QUESTIONS", challenge.questions().size(), "question");
        for (Question q : challenge.questions()) {
            text.append(q.id()).append("  ").append(q.category().wireName()).append(", ").append(q.hops())
                    .append(q.hops() == 1 ? " hop" : " hops").append('\n');
            wrap(text, q.text(), INDENT);
            wrap(text, "answer: " + answerFormat(q.answerFormat()), INDENT);
            if (key != null && key.answer(q.id()) != null) {
                GoldAnswer gold = key.answer(q.id());
                wrap(text, "gold: " + gold.canonical()
                        + (gold.acceptedForms().isEmpty() ? "" : " (also accepted: " + String.join("; ", gold.acceptedForms()) + ")")
                        + (gold.trapId() == null ? "" : "; targets trap " + gold.trapId()), INDENT);
            }
            text.append('\n');
        }

        heading(text, "CONSTRAINTS", challenge.constraints().size(), "constraint");
        for (Constraint c : challenge.constraints()) {
            text.append(c.id()).append("  ").append(c.kind().wireName())
                    .append(c.questionRefs().isEmpty() ? "" : ", from " + String.join(", ", c.questionRefs())).append('\n');
            wrap(text, c.text(), INDENT);
            ConstraintValue value = key == null ? null : constraintValue(key, c.id());
            if (value != null) {
                StringBuilder expected = new StringBuilder("expected:");
                value.expected().forEach((name, v) -> expected.append(' ').append(name).append('=').append(v));
                if (value.trappedValue() != null) {
                    expected.append("; a trapped solver derives ").append(value.trappedValue());
                }
                wrap(text, expected.toString(), INDENT);
            }
        }
        if (!challenge.constraints().isEmpty()) {
            text.append('\n');
        }

        TraceRules rules = challenge.traceRules();
        text.append("TRACE RULES\n");
        wrap(text, rules.minSteps() + " to " + rules.maxSteps() + " steps; citations "
                + (rules.citationsChecked() ? "checked against the paragraphs" : "not checked")
                + "; operations: " + String.join(", ", rules.operations()), INDENT);

        if (key != null) {
            text.append('\n');
            heading(text, "TRAPS", key.traps().size(), "trap");
            for (Trap t : key.traps()) {
                text.append(t.id()).append("  ").append(t.kind().wireName()).append(", fact ").append(t.targetFactId())
                        .append('\n');
                wrap(text, "wrong " + t.wrongValue() + ", correct " + t.correctValue() + "; in "
                        + String.join(", ", t.paragraphIds()) + "; cue: " + t.cue(), INDENT);
            }
        }
        return text.toString();
    }

    private static void heading(StringBuilder text, String title, int n, String noun) {
        text.append('\n').append(title).append(" (").append(n).append(' ').append(noun).append(n == 1 ? "" : "s")
                .append(")\n\n");
    }

    private static String answerFormat(AnswerFormat format) {
        String type = format.type().name().toLowerCase(Locale.ROOT);
        if (format.type() != AnswerType.NUMBER) {
            return type;
        }
        StringBuilder text = new StringBuilder(type);
        if (format.unit() != null && !format.unit().isEmpty()) {
            text.append(" in ").append(format.unit());
        }
        Tolerance tolerance = format.tolerance();
        if (tolerance != null) {
            if (tolerance.amount().signum() == 0) {
                text.append(", exact");
            } else if (tolerance.kind() == Tolerance.Kind.RELATIVE) {
                text.append(", within ").append(tolerance.amount().movePointRight(2).stripTrailingZeros().toPlainString())
                        .append("% of the true value");
            } else {
                text.append(", within ").append(tolerance.amount().toPlainString()).append(" of the true value");
            }
        }
        return text.toString();
    }

    private static ConstraintValue constraintValue(AnswerKey key, String constraintId) {
        for (ConstraintValue v : key.constraintValues()) {
            if (v.constraintId().equals(constraintId)) {
                return v;
            }
        }
        return null;
    }

    /**
     * Appends {@code prose} wrapped at {@link #WIDTH} columns, each line indented. Words are split at
     * whitespace only; a word longer than a line gets a line of its own.
     */
    static void wrap(StringBuilder text, String prose, String indent) {
        List<String> words = List.of(prose.strip().split("\\s+"));
        StringBuilder line = new StringBuilder(indent);
        for (String word : words) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                text.append(line).append('\n');
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        text.append(line).append('\n');
    }
}
