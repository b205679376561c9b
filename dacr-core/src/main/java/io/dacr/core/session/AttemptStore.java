package io.dacr.core.session;

import io.dacr.core.json.AttemptRecord;
import java.io.UncheckedIOException;

/**
 * Where a session records its accepted attempts. Implementations are safe for concurrent use by many
 * sessions.
 */
public interface AttemptStore {

    /**
     * Records one attempt durably before returning (as far as the store promises durability).
     *
     * @param record the attempt and its trapped questions
     * @throws UncheckedIOException if it cannot be recorded
     */
    void append(AttemptRecord record);

    /**
     * @return every record so far, in the order recorded, and what could not be read
     * @throws UncheckedIOException if the store cannot be read
     */
    StoredAttempts readAll();
}
