package io.dacr.server;

import io.dacr.api.internal.Checks;
import io.dacr.core.session.AttemptStore;
import io.dacr.core.session.JsonlAttemptStore;
import io.dacr.server.internal.FileStateStore;
import io.dacr.server.internal.PostgresAttemptStore;
import io.dacr.server.internal.PostgresStateStore;
import io.dacr.server.internal.StateStore;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * Where a coordinator keeps its sessions, solve indexes, idempotency keys, used sign-in nonces and
 * attempt records. One instance keeps them in a data directory; several instances that serve the same
 * miners share them in PostgreSQL, so that a miner who alternates between instances still gets at most
 * the allowed attempts per challenge, gapless solve indexes and one answer per idempotency key. The
 * ledger is separate (an {@link io.dacr.api.reward.EpochLedger} given to the coordinator): use the
 * PostgreSQL ledger with the PostgreSQL storage.
 *
 * <pre>{@code
 * CoordinatorStorage single = CoordinatorStorage.inDirectory(Path.of("coordinator-data"));
 * CoordinatorStorage shared = CoordinatorStorage.postgres(dataSource);
 * }</pre>
 */
public final class CoordinatorStorage implements AutoCloseable {

    private final StateStore state;
    private final AttemptStore attempts;
    private final String description;

    private CoordinatorStorage(StateStore state, AttemptStore attempts, String description) {
        this.state = state;
        this.attempts = attempts;
        this.description = description;
    }

    /**
     * Single-instance storage: {@code coordinator-state.jsonl} (an append-only log, each change forced to
     * disk before it is acknowledged, read line by line on opening and compacted to the live state once it
     * has grown well past it) and {@code attempts.jsonl} in the directory.
     *
     * @param directory the data directory; created if missing
     * @return the storage, with the state log replayed
     * @throws io.dacr.api.ConfigurationException if the directory cannot be used or the log is damaged
     */
    public static CoordinatorStorage inDirectory(Path directory) {
        Checks.notNull(directory, "directory");
        FileStateStore state = FileStateStore.open(directory);
        JsonlAttemptStore attempts;
        try {
            attempts = JsonlAttemptStore.open(directory.resolve("attempts.jsonl"));
        } catch (RuntimeException e) {
            state.close();
            throw e;
        }
        return new CoordinatorStorage(state, attempts, "directory " + directory);
    }

    /**
     * Shared storage in PostgreSQL. The schema ({@code coord_*} tables) is created or migrated on first
     * use; instances starting together migrate once.
     *
     * @param dataSource the database
     * @return the storage
     * @throws io.dacr.api.DacrException if the database cannot be reached or migrated
     */
    public static CoordinatorStorage postgres(DataSource dataSource) {
        Checks.notNull(dataSource, "dataSource");
        PostgresStateStore state = PostgresStateStore.open(dataSource, 16);
        return new CoordinatorStorage(state, new PostgresAttemptStore(state), "PostgreSQL");
    }

    StateStore state() {
        return state;
    }

    /** @return where accepted attempts are recorded, to read them back (exports, audits) */
    public AttemptStore attempts() {
        return attempts;
    }

    /** Closes the state store (file or connections) and the attempt store. */
    @Override
    public void close() {
        try {
            state.close();
        } finally {
            if (attempts instanceof Closeable closeable) {
                try {
                    closeable.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close the attempt store", e);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "CoordinatorStorage[" + description + "]";
    }
}
