package io.dacr.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.dacr.api.AnswerFormat;
import io.dacr.api.AnswerKey;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.CheckResult;
import io.dacr.api.ComputeStep;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintValue;
import io.dacr.api.ContentHashes;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Fact;
import io.dacr.api.GenerationSpec;
import io.dacr.api.GoldAnswer;
import io.dacr.api.GroundedMention;
import io.dacr.api.GroundingIndex;
import io.dacr.api.Paragraph;
import io.dacr.api.Provenance;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.ReasoningHop;
import io.dacr.api.Submission;
import io.dacr.api.Tolerance;
import io.dacr.api.TraceRules;
import io.dacr.api.Trap;
import io.dacr.api.Verdict;
import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.Receipt;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns values into the plain Java trees that {@code CanonicalJson} writes: DACR's value types through
 * their codecs, Jackson trees member by member.
 */
public final class PlainTree {

    private static final Map<Class<?>, Codec<?>> CODECS = Map.ofEntries(
            Map.entry(ChallengeId.class, ChallengeCodecs.CHALLENGE_ID),
            Map.entry(Paragraph.class, ChallengeCodecs.PARAGRAPH),
            Map.entry(Tolerance.class, ChallengeCodecs.TOLERANCE),
            Map.entry(AnswerFormat.class, ChallengeCodecs.ANSWER_FORMAT),
            Map.entry(Question.class, ChallengeCodecs.QUESTION),
            Map.entry(Constraint.class, ChallengeCodecs.CONSTRAINT),
            Map.entry(TraceRules.class, ChallengeCodecs.TRACE_RULES),
            Map.entry(ContentHashes.class, ChallengeCodecs.CONTENT_HASHES),
            Map.entry(Challenge.class, ChallengeCodecs.CHALLENGE),
            Map.entry(Fact.class, AnswerKeyCodecs.FACT),
            Map.entry(ReasoningHop.class, AnswerKeyCodecs.REASONING_HOP),
            Map.entry(GoldAnswer.class, AnswerKeyCodecs.GOLD_ANSWER),
            Map.entry(ConstraintValue.class, AnswerKeyCodecs.CONSTRAINT_VALUE),
            Map.entry(Trap.class, AnswerKeyCodecs.TRAP),
            Map.entry(GroundedMention.class, AnswerKeyCodecs.GROUNDED_MENTION),
            Map.entry(GroundingIndex.class, AnswerKeyCodecs.GROUNDING_INDEX),
            Map.entry(GenerationSpec.class, AnswerKeyCodecs.GENERATION_SPEC),
            Map.entry(Provenance.class, AnswerKeyCodecs.PROVENANCE),
            Map.entry(AnswerKey.class, AnswerKeyCodecs.ANSWER_KEY),
            Map.entry(QuestionAnswer.class, SubmissionCodecs.QUESTION_ANSWER),
            Map.entry(ExtractFactStep.class, SubmissionCodecs.TRACE_STEP),
            Map.entry(ComputeStep.class, SubmissionCodecs.TRACE_STEP),
            Map.entry(Submission.class, SubmissionCodecs.SUBMISSION),
            Map.entry(CheckResult.class, VerdictCodecs.CHECK_RESULT),
            Map.entry(Verdict.class, VerdictCodecs.VERDICT),
            Map.entry(Instant.class, VerdictCodecs.INSTANT),
            Map.entry(Duration.class, VerdictCodecs.DURATION),
            Map.entry(Attempt.class, VerdictCodecs.ATTEMPT),
            Map.entry(Receipt.class, RewardCodecs.RECEIPT),
            Map.entry(Allocation.class, RewardCodecs.ALLOCATION),
            Map.entry(Distribution.class, RewardCodecs.DISTRIBUTION),
            Map.entry(Epoch.class, RewardCodecs.EPOCH));

    private PlainTree() {
    }

    /**
     * @param value a DACR value, a Jackson tree, a list or string-keyed map of such, or a JSON scalar
     *     (string, Integer, Long, BigInteger, BigDecimal, Boolean, null)
     * @return its plain tree
     * @throws IllegalArgumentException if some part has no JSON form (e.g. a Double, an unknown type)
     */
    public static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof JsonNode json) {
            return ofJson(json, "$");
        }
        if (value instanceof List<?> list) {
            List<Object> plain = new ArrayList<>(list.size());
            for (Object element : list) {
                plain.add(of(element));
            }
            return plain;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(k, of(v)));
            return plain;
        }
        @SuppressWarnings("unchecked")
        Codec<Object> codec = (Codec<Object>) CODECS.get(value.getClass());
        if (codec == null) {
            throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
        }
        return codec.encode(value);
    }

    private static Object ofJson(JsonNode json, String path) {
        switch (json.getNodeType()) {
            case OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> member : json.properties()) {
                    members.put(member.getKey(), ofJson(member.getValue(), path + "." + member.getKey()));
                }
                return members;
            }
            case ARRAY -> {
                List<Object> elements = new ArrayList<>(json.size());
                for (int i = 0; i < json.size(); i++) {
                    elements.add(ofJson(json.get(i), path + "[" + i + "]"));
                }
                return elements;
            }
            case STRING -> {
                return json.textValue();
            }
            case BOOLEAN -> {
                return json.booleanValue();
            }
            case NULL -> {
                return null;
            }
            case NUMBER -> {
                if (json.isFloatingPointNumber() && !json.isBigDecimal()) {
                    throw new IllegalArgumentException(path + ": binary floating point (" + json.numberType()
                            + ") has no canonical form; read JSON with USE_BIG_DECIMAL_FOR_FLOATS");
                }
                return json.isIntegralNumber() ? json.bigIntegerValue() : json.decimalValue();
            }
            default -> throw new IllegalArgumentException(path + ": a " + json.getNodeType() + " node has no JSON text form");
        }
    }
}
