package io.dacr.ledger.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server for all tests of this module, started on first use (about 4 s) and
 * stopped when the test JVM exits. Each caller gets a fresh schema of its own, so tests never see each
 * other's data.
 */
final class TestDatabase {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // The server's own durability is not under test: skipping its fsyncs makes the tests 3x faster.
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // The JVM is exiting; the server's data folder is temporary.
                }
            }));
        }
        return server;
    }

    /**
     * @param name a hint for the schema's name
     * @return a data source whose connections use a new, empty schema
     */
    static DataSource freshSchema(String name) {
        String schema = "t" + SCHEMAS.incrementAndGet() + "_" + name.replaceAll("[^a-z0-9]", "_");
        DataSource admin = server().getPostgresDatabase();
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema, e);
        }
        return server().getDatabase("postgres", "postgres", Map.of("currentSchema", schema));
    }
}
