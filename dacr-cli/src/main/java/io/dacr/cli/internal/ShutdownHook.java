package io.dacr.cli.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the long work of a command ({@code dacr mine}, {@code run}, {@code bench}) under a JVM shutdown
 * hook, so that Ctrl-C or SIGTERM stop it cleanly: the hook asks the work to stop, then waits (at most
 * {@value #WAIT_SECONDS} seconds) until it has returned, so that what it recorded is complete.
 */
final class ShutdownHook {

    /** How long the hook waits for the work to return before the JVM goes on exiting. */
    static final int WAIT_SECONDS = 10;

    private ShutdownHook() {
    }

    /**
     * @param threadName the name of the hook's thread
     * @param stop asks the work to stop; runs on the hook's thread
     * @param work the work
     * @param <T> what the work returns
     * @return what the work returned
     */
    static <T> T around(String threadName, Runnable stop, Supplier<T> work) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.run();
            try {
                finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, threadName);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.get();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: the JVM is exiting anyway.
            }
        }
    }
}
