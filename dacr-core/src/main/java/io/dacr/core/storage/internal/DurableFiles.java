package io.dacr.core.storage.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Makes the creation of a durable file itself durable. Forcing a file's bytes to the device does not
 * record its name: on POSIX file systems a new file (or directory) survives a power loss only once the
 * directory that names it has been forced too. The ledger journal and a force-to-disk attempt store
 * acknowledge writes only after {@code force}; without this, a crash soon after their first
 * acknowledged write could lose the whole file.
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    /**
     * Creates a directory and any missing parents, forcing each new name to the device.
     *
     * @param directory the directory
     * @throws IOException if a directory cannot be created or forced
     */
    public static void createDirectories(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        Files.createDirectories(absolute);
        for (Path created : missing) {
            syncDirectory(created.getParent());
        }
    }

    /**
     * Forces a directory's entries to the device, so that files created or renamed in it survive a
     * crash. Where the platform cannot open a directory for this (Windows), its file system records
     * names by other means and nothing is done.
     *
     * @param directory an existing directory
     * @return whether the directory was forced
     * @throws IOException if the directory was opened but could not be forced
     */
    public static boolean syncDirectory(Path directory) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(directory, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            if (Files.isDirectory(directory) && isWindows()) {
                return false;
            }
            throw e;
        }
        try (channel) {
            channel.force(true);
            return true;
        }
    }

    /**
     * Opens (creating if absent) a file for reading and writing, and forces its directory, so that the
     * file's name is on the device before anything written to it is acknowledged.
     *
     * @param file the file
     * @return the open channel
     * @throws IOException if the file cannot be opened or its directory forced
     */
    public static FileChannel openDurably(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        createDirectories(parent);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        // Every time, not only when this call created the file: an earlier open may have created it and
        // crashed before forcing the directory, leaving a name that is in the cache but not on the device.
        try {
            syncDirectory(parent);
        } catch (IOException e) {
            try {
                channel.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return channel;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
