package io.dacr.cli.internal.run;

import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.ParseFailure;
import io.dacr.core.miner.ParseFailureLog;
import io.dacr.core.session.AttemptStore;
import io.dacr.core.session.StoredAttempts;
import java.util.ArrayList;
import java.util.List;

/** Holds one challenge's records until the run commits them to its files together. */
final class MemoryStore implements AttemptStore, ParseFailureLog {

    private final List<AttemptRecord> records = new ArrayList<>();
    private final List<ParseFailure> failures = new ArrayList<>();

    @Override
    public synchronized void append(AttemptRecord record) {
        records.add(record);
    }

    @Override
    public synchronized void append(ParseFailure failure) {
        failures.add(failure);
    }

    @Override
    public synchronized StoredAttempts readAll() {
        return new StoredAttempts(records, 0);
    }

    /** @return what was recorded since the last call, and forgets it */
    synchronized ChallengeAttempts drain() {
        ChallengeAttempts all = new ChallengeAttempts(records, failures);
        records.clear();
        failures.clear();
        return all;
    }
}
