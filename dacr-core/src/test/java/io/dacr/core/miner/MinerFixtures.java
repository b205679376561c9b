package io.dacr.core.miner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.GenerationSpec;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import io.dacr.core.verify.Fixtures;

/** Copies of the verifier's fixture under other challenge ids, and replies in the prompt's format. */
final class MinerFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MinerFixtures() {
    }

    /** The fixture challenge and key under the id of index {@code index}. */
    static MiningTask task(int index) {
        ChallengeId id = ChallengeId.issue(1, "airlines", GenerationSpec.preset("standard"), "test", index,
                Secret.ofUtf8("fixture secret, not for production"));
        Challenge c = Fixtures.CHALLENGE;
        AnswerKey k = Fixtures.KEY;
        return new MiningTask(
                new Challenge(id, c.domainId(), c.generatorVersion(), c.paragraphs(), c.questions(), c.constraints(),
                        c.traceRules(), c.hashes()),
                new AnswerKey(id, k.facts(), k.answers(), k.constraintValues(), k.traps(), k.grounding(), k.provenance()));
    }

    static MiningTask task() {
        return new MiningTask(Fixtures.CHALLENGE, Fixtures.KEY);
    }

    /** A passing reply: the oracle submission in the reply format. */
    static String passing() {
        return reply(Fixtures.oracle());
    }

    /** A reply that fails: three of five answers wrong. */
    static String failing() {
        return reply(Fixtures.failing());
    }

    /** The submission as the prompt asks a model to reply, inside a code fence with prose around it. */
    static String reply(Submission s) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode answers = root.putObject("answers");
        for (QuestionAnswer a : s.answers()) {
            ObjectNode o = answers.putObject(a.questionId());
            o.put("answer", a.answer());
            if (a.citation() != null) {
                o.put("citation", a.citation());
            }
            if (a.confidence() != null) {
                o.put("confidence", a.confidence());
            }
        }
        root.put("artifact", s.artifact());
        ArrayNode trace = root.putArray("trace");
        for (TraceStep step : s.trace()) {
            ObjectNode o = trace.addObject();
            o.put("type", step.type());
            if (step instanceof ExtractFactStep e) {
                o.put("targetEntity", e.targetEntity()).put("attribute", e.attribute())
                        .put("valueExtracted", e.valueExtracted()).put("source", e.source());
            } else if (step instanceof ComputeStep c) {
                o.put("op", c.op());
                c.inputs().forEach(o.putArray("inputs")::add);
                o.put("result", c.result());
            }
        }
        return "Here is my answer.\n```json\n" + root.toPrettyString() + "\n```";
    }
}
