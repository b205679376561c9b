package io.dacr.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** A real PostgreSQL server for one test class, started by the test, with a fresh database per test on demand. */
final class EmbeddedDatabase implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start() throws IOException {
        return new EmbeddedDatabase(EmbeddedPostgres.start());
    }

    /** @return the server's default database, shared by whoever asks */
    DataSource shared() {
        return postgres.getPostgresDatabase();
    }

    /** @return a new, empty database of its own */
    DataSource fresh() throws SQLException {
        String name = "test_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return postgres.getDatabase("postgres", name);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
