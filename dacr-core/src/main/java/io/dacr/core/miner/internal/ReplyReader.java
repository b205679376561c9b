package io.dacr.core.miner.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a model's reply as a submission; see {@code ResponseParser} for what it tolerates. */
public final class ReplyReader {

    /**
     * What a reply held.
     *
     * @param submission the submission read, or null if none
     * @param repairs what had to be tolerated, when a submission was read
     * @param problem why no submission was read, or null if one was
     */
    public record Result(Submission submission, List<String> repairs, String problem) {

        static Result readable(Submission submission, List<String> repairs) {
            return new Result(submission, repairs.stream().map(WellFormed::text).toList(), null);
        }

        static Result unreadable(String problem) {
            return new Result(null, List.of(), WellFormed.text(problem));
        }
    }

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // 35.50 stays 35.50: the answer is the model's text, not a normalised number.
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    private static final int MAX_TRIES = 256;
    private static final String THINK_OPEN = "<think>";
    private static final String THINK_CLOSE = "</think>";
    private static final Pattern FENCE = Pattern.compile("(?s)```[A-Za-z0-9_-]*[ \\t]*\\r?\\n?(.*?)```");
    private static final Pattern PARAGRAPH = Pattern.compile("(?i)paragraph[ _-]?(\\d{1,6})");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");
    /** q1, Q1, 1, q_1, q-1, "Question 1", question_1, "question #1". */
    private static final Pattern QUESTION = Pattern.compile("(?i)(?:q(?:uestion)?)?[ _#.-]{0,3}(\\d{1,4})");

    private ReplyReader() {
    }

