package io.dacr.server.internal;

import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.session.AttemptStore;
import io.dacr.core.session.StoredAttempts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Attempt records in PostgreSQL, next to the coordinator state: one row per attempt holding the
 * record's JSON ({@link DocumentFormat#ATTEMPT_RECORD}), in the order recorded.
 */
public final class PostgresAttemptStore implements AttemptStore {

    private final PostgresStateStore state;

    /**
     * @param state the state store whose database (and migrated schema) it shares
     */
    public PostgresAttemptStore(PostgresStateStore state) {
        this.state = state;
    }

    @Override
    public void append(AttemptRecord record) {
        String json = DacrJson.writeString(DocumentFormat.ATTEMPT_RECORD, record);
        state.run(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO coord_attempts (record) VALUES (?)")) {
                p.setString(1, json);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public StoredAttempts readAll() {
        List<AttemptRecord> records = state.run(c -> {
            List<AttemptRecord> all = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT record FROM coord_attempts ORDER BY seq");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    all.add(DacrJson.read(DocumentFormat.ATTEMPT_RECORD, rs.getString(1)));
                }
            }
            return all;
        });
        return new StoredAttempts(records, 0);
    }
}
