package io.dacr.testkit;

import io.dacr.api.Challenge;
import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Paragraph;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.TraceRules;
import io.dacr.api.TraceStep;
import io.dacr.api.internal.ScriptRule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The structural rules a submission must obey, written out independently of the arbitraries so the
 * arbitraries can be checked against them: {@link #defects} finds the rules of
 * {@link SubmissionDefect}, {@link #otherProblems} the rest (answers, citations, computations).
 */
final class StructuralRules {

    private StructuralRules() {
    }

    /**
     * @param challenge the challenge answered
     * @param submission the submission
     * @param artifactLimit the longest artifact allowed, in bytes of UTF-8
     * @return the defects the submission has
     */
    static Set<SubmissionDefect> defects(Challenge challenge, Submission submission, int artifactLimit) {
        Set<SubmissionDefect> defects = EnumSet.noneOf(SubmissionDefect.class);
        String artifact = submission.artifact();
        artifact.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (isLineBreak(cp)) {
                defects.add(SubmissionDefect.MULTI_LINE_ARTIFACT);
            } else if (type == Character.CONTROL) {
                defects.add(SubmissionDefect.CONTROL_CHARACTER);
            } else if (type == Character.FORMAT) {
                defects.add(SubmissionDefect.INVISIBLE_CHARACTER);
            }
        });
        for (String word : words(artifact)) {
            boolean printable = word.codePoints().noneMatch(cp -> isLineBreak(cp)
                    || Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT);
            if (printable && ScriptRule.firstViolation(word).isPresent()) {
                defects.add(SubmissionDefect.MIXED_SCRIPT_WORD);
            }
        }
        if (artifact.getBytes(StandardCharsets.UTF_8).length > artifactLimit) {
            defects.add(SubmissionDefect.OVERSIZE_ARTIFACT);
        }
        TraceRules rules = challenge.traceRules();
        if (submission.trace().size() < rules.minSteps()) {
            defects.add(SubmissionDefect.TRACE_TOO_SHORT);
        }
        if (submission.trace().size() > rules.maxSteps()) {
            defects.add(SubmissionDefect.TRACE_TOO_LONG);
        }
        return defects;
    }

    /**
     * @param challenge the challenge answered
     * @param submission the submission
     * @return what is wrong besides the {@link SubmissionDefect}s: the challenge id, one answer per
     *     question in order, citations of existing paragraphs, confidences in [0, 1], numeric answers
     *     that parse, allowed operations with right results
     */
    static List<String> otherProblems(Challenge challenge, Submission submission) {
        List<String> problems = new ArrayList<>();
        if (!submission.challengeId().equals(challenge.id().toString())) {
            problems.add("answers another challenge: " + submission.challengeId());
        }
        List<String> paragraphIds = challenge.paragraphs().stream().map(Paragraph::id).toList();
        if (submission.answers().size() != challenge.questions().size()) {
            problems.add(submission.answers().size() + " answers to " + challenge.questions().size() + " questions");
        }
        for (int i = 0; i < Math.min(submission.answers().size(), challenge.questions().size()); i++) {
            QuestionAnswer answer = submission.answers().get(i);
            var question = challenge.questions().get(i);
            if (!answer.questionId().equals(question.id())) {
                problems.add("answer " + i + " is to " + answer.questionId() + ", expected " + question.id());
            }
            if (!paragraphIds.contains(answer.citation())) {
                problems.add("answer " + answer.questionId() + " cites " + answer.citation());
            }
            if (answer.confidence() != null
                    && (answer.confidence().signum() < 0 || answer.confidence().compareTo(BigDecimal.ONE) > 0)) {
                problems.add("answer " + answer.questionId() + " has confidence " + answer.confidence());
            }
            if (question.answerFormat().type() == io.dacr.api.AnswerType.NUMBER && !isNumber(answer.answer())) {
                problems.add("answer " + answer.questionId() + " is not a number: " + answer.answer());
            }
        }
        for (TraceStep step : submission.trace()) {
            if (step instanceof ExtractFactStep extract && !paragraphIds.contains(extract.source())) {
                problems.add("trace cites " + extract.source());
            }
            if (step instanceof ComputeStep compute) {
                if (!challenge.traceRules().operations().contains(compute.op())) {
                    problems.add("trace uses the operation " + compute.op() + ", not allowed");
                } else if (!compute.result().equals(recompute(compute))) {
                    problems.add("trace computes " + compute + " wrongly");
                }
            }
        }
        return problems;
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR || isLineBreak(cp)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String recompute(ComputeStep step) {
        BigInteger a = new BigInteger(step.inputs().get(0));
        BigInteger b = new BigInteger(step.inputs().get(1));
        return switch (step.op()) {
            case "add" -> a.add(b).toString();
            case "subtract" -> a.subtract(b).toString();
            case "multiply" -> a.multiply(b).toString();
            case "max" -> a.max(b).toString();
            case "min" -> a.min(b).toString();
            default -> "(not recomputed: " + step.op() + ")";
        };
    }
}
