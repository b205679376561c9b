package io.dacr.core.miner;

import io.dacr.api.internal.Checks;
import io.dacr.core.miner.internal.ReplyReader;

/**
 * Reads a model's reply as a submission, tolerating what models do to JSON: code fences, prose before
 * and after the object, a {@code <think>} block, single quotes, unquoted keys, trailing commas, comments,
 * numbers where strings belong, answers given as bare values, a list of answers instead of an object.
 * A reply that holds no JSON object with answers is {@link ParsedReply.Unreadable}: the harness records
 * it as a parse failure, never as a wrong answer.
 *
 * <p>Format expected (see {@link PromptBuilder}):
 * <pre>{@code
 * {"answers": {"q1": {"answer": "Kelmara Air", "citation": "paragraph_3", "confidence": 0.9}, ...},
 *  "artifact": "one line", "trace": [{"type": "extract_fact", ...}, {"type": "compute_logic", ...}]}
 * }</pre>
 *
 * <p>Thread-safe and stateless.
 */
public final class ResponseParser {

    /** Replies longer than this (in chars) are not searched for JSON: no model answers a challenge so verbosely. */
    public static final int MAX_REPLY_CHARS = 2_000_000;

    private static final ResponseParser STANDARD = new ResponseParser();

    private ResponseParser() {
    }

    /** @return the parser */
    public static ResponseParser standard() {
        return STANDARD;
    }

    /**
     * @param challengeId the text form of the challenge id the reply answers (the submission carries it)
     * @param reply the model's reply, as received
     * @return the submission read from it, or why none could be
     * @throws IllegalArgumentException if an argument is null
     */
    public ParsedReply parse(String challengeId, String reply) {
        Checks.notNull(challengeId, "challengeId");
        Checks.notNull(reply, "reply");
        if (reply.length() > MAX_REPLY_CHARS) {
            return new ParsedReply.Unreadable("the reply is " + reply.length() + " characters long, more than the "
                    + MAX_REPLY_CHARS + " searched for JSON");
        }
        ReplyReader.Result result = ReplyReader.read(challengeId, reply);
        return result.submission() != null ? new ParsedReply.Readable(result.submission(), result.repairs())
                : new ParsedReply.Unreadable(result.problem());
    }
}
