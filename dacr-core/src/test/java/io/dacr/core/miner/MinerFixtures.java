package io.dacr.core.miner;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.core.verify.Fixtures;
import io.dacr.testkit.ChatCompletionsServer;

/** Copies of the verifier's fixture under other challenge ids, and replies in the prompt's format. */
final class MinerFixtures {

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
        return ChatCompletionsServer.replyText(s);
    }
}
