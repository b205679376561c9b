package io.dacr.ledger.postgres.internal;

import io.dacr.api.LedgerException;
import io.dacr.api.LedgerException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: plain SQL resources applied in order, each recorded in the table
 * {@code dacr_schema_version}. Several instances starting together serialise on a transaction-level
 * advisory lock, so each migration runs once. A database whose schema is newer than this code knows is
 * refused rather than used.
 */
public final class SchemaMigrations {

    /** One migration: its version, what it does, its resource. */
    private record Migration(int version, String description, String resource) {
    }

    private static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "ledger tables", "migrations/V1__ledger_tables.sql"));

    /** The schema version this code writes and reads. */
    public static final int LATEST = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    /** Arbitrary, fixed: "dacrldg" in ASCII. */
    private static final long LOCK_KEY = 0x0064_6163_726c_6467L;

    private SchemaMigrations() {
    }

    /**
     * Brings the connection's current schema up to {@link #LATEST}.
     *
     * @param connection a connection, in auto-commit mode; left in auto-commit mode
     * @return the version found before migrating (0 for an empty schema)
     * @throws SQLException if a statement fails
     * @throws LedgerException if the schema is newer than this code
     */
    public static int migrate(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
            s.execute("create table if not exists dacr_schema_version ("
                    + "version integer primary key, description text not null)");
            int found;
            try (ResultSet r = s.executeQuery("select coalesce(max(version), 0) from dacr_schema_version")) {
                r.next();
                found = r.getInt(1);
            }
            if (found > LATEST) {
                throw new LedgerException(Reason.STORAGE, "the ledger schema is at version " + found
                        + ", newer than this DACR, which knows versions up to " + LATEST + "; upgrade DACR");
            }
            for (Migration m : MIGRATIONS) {
                if (m.version() > found) {
                    s.execute(script(m.resource()));
                    s.execute("insert into dacr_schema_version (version, description) values (" + m.version() + ", '"
                            + m.description() + "')");
                }
            }
            connection.commit();
            return found;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static String script(String resource) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream("/io/dacr/ledger/postgres/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("the migration " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the migration " + resource, e);
        }
    }
}
