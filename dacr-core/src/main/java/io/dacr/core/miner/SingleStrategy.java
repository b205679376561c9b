package io.dacr.core.miner;

import io.dacr.api.spi.ChatMessage;
import java.util.ArrayList;
import java.util.List;

/** One readable reply, one attempt. */
final class SingleStrategy implements Strategy {

    static final SingleStrategy INSTANCE = new SingleStrategy();

    private SingleStrategy() {
    }

    @Override
    public String name() {
        return "single";
    }

    @Override
    public void solve(MiningContext context) {
        List<ChatMessage> conversation = new ArrayList<>(context.prompts().messages(context.challenge()));
        Reply reply = Conversations.askUntilReadable(context, conversation);
        if (reply != null) {
            context.submit(reply);
        }
    }
}
