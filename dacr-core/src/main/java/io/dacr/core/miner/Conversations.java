package io.dacr.core.miner;

import io.dacr.api.spi.ChatMessage;
import java.util.List;

/** Steps the shipped strategies share. */
final class Conversations {

    private Conversations() {
    }

    /**
     * Asks, and while the reply is unreadable and parse retries are left, shows the model its reply and
     * the problem and asks again. The conversation grows by each exchange.
     *
     * @return the readable reply, or null if none came
     */
    static Reply askUntilReadable(MiningContext context, List<ChatMessage> conversation) {
        while (true) {
            Reply reply = context.ask(conversation);
            if (reply.parsed() instanceof ParsedReply.Unreadable unreadable) {
                if (context.parseRetriesLeft() <= 0) {
                    return null;
                }
                conversation.add(ChatMessage.assistant(reply.text()));
                conversation.add(context.prompts().parseFailureMessage(unreadable.problem()));
                continue;
            }
            return reply;
        }
    }
}
