package io.dacr.core.session.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Byte-level JSON Lines handling: only newline-terminated lines count as written. */
public final class JsonlFile {

    private static final byte NEWLINE = '\n';
    private static final int SCAN_BLOCK = 8192;

    private JsonlFile() {
    }

    /**
     * The complete lines of a file and the size of what follows the last newline.
     *
     * @param complete the terminated lines, without their newline, decoded as UTF-8
     * @param ignoredTailBytes the bytes after the last newline
     */
    public record Lines(List<String> complete, long ignoredTailBytes) {
    }

    /**
     * @param file a JSON Lines file
     * @return its complete lines and the length of its unterminated tail
     * @throws IOException if it cannot be read, or a complete line is not UTF-8
     */
    public static Lines read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == NEWLINE) {
                lines.add(utf8(bytes, start, i - start));
                start = i + 1;
            }
        }
        return new Lines(lines, bytes.length - start);
    }

    /**
     * @param file an open file
     * @return the position just after its last newline, or 0 if it has none
     * @throws IOException if it cannot be read
     */
    public static long endOfLastCompleteLine(RandomAccessFile file) throws IOException {
        long end = file.length();
        byte[] block = new byte[SCAN_BLOCK];
        while (end > 0) {
            long from = Math.max(0, end - SCAN_BLOCK);
            int length = (int) (end - from);
            file.seek(from);
            file.readFully(block, 0, length);
            for (int i = length - 1; i >= 0; i--) {
                if (block[i] == NEWLINE) {
                    return from + i + 1;
                }
            }
            end = from;
        }
        return 0;
    }

    /**
     * @param file an open file
     * @param end where its complete lines end ({@link #endOfLastCompleteLine})
     * @return its first line, without the newline, decoded as UTF-8; null if {@code end} is 0
     * @throws IOException if it cannot be read or is not UTF-8
     */
    public static String firstCompleteLine(RandomAccessFile file, long end) throws IOException {
        if (end == 0) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] block = new byte[SCAN_BLOCK];
        long at = 0;
        while (at < end) {
            int length = (int) Math.min(SCAN_BLOCK, end - at);
            file.seek(at);
            file.readFully(block, 0, length);
            for (int i = 0; i < length; i++) {
                if (block[i] == NEWLINE) {
                    line.write(block, 0, i);
                    byte[] bytes = line.toByteArray();
                    return utf8(bytes, 0, bytes.length);
                }
            }
            line.write(block, 0, length);
            at += length;
        }
        throw new IOException("no newline before byte " + end);
    }

    /**
     * Appends one line at the file's position, or nothing: if the write (or the forcing to disk) fails,
     * the file is cut back to where the line began, so that no fragment is left for the next line to
     * be glued onto. {@link RandomAccessFile} writes are not interruptible, unlike a
     * {@link java.nio.channels.FileChannel}'s, which an interrupted caller closes for every other thread.
     *
     * @param file an open file, positioned at its end
     * @param line the bytes of the line, newline included
     * @param forceToDisk whether to wait until the line reaches the storage device
     * @throws IOException if writing failed; {@link UndoFailedException} if, in addition, cutting the
     *     fragment back failed, so the file must not be written again before it is reopened
     */
    public static void appendWhole(RandomAccessFile file, byte[] line, boolean forceToDisk) throws IOException {
        long start = file.getFilePointer();
        try {
            file.write(line);
            if (forceToDisk) {
                file.getFD().sync();
            }
        } catch (IOException e) {
            try {
                file.setLength(start);
                file.seek(start);
            } catch (IOException undo) {
                UndoFailedException failed = new UndoFailedException(e, start);
                failed.addSuppressed(undo);
                throw failed;
            }
            throw e;
        }
    }

    /** A failed append whose fragment could not be cut back: the file's end is unknown. */
    public static final class UndoFailedException extends IOException {

        private static final long serialVersionUID = 1L;

        UndoFailedException(IOException cause, long lineStart) {
            super("a write failed and the partial line after byte " + lineStart + " could not be removed", cause);
        }
    }

    private static String utf8(byte[] bytes, int offset, int length) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("a line is not valid UTF-8", e);
        }
    }
}
