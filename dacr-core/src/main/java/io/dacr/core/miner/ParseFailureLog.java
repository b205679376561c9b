package io.dacr.core.miner;

import io.dacr.core.json.ParseFailure;

/** Where the harness records replies it could not read. Safe for concurrent use. */
public interface ParseFailureLog {

    /** A log that keeps nothing. */
    ParseFailureLog DISCARD = failure -> { };

    /**
     * @param failure the unreadable reply
     * @throws java.io.UncheckedIOException if it cannot be recorded
     */
    void append(ParseFailure failure);
}
