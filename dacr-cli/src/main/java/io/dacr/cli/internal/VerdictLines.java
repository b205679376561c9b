package io.dacr.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.Verdict;

/** The line {@code dacr verify} prints for one verdict, as text or as JSON. */
final class VerdictLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VerdictLines() {
    }

    /**
     * @param verdict a verdict
     * @return {@code OUTCOME CHALLENGE_ID REASON} and a line feed; the reason's line breaks folded
     */
    static String text(Verdict verdict) {
        return verdict.outcome() + " " + oneLine(verdict.challengeId()) + " " + oneLine(verdict.reason()) + "\n";
    }

    /**
     * @param verdict a verdict
     * @return one JSON object (challengeId, passed, outcome, the counts, the trace's outcome and the
     *     reason) and a line feed
     */
    static String json(Verdict verdict) {
        ObjectNode node = JSON.createObjectNode();
        node.put("challengeId", verdict.challengeId());
        node.put("passed", verdict.passed());
        node.put("outcome", verdict.outcome().name());
        node.put("constraintsPassed", verdict.passedConstraints());
        node.put("constraints", verdict.constraints().size());
        node.put("answersCorrect", verdict.correctAnswers());
        node.put("answers", verdict.answers().size());
        node.put("trace", verdict.trace().outcome().name());
        node.put("reason", verdict.reason());
        // Jackson escapes control characters, so a hostile reason cannot break the line.
        return node.toString() + "\n";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\R", " ");
    }
}
