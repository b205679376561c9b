package io.dacr.core.miner;

import io.dacr.api.spi.ChatMessage;
import io.dacr.core.session.SubmitResult;
import java.util.ArrayList;
import java.util.List;

/** The attempt loop: reply, grade, show the feedback with the previous reply, try again. */
final class SelfRefineStrategy implements Strategy {

    static final SelfRefineStrategy INSTANCE = new SelfRefineStrategy();

    private SelfRefineStrategy() {
    }

    @Override
    public String name() {
        return "self-refine";
    }

    @Override
    public void solve(MiningContext context) {
        List<ChatMessage> conversation = new ArrayList<>(context.prompts().messages(context.challenge()));
        while (context.attemptsLeft() > 0) {
            Reply reply = Conversations.askUntilReadable(context, conversation);
            if (reply == null) {
                return;
            }
            if (!(context.submit(reply) instanceof SubmitResult.Accepted accepted)
                    || accepted.verdict().passed() || accepted.attemptsLeft() == 0) {
                return;
            }
            conversation.add(ChatMessage.assistant(reply.text()));
            conversation.add(context.prompts().feedbackMessage(accepted.feedback(), accepted.attemptsLeft()));
        }
    }
}
