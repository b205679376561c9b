package io.dacr.core.miner;

import io.dacr.api.Question;
import io.dacr.api.Submission;
import io.dacr.api.internal.Checks;
import io.dacr.api.spi.ChatMessage;
import io.dacr.core.miner.internal.AnswerVote;
import java.util.ArrayList;
import java.util.List;

/** k samples of the opening prompt, a majority vote per question, one attempt. */
final class SelfConsistencyStrategy implements Strategy {

    static final int DEFAULT_SAMPLES = 5;

    private final int samples;

    SelfConsistencyStrategy(int samples) {
        Checks.requireArgument(samples >= 2, "self-consistency needs at least 2 samples, was %d", samples);
        this.samples = samples;
    }

    @Override
    public String name() {
        return "self-consistency-" + samples;
    }

    @Override
    public void solve(MiningContext context) {
        List<ChatMessage> opening = context.prompts().messages(context.challenge());
        List<Submission> readable = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            // Unreadable samples are recorded by the context and simply do not vote.
            Reply reply = context.ask(opening);
            if (reply.parsed() instanceof ParsedReply.Readable r) {
                readable.add(r.submission());
                texts.add(reply.text());
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        List<String> questionIds = context.challenge().questions().stream().map(Question::id).toList();
        AnswerVote.Result vote = AnswerVote.vote(questionIds, readable);
        Submission basis = readable.get(vote.representative());
        context.submit(new Submission(basis.challengeId(), basis.artifact(), vote.answers(), basis.trace()),
                texts.get(vote.representative()));
    }
}
