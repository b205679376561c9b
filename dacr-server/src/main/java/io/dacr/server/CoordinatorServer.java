package io.dacr.server;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running coordinator on the JDK's HTTP server. Closing it stops accepting and closes connections at
 * once, then waits (up to 5 s) for handlers in progress to finish their work: every state change is
 * atomic, so what a handler did is complete even if its answer no longer reaches the client, and a retry
 * with the same idempotency key gets that answer.
 *
 * <p>A connection that takes longer than the coordinator's request timeout to send its request, or whose
 * answer is not written within the response timeout, is closed (see {@link Coordinator.Builder#requestTimeout}).
 */
public final class CoordinatorServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CoordinatorServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private CoordinatorServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** The JDK server's limit, in whole seconds, on reading one request (request line, headers, body). */
    static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";
    /** The JDK server's limit, in whole seconds, from a request read to its answer written. */
    static final String MAX_RESPONSE_TIME = "sun.net.httpserver.maxRspTime";

    static CoordinatorServer start(HttpHandler handler, InetSocketAddress address, int threads, Duration requestTimeout,
                                   Duration responseTimeout) {
        applyTimeouts(requestTimeout, responseTimeout);
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

    /**
     * Sets the JDK server's request and response time limits, unless they are set already. Without them a
     * client that sends a request slowly (one byte, then nothing) holds one of the handler threads for as
     * long as it keeps its connection open: the JDK server reads a request on the thread that then handles
     * it, so as many such clients as there are threads stop the coordinator. With them the connection is
     * closed once its time is up and the thread is free again.
     *
     * <p>The JDK reads these system properties once per JVM, when its first HTTP server is created. A value
     * the user set (e.g. {@code -Dsun.net.httpserver.maxReqTime=20}) is kept; so is the value of the first
     * coordinator started in the JVM, and a later one that asks for another value gets a warning.
     */
    static synchronized void applyTimeouts(Duration requestTimeout, Duration responseTimeout) {
        applyTimeout(MAX_REQUEST_TIME, requestTimeout);
        applyTimeout(MAX_RESPONSE_TIME, responseTimeout);
    }

    private static void applyTimeout(String property, Duration timeout) {
        String seconds = Long.toString(wholeSeconds(timeout));
        String set = System.getProperty(property);
        if (set == null) {
            System.setProperty(property, seconds);
        } else if (!set.strip().equals(seconds)) {
            LOG.warn("{} is {} s in this JVM already (the JDK reads it once); the coordinator's {} s is not applied",
                    property, set.strip(), seconds);
        }
    }

    /** @return the duration in whole seconds, rounded up: the JDK's unit for these limits */
    static long wholeSeconds(Duration d) {
        long seconds = d.getSeconds();
        return d.getNano() > 0 ? seconds + 1 : seconds;
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
