package io.dacr.core.reward.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.FormatException;
import io.dacr.api.Submission;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.internal.Mappers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strict JSON submission format, allowing one code fence, a missing envelope and the harness prompt's
 * answers object ({@code {"q1": {"answer", "citation", "confidence"}}}) in place of the answers list.
 */
public final class StrictSubmissionParser {

    private static final Pattern FENCE = Pattern.compile("\\A\\s*```[a-zA-Z]*\\s*\\n(.*)\\n\\s*```\\s*\\z", Pattern.DOTALL);

    private StrictSubmissionParser() {
    }

    /**
     * @param completion the model's text
     * @param challengeId the challenge it answers
     * @return the submission
     * @throws FormatException if it is not one
     */
    public static Submission parse(String completion, String challengeId) {
        String text = completion;
        Matcher fence = FENCE.matcher(text);
        if (fence.matches()) {
            text = fence.group(1);
        }
        JsonNode tree;
        try {
            tree = Mappers.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FormatException("submission", "$", "the completion is not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new FormatException("submission", "$", "the completion is not a JSON object", null);
        }
        ObjectNode object = (ObjectNode) tree;
        JsonNode id = object.get("challengeId");
        if (id != null && !(id.isTextual() && id.textValue().equals(challengeId))) {
            throw new FormatException("submission", "$.challengeId", "answers another challenge", null);
        }
        ObjectNode envelope = Mappers.MAPPER.createObjectNode();
        envelope.put("schemaVersion", DocumentFormat.SCHEMA_VERSION);
        envelope.put("challengeId", challengeId);
        object.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("schemaVersion") && !e.getKey().equals("challengeId")) {
                envelope.set(e.getKey(), e.getValue());
            }
        });
        if (object.has("schemaVersion")) {
            envelope.set("schemaVersion", object.get("schemaVersion"));
        }
        JsonNode answers = object.get("answers");
        if (answers != null && answers.isObject()) {
            envelope.set("answers", answerList((ObjectNode) answers));
        }
        return DacrJson.read(DocumentFormat.SUBMISSION, envelope.toString());
    }

    /** The prompt's {@code {"q1": {...}}} as the submission format's {@code [{"questionId": "q1", ...}]}. */
    private static ArrayNode answerList(ObjectNode byQuestion) {
        ArrayNode list = Mappers.MAPPER.createArrayNode();
        byQuestion.fields().forEachRemaining(e -> {
            String path = "$.answers['" + e.getKey() + "']";
            if (!e.getValue().isObject()) {
                throw new FormatException("submission", path, "an answer is an object {\"answer\", \"citation\", "
                        + "\"confidence\"}, found " + e.getValue().getNodeType().name().toLowerCase(java.util.Locale.ROOT), null);
            }
            if (e.getValue().has("questionId")) {
                throw new FormatException("submission", path + ".questionId",
                        "an answer keyed by its question does not name it again", null);
            }
            ObjectNode answer = list.addObject();
            answer.put("questionId", e.getKey());
            answer.setAll((ObjectNode) e.getValue());
        });
        return list;
    }
}
