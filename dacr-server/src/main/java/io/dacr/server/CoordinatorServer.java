package io.dacr.server;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running coordinator on the JDK's HTTP server. Closing it stops accepting and closes connections at
 * once, then waits (up to 5 s) for handlers in progress to finish their work: every state change is
 * atomic, so what a handler did is complete even if its answer no longer reaches the client, and a retry
 * with the same idempotency key gets that answer.
 */
public final class CoordinatorServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private CoordinatorServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static CoordinatorServer start(HttpHandler handler, InetSocketAddress address, int threads) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "dacr-coordinator-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService executor = Executors.newFixedThreadPool(threads, factory);
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        return new CoordinatorServer(server, executor);
    }

    /** @return the bound address (with the actual port when 0 was asked for) */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** @return the bound port */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Blocks until {@link #close()} is called from another thread.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops the server. */
    @Override
    public void close() {
        // stop(n > 0) always waits the whole n seconds on JDK 17.
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }
}
