package io.dacr.core.storage.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files this JVM holds an exclusive lock on. A file lock belongs to the process: closing any channel
 * of a locked file releases the lock, even one opened only to find the file taken. So a store checks
 * here before it opens a second channel on a file, and refuses without touching it; the file lock then
 * only has to keep other processes out.
 */
public final class ProcessLocks {

    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private ProcessLocks() {
    }

    /** A file claimed by this JVM; closing gives it up. Idempotent. */
    public static final class Claim implements AutoCloseable {

        private final Path key;
        private boolean released;

        private Claim(Path key) {
            this.key = key;
        }

        @Override
        public synchronized void close() {
            if (!released) {
                released = true;
                HELD.remove(key);
            }
        }
    }

    /**
     * @param file a file in an existing directory (it need not exist itself)
     * @return the claim, or null if this JVM holds the file already (through any path to it)
     * @throws IOException if the file's directory cannot be resolved
     */
    public static Claim claim(Path file) throws IOException {
        Path key = file.toAbsolutePath().getParent().toRealPath().resolve(file.getFileName().toString());
        return HELD.add(key) ? new Claim(key) : null;
    }
}