    /**
     * @param challengeId the challenge the reply answers
     * @param reply the reply
     * @return the submission, or why there is none
     */
    public static Result read(String challengeId, String reply) {
        List<String> repairs = new ArrayList<>();
        String text = reply;
        int thinkEnd = text.lastIndexOf(THINK_CLOSE);
        if (thinkEnd >= 0) {
            // Everything up to the last </think> is reasoning, whether or not its <think> was sent (some chat
            // templates put the opening tag in the prompt, so the reply starts inside the block).
            text = text.substring(thinkEnd + THINK_CLOSE.length());
        }
        if (text.contains(THINK_OPEN)) {
            return Result.unreadable("the reply ends inside an unfinished <think> block");
        }
        // Candidates from every place (inside each code fence and in the whole text), by their position in
        // the reply: the last object with answers wins, wherever it is (models restate a draft before the
        // final answer, fenced or not), and a reply of a million tiny brace pairs costs at most MAX_TRIES parses.
        List<Candidate> candidates = new ArrayList<>();
        int unclosedAt = -1;
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            int offset = fence.start(1);
            JsonSpans.Found found = JsonSpans.find(fence.group(1));
            if (found.unclosedAt() >= 0 && unclosedAt < 0) {
                unclosedAt = offset + found.unclosedAt();
            }
            for (int[] span : found.spans()) {
                candidates.add(new Candidate(offset + span[0], offset + span[1], true));
            }
        }
        JsonSpans.Found whole = JsonSpans.find(text);
        if (whole.unclosedAt() >= 0 && unclosedAt < 0) {
            unclosedAt = whole.unclosedAt();
        }
        for (int[] span : whole.spans()) {
            candidates.add(new Candidate(span[0], span[1], false));
        }
        // Latest end first; of two ending at the same place, the fenced one (it is the tighter reading).
        candidates.sort(Comparator.comparingInt(Candidate::end).reversed()
                .thenComparing(Candidate::fenced, Comparator.reverseOrder())
                .thenComparing(Comparator.comparingInt(Candidate::start).reversed()));
        String lastProblem = null;
        int tries = 0;
        for (Candidate candidate : candidates) {
            if (tries++ >= MAX_TRIES) {
                break;
            }
            JsonNode chosen = null;
            try {
                chosen = objectWithAnswers(LENIENT.readTree(text.substring(candidate.start(), candidate.end())));
                if (chosen == null && lastProblem == null) {
                    lastProblem = "a JSON object was found but it has no \"answers\" member";
                }
            } catch (JsonProcessingException e) {
                if (lastProblem == null) {
                    lastProblem = "the JSON could not be read: " + firstLine(e.getOriginalMessage());
                }
            }
            if (chosen != null) {
                if (candidate.fenced()) {
                    repairs.add("read the JSON from a code fence");
                } else if (!text.strip().startsWith("{") || candidate.end() < text.stripTrailing().length()) {
                    repairs.add("ignored text around the JSON object");
                }
                Submission submission = submission(challengeId, chosen, repairs);
                return Result.readable(submission, repairs);
            }
        }
        if (lastProblem != null) {
            return Result.unreadable(lastProblem);
        }
        if (unclosedAt >= 0) {
            return Result.unreadable("the JSON object is never closed: the reply was probably cut off");
        }
        return Result.unreadable(text.isBlank() ? "the reply is empty" : "no JSON object in the reply");
    }

    /** Where a JSON object may be: [start, end) in the reply's text, and whether it was inside a code fence. */
    private record Candidate(int start, int end, boolean fenced) {
    }

    /** The node itself or the first object below it (breadth first) with an {@code answers} member. */
    private static JsonNode objectWithAnswers(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            JsonNode node = queue.removeFirst();
            if (node.isObject()) {
                if (member(node, "answers") != null) {
                    return node;
                }
                node.elements().forEachRemaining(queue::addLast);
            } else if (node.isArray()) {
                node.elements().forEachRemaining(queue::addLast);
            }
        }
        return null;
    }

    private static Submission submission(String challengeId, JsonNode object, List<String> repairs) {
        List<QuestionAnswer> answers = answers(member(object, "answers"), repairs);
        JsonNode artifactNode = member(object, "artifact");
        String artifact;
        if (artifactNode == null || artifactNode.isNull()) {
            repairs.add("no artifact given");
            artifact = "";
        } else {
            artifact = text(artifactNode).strip();
        }
        List<TraceStep> trace = trace(member(object, "trace", "reasoning_trace", "reasoningTrace", "steps"), repairs);
        return new Submission(challengeId, artifact, answers, trace);
    }

    private static List<QuestionAnswer> answers(JsonNode node, List<String> repairs) {
        List<QuestionAnswer> answers = new ArrayList<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                answers.add(answer(questionId(field.getKey()), field.getValue(), repairs));
            }
        } else if (node.isArray()) {
            int index = 0;
            for (JsonNode element : node) {
                index++;
                JsonNode id = element.isObject() ? member(element, "questionId", "question_id", "id", "question") : null;
                String questionId;
                if (id == null || !id.isValueNode()) {
                    questionId = "q" + index;
                    repairs.add("answer " + index + " has no question id: taken as q" + index);
                } else {
                    questionId = questionId(text(id));
                }
                answers.add(answer(questionId, element, repairs));
            }
        } else {
            repairs.add("\"answers\" is neither an object nor a list: no answers read");
        }
        return answers;
    }

    private static QuestionAnswer answer(String questionId, JsonNode value, List<String> repairs) {
        if (!value.isObject()) {
            return new QuestionAnswer(questionId, answerText(value, questionId, repairs), null, null);
        }
        JsonNode answer = member(value, "answer", "value");
        String text = answer == null ? "" : answerText(answer, questionId, repairs);
        return new QuestionAnswer(questionId, text, citation(member(value, "citation", "source", "paragraph"), repairs),
                confidence(member(value, "confidence"), questionId, repairs));
    }

    private static String answerText(JsonNode node, String questionId, List<String> repairs) {
        if (node.isArray()) {
            // Several candidates: kept as given, so the verifier grades them as such (a FAIL), not silently one.
            repairs.add(questionId + ": several values given as a list");
            List<String> parts = new ArrayList<>();
            node.forEach(e -> parts.add(text(e)));
            return String.join("; ", parts);
        }
        return text(node).strip();
    }

    private static String citation(JsonNode node, List<String> repairs) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode first = node;
        if (node.isArray()) {
            if (node.isEmpty()) {
                return null;
            }
            first = node.get(0);
            if (node.size() > 1) {
                repairs.add("only the first of several citations kept");
            }
        }
        String text = text(first).strip();
        Matcher m = PARAGRAPH.matcher(text);
        if (m.find()) {
            return "paragraph_" + Integer.parseInt(m.group(1));
        }
        if (DIGITS.matcher(text).matches()) {
            return "paragraph_" + Integer.parseInt(text);
        }
        return text.isEmpty() ? null : text;
    }

    private static BigDecimal confidence(JsonNode node, String questionId, List<String> repairs) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = text(node).strip();
        boolean percent = text.endsWith("%");
        if (percent) {
            text = text.substring(0, text.length() - 1).strip();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            repairs.add(questionId + ": confidence '" + text + "' is not a number: left out");
            return null;
        }
        if (percent || value.compareTo(BigDecimal.ONE) > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
            repairs.add(questionId + ": confidence read as a percentage");
            value = value.movePointLeft(2);
        }
        return value;
    }

    private static List<TraceStep> trace(JsonNode node, List<String> repairs) {
        List<TraceStep> steps = new ArrayList<>();
        if (node == null || node.isNull()) {
            repairs.add("no trace given");
            return steps;
        }
        if (!node.isArray()) {
            repairs.add("the trace is not a list: left out");
            return steps;
        }
        int index = 0;
        for (JsonNode step : node) {
            index++;
            TraceStep read = step.isObject() ? step(step) : null;
            if (read == null) {
                repairs.add("trace step " + index + " is neither extract_fact nor compute_logic: left out");
            } else {
                steps.add(read);
            }
        }
        return steps;
    }

    private static TraceStep step(JsonNode step) {
        JsonNode typeNode = member(step, "type");
        String type = typeNode == null ? "" : text(typeNode).strip().toLowerCase(Locale.ROOT);
        boolean compute = type.startsWith("compute") || type.isEmpty() && member(step, "op", "operation") != null;
        boolean extract = type.startsWith("extract") || type.isEmpty() && !compute
                && member(step, "valueExtracted", "value_extracted", "value") != null;
        if (compute) {
            JsonNode inputs = member(step, "inputs", "operands");
            List<String> values = new ArrayList<>();
            if (inputs != null && inputs.isArray()) {
                inputs.forEach(i -> values.add(text(i).strip()));
            } else if (inputs != null && !inputs.isNull()) {
                values.add(text(inputs).strip());
            }
            return new ComputeStep(field(step, "op", "operation"), values, field(step, "result", "output"));
        }
        if (extract) {
            String source = field(step, "source", "citation", "paragraph");
            Matcher m = PARAGRAPH.matcher(source);
            if (m.find()) {
                source = "paragraph_" + Integer.parseInt(m.group(1));
            } else if (DIGITS.matcher(source).matches()) {
                source = "paragraph_" + Integer.parseInt(source);
            }
            return new ExtractFactStep(field(step, "targetEntity", "target_entity", "entity"),
                    field(step, "attribute"), field(step, "valueExtracted", "value_extracted", "value"), source);
        }
        return null;
    }

    private static String field(JsonNode object, String... names) {
        JsonNode node = member(object, names);
        return node == null || node.isNull() ? "" : text(node).strip();
    }

    /** The first of the named members present, compared without regard to case; null if none. */
    private static JsonNode member(JsonNode object, String... names) {
        for (String name : names) {
            JsonNode exact = object.get(name);
            if (exact != null) {
                return exact;
            }
        }
        Iterator<String> fieldNames = object.fieldNames();
        while (fieldNames.hasNext()) {
            String field = fieldNames.next();
            for (String name : names) {
                if (field.equalsIgnoreCase(name)) {
                    return object.get(field);
                }
            }
        }
        return null;
    }

    private static String questionId(String key) {
        String trimmed = WellFormed.text(key).strip();
        Matcher m = QUESTION.matcher(trimmed);
        return m.matches() ? "q" + Integer.parseInt(m.group(1)) : trimmed;
    }

    /**
     * A value node's text: strings as they are, numbers in plain decimal notation, others as JSON; always
     * well-formed UTF-16 (an unpaired surrogate, e.g. from the escape {@code "\ud83d"}, becomes U+FFFD), so
     * every string of the submission can be recorded.
     */
    private static String text(JsonNode node) {
        return WellFormed.text(rawText(node));
    }

    private static String rawText(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBigDecimal()) {
            BigDecimal value = node.decimalValue();
            // 1e999999 in plain notation would be a million digits: extreme exponents keep theirs.
            return Math.abs(value.scale()) > 64 ? value.toString() : value.toPlainString();
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        if (node.isNull()) {
            return "";
        }
        return node.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
