package io.dacr.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.api.Submission;
import io.dacr.core.miner.PromptBuilder;
import io.dacr.core.reward.CompletionParser;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Exported training rows answer the harness prompt in the reply format it asks for
 * ({@link PromptBuilder#reply}); the strict reward parser must read every such reply back as the
 * submission it was written from, whatever text the submission holds.
 */
class HarnessReplyRoundTripTest {

    @Property(tries = 300)
    void theStrictParserReadsEveryReplyBackAsItsSubmission(@ForAll("submissions") Submission s) {
        String reply = PromptBuilder.standard().reply(s);

        assertEquals(s, CompletionParser.strictJson().parse(reply, s.challengeId()));
    }

    @Provide
    Arbitrary<Submission> submissions() {
        return ValueArbitraries.submission();
    }
}
