package io.dacr.core.session;

import io.dacr.core.json.AttemptRecord;
import java.util.ArrayList;
import java.util.List;

/** An attempt store in a list, for tests that do not look at files. */
final class InMemoryStore implements AttemptStore {

    private final List<AttemptRecord> records = new ArrayList<>();

    @Override
    public synchronized void append(AttemptRecord record) {
        records.add(record);
    }

    @Override
    public synchronized StoredAttempts readAll() {
        return new StoredAttempts(List.copyOf(records), 0);
    }
}
