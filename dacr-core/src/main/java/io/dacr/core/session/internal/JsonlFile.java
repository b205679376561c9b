package io.dacr.core.session.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
     * @param channel an open file
     * @return the position just after its last newline, or 0 if it has none
     * @throws IOException if it cannot be read
     */
    public static long endOfLastCompleteLine(FileChannel channel) throws IOException {
        long end = channel.size();
        ByteBuffer block = ByteBuffer.allocate(SCAN_BLOCK);
        while (end > 0) {
            long from = Math.max(0, end - SCAN_BLOCK);
            block.clear().limit((int) (end - from));
            long at = from;
            while (block.hasRemaining()) {
                int n = channel.read(block, at);
                if (n < 0) {
                    throw new IOException("file shrank while being scanned");
                }
                at += n;
            }
            for (int i = block.position() - 1; i >= 0; i--) {
                if (block.get(i) == NEWLINE) {
                    return from + i + 1;
                }
            }
            end = from;
        }
        return 0;
    }

    /**
     * @param channel an open file, positioned where to write
     * @param bytes what to write, all of it
     * @throws IOException if writing fails
     */
    public static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
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
