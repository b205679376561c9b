package io.dacr.core.miner;

import io.dacr.api.internal.Checks;
import io.dacr.api.spi.ChatResponse;

/**
 * One reply of the model, as received and as read.
 *
 * @param response the back end's response: text, model, finish reason, token usage
 * @param parsed the submission read from the text, or why none could be (already recorded as a parse
 *     failure when unreadable)
 */
public record Reply(ChatResponse response, ParsedReply parsed) {

    /** Validates. */
    public Reply {
        Checks.notNull(response, "response");
        Checks.notNull(parsed, "parsed");
    }

    /** @return the reply's text as received */
    public String text() {
        return response.content();
    }

    /** @return true if a submission could be read from the reply */
    public boolean readable() {
        return parsed instanceof ParsedReply.Readable;
    }
}
