package io.dacr.core.miner;

import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.ParseFailure;
import io.dacr.core.session.AttemptStore;
import io.dacr.core.session.StoredAttempts;
import java.util.ArrayList;
import java.util.List;

/** An attempt store and a parse-failure log in lists, for tests that do not look at files. */
final class Recorded implements AttemptStore, ParseFailureLog {

    private final List<AttemptRecord> attempts = new ArrayList<>();
    private final List<ParseFailure> failures = new ArrayList<>();

    @Override
    public synchronized void append(AttemptRecord record) {
        attempts.add(record);
    }

    @Override
    public synchronized StoredAttempts readAll() {
        return new StoredAttempts(List.copyOf(attempts), 0);
    }

    @Override
    public synchronized void append(ParseFailure failure) {
        failures.add(failure);
    }

    synchronized List<AttemptRecord> attempts() {
        return List.copyOf(attempts);
    }

    synchronized List<ParseFailure> parseFailures() {
        return List.copyOf(failures);
    }
}
