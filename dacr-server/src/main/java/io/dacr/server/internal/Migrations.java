package io.dacr.server.internal;

import io.dacr.api.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations of the coordinator's tables: {@code migrations/V<n>__<name>.sql} resources
 * applied in order, each in its own transaction, recorded in {@code coord_schema_version}. Instances that
 * start together serialise on an advisory lock, so each migration runs once.
 */
final class Migrations {

    /** The migrations, in order; a new one is appended, an applied one is never edited. */
    static final List<String> SCRIPTS = List.of("V1__coordinator_state.sql", "V2__retention.sql",
            "V3__retention_by_number.sql");

    /** Arbitrary, fixed: the advisory lock that serialises migrating instances. */
    private static final long LOCK_KEY = 0x64616372_636f6f72L;

    private Migrations() {
    }

    /**
     * @param c a connection, in auto-commit mode
     * @return the schema version after migrating
     * @throws SQLException if the database fails
     * @throws ConfigurationException if the database holds a newer schema than this release knows
     */
    static int migrate(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                lock.execute();
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS coord_schema_version (version integer PRIMARY KEY, script text NOT NULL)");
            }
            int current = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM coord_schema_version")) {
                rs.next();
                current = rs.getInt(1);
            }
            if (current > SCRIPTS.size()) {
                throw new ConfigurationException("the database holds coordinator schema version " + current
                        + ", newer than this release's " + SCRIPTS.size() + ": upgrade DACR");
            }
            for (int v = current + 1; v <= SCRIPTS.size(); v++) {
                String script = SCRIPTS.get(v - 1);
                try (Statement s = c.createStatement()) {
                    s.execute(read(script));
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO coord_schema_version (version, script) VALUES (?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, script);
                    p.executeUpdate();
                }
            }
            c.commit();
            return SCRIPTS.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration " + script + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
    }
}
