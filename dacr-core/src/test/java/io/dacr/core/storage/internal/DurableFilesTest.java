package io.dacr.core.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableFilesTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryIsForcedOnPlatformsThatCanOpenOne() throws IOException {
        assumeFalse(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows"));

        assertTrue(DurableFiles.syncDirectory(dir));
    }

    @Test
    void forcingAMissingDirectoryIsAnError() {
        assertThrows(NoSuchFileException.class, () -> DurableFiles.syncDirectory(dir.resolve("missing")));
    }

    @Test
    void missingParentsAreCreated() throws IOException {
        Path deep = dir.resolve("a").resolve("b").resolve("c");

        DurableFiles.createDirectories(deep);
        DurableFiles.createDirectories(deep);

        assertTrue(Files.isDirectory(deep));
    }

    @Test
    void aPathThroughAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");

        assertThrows(IOException.class, () -> DurableFiles.createDirectories(file.resolve("below")));
        assertFalse(Files.isDirectory(file));
    }

    @Test
    void openingCreatesTheFileOnceAndReopeningKeepsItsBytes() throws IOException {
        Path file = dir.resolve("ledger").resolve("journal.bin");
        try (FileChannel ch = DurableFiles.openDurably(file)) {
            ch.write(ByteBuffer.wrap("kept".getBytes(StandardCharsets.US_ASCII)));
        }

        try (FileChannel ch = DurableFiles.openDurably(file)) {
            assertEquals(4, ch.size());
        }
        assertEquals("kept", Files.readString(file));
        assertFalse(Files.exists(dir.resolve("journal.bin")));
    }
}
