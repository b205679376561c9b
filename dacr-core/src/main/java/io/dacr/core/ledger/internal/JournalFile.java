package io.dacr.core.ledger.internal;

import io.dacr.api.LedgerException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Reads a journal file from its start, hands each intact record to a consumer, and repairs a torn tail.
 *
 * <p>The first frame that is incomplete, has an impossible length, an unknown type or a failing
 * checksum ends the intact part. If no intact frame follows it anywhere in the file, it is the tail of
 * a write that a crash cut short: nothing after it was ever acknowledged (acknowledgement follows the
 * fsync of the whole batch), so the file is truncated there. If an intact frame does follow, the damage
 * is in the middle of acknowledged data: recovery refuses with {@link LedgerException.Reason#CORRUPTED},
 * naming the file and both offsets, and changes nothing.
 */
public final class JournalFile {

    private static final int CHUNK = 16 << 20;
    private static final int SCAN_WINDOW = 1 << 20;

    private JournalFile() {
    }

    /** Receives each intact record. */
    @FunctionalInterface
    public interface RecordConsumer {
        /**
         * @param offset the file offset of the record's frame
         * @param payload the payload, from position to limit; valid only during the call
         * @throws IllegalArgumentException if the record cannot be applied (the journal is corrupted)
         */
        void accept(long offset, ByteBuffer payload);
    }

    /**
     * The outcome of a recovery.
     *
     * @param records the intact records read
     * @param end the offset after the last intact record: where the next record goes
     * @param truncatedBytes the length of the torn tail that was cut off (0 if none)
     */
    public record Recovered(long records, long end, long truncatedBytes) {
    }

    /**
     * Checks or writes the header, then reads every record.
     *
     * @param channel the journal, open for reading and writing
     * @param file its path, for messages
     * @param consumer receives each intact record in file order
     * @return what was read and repaired
     * @throws IOException if the file cannot be read or repaired
     * @throws LedgerException ({@link LedgerException.Reason#CORRUPTED}) if the file is not a journal
     *     or is damaged before its end
     */
    public static Recovered recover(FileChannel channel, Path file, RecordConsumer consumer) throws IOException {
        long size = channel.size();
        byte[] header = JournalCodec.HEADER;
        if (size < header.length) {
            byte[] present = readFully(channel, 0, (int) size);
            if (!Arrays.equals(present, Arrays.copyOf(header, present.length))) {
                throw corrupted(file, 0, "it does not start with the journal header");
            }
            // A crash while the header was written: nothing else can have been.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(header), 0);
            channel.force(true);
            return new Recovered(0, header.length, present.length);
        }
        if (!Arrays.equals(readFully(channel, 0, header.length), header)) {
            throw corrupted(file, 0, "it does not start with the journal header of format version 1");
        }
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(size - header.length, 1)));
        long bufferStart = header.length;
        buffer.limit(0);
        long position = header.length;
        long records = 0;
        while (true) {
            int at = (int) (position - bufferStart);
            int available = buffer.limit() - at;
            if (available < JournalCodec.FRAME_HEADER + 1 || available < JournalCodec.FRAME_HEADER
                    + Math.max(1, Math.min(buffer.getInt(at), JournalCodec.MAX_PAYLOAD))) {
                if (bufferStart + buffer.limit() < size) {
                    buffer.position(at).compact();
                    bufferStart = position;
                    int filled = buffer.position();
                    int want = (int) Math.min(buffer.capacity() - filled, size - (bufferStart + filled));
                    buffer.limit(filled + want);
                    fill(channel, buffer, bufferStart + filled);
                    buffer.position(0);
                    continue;
                }
                if (available == 0) {
                    return new Recovered(records, position, 0);
                }
                return torn(channel, file, position, size, records, "its last record is incomplete");
            }
            int length = buffer.getInt(at);
            if (length < 1 || length > JournalCodec.MAX_PAYLOAD) {
                return torn(channel, file, position, size, records, "a record declares the impossible length " + length);
            }
            crc.reset();
            crc.update(buffer.array(), at + JournalCodec.FRAME_HEADER, length);
            if ((int) crc.getValue() != buffer.getInt(at + 4)) {
                return torn(channel, file, position, size, records, "a record fails its CRC32C checksum");
            }
            if (!JournalCodec.isKnownType(buffer.get(at + JournalCodec.FRAME_HEADER))) {
                return torn(channel, file, position, size, records, "a record has an unknown type");
            }
            ByteBuffer payload = buffer.slice(at + JournalCodec.FRAME_HEADER, length);
            try {
                consumer.accept(position, payload);
            } catch (IllegalArgumentException e) {
                // The checksum holds, so the bytes are as written: the record itself is wrong.
                throw corrupted(file, position, "an intact record cannot be applied: " + e.getMessage());
            }
            records++;
            position += JournalCodec.FRAME_HEADER + length;
        }
    }

    /** Truncates a torn tail, or refuses if intact records follow the damage. */
    private static Recovered torn(FileChannel channel, Path file, long damage, long size, long records, String why)
            throws IOException {
        long next = nextIntactFrame(channel, damage, size);
        if (next >= 0) {
            throw corrupted(file, damage, why + ", and intact records follow at offset " + next
                    + ", so this is damage inside acknowledged data, not a torn tail; nothing was changed."
                    + " Restore the file from a copy, or cut it at offset " + damage + " knowingly (losing what follows)");
        }
        channel.truncate(damage);
        channel.force(true);
        return new Recovered(records, damage, size - damage);
    }

    /** The offset of the first intact frame after {@code damage}, or -1. */
    static long nextIntactFrame(FileChannel channel, long damage, long size) throws IOException {
        CRC32C crc = new CRC32C();
        long start = damage + 1;
        while (start + JournalCodec.FRAME_HEADER + 1 <= size) {
            long windowEnd = Math.min(size, start + SCAN_WINDOW + JournalCodec.FRAME_HEADER + JournalCodec.MAX_PAYLOAD);
            byte[] window = readFully(channel, start, (int) (windowEnd - start));
            ByteBuffer w = ByteBuffer.wrap(window);
            int candidates = (int) Math.min(SCAN_WINDOW, windowEnd - start);
            for (int i = 0; i < candidates; i++) {
                if (i + JournalCodec.FRAME_HEADER + 1 > window.length) {
                    break;
                }
                int length = w.getInt(i);
                if (length < 1 || length > JournalCodec.MAX_PAYLOAD || i + JournalCodec.FRAME_HEADER + length > window.length
                        || !JournalCodec.isKnownType(window[i + JournalCodec.FRAME_HEADER])) {
                    continue;
                }
                crc.reset();
                crc.update(window, i + JournalCodec.FRAME_HEADER, length);
                if ((int) crc.getValue() == w.getInt(i + 4)) {
                    return start + i;
                }
            }
            start += candidates;
        }
        return -1;
    }

    private static LedgerException corrupted(Path file, long offset, String why) {
        return new LedgerException(LedgerException.Reason.CORRUPTED,
                "the ledger journal " + file + " is damaged at offset " + offset + ": " + why);
    }

    private static byte[] readFully(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        fill(channel, b, offset);
        return b.array();
    }

    private static void fill(FileChannel channel, ByteBuffer b, long offset) throws IOException {
        long at = offset;
        while (b.hasRemaining()) {
            int n = channel.read(b, at);
            if (n < 0) {
                throw new IOException("the journal shrank while it was read");
            }
            at += n;
        }
    }
}
