package io.dacr.server.internal;

import io.dacr.api.LedgerException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/**
 * A small bounded pool of JDBC connections, so that a request does not open a TCP connection to
 * PostgreSQL each time. Connections are validated when borrowed; a broken one is replaced.
 */
final class ConnectionPool implements AutoCloseable {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final int maxIdle;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(DataSource dataSource, int maxIdle) {
        this.dataSource = dataSource;
        this.maxIdle = maxIdle;
    }

    Connection borrow() throws SQLException {
        while (true) {
            Connection c;
            synchronized (this) {
                if (closed) {
                    throw new LedgerException("the coordinator's database connection pool is closed");
                }
                c = idle.pollFirst();
            }
            if (c == null) {
                return dataSource.getConnection();
            }
            if (c.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return c;
            }
            closeQuietly(c);
        }
    }

    void giveBack(Connection c) {
        boolean keep;
        synchronized (this) {
            keep = !closed && idle.size() < maxIdle;
            if (keep) {
                idle.addFirst(c);
            }
        }
        if (!keep) {
            closeQuietly(c);
        }
    }

    void discard(Connection c) {
        closeQuietly(c);
    }

    @Override
    public void close() {
        Deque<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(ConnectionPool::closeQuietly);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing to do about a connection that fails to close.
        }
    }
}
