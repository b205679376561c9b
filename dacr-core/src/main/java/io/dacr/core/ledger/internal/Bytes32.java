package io.dacr.core.ledger.internal;

import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * A 32-byte value (a receipt hash, a challenge key) as four longs: a compact, cheap hash-set key for
 * the million-record sets the ledger keeps in memory, where a 66-character string would cost three
 * times as much.
 */
public final class Bytes32 {

    /** The size in bytes. */
    public static final int SIZE = 32;

    private final long a;
    private final long b;
    private final long c;
    private final long d;

    private Bytes32(long a, long b, long c, long d) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
    }

    /**
     * @param hex {@code 0x} and 64 lower-case hex digits
     * @return the value
     * @throws IllegalArgumentException if it is not of that form
     */
    public static Bytes32 ofHex(String hex) {
        if (hex == null || hex.length() != 66 || !hex.startsWith("0x")) {
            throw new IllegalArgumentException("expected 0x and 64 hex digits, was '" + hex + "'");
        }
        return new Bytes32(HexFormat.fromHexDigitsToLong(hex, 2, 18), HexFormat.fromHexDigitsToLong(hex, 18, 34),
                HexFormat.fromHexDigitsToLong(hex, 34, 50), HexFormat.fromHexDigitsToLong(hex, 50, 66));
    }

    /**
     * @param bytes exactly 32 bytes
     * @return the value
     */
    public static Bytes32 of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("expected 32 bytes, got " + bytes.length);
        }
        return read(ByteBuffer.wrap(bytes));
    }

    /**
     * Reads 32 bytes at the buffer's position, advancing it.
     *
     * @param buffer the buffer (big-endian)
     * @return the value
     */
    public static Bytes32 read(ByteBuffer buffer) {
        return new Bytes32(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
    }

    /**
     * Writes the 32 bytes at the buffer's position, advancing it.
     *
     * @param buffer the buffer (big-endian)
     */
    public void write(ByteBuffer buffer) {
        buffer.putLong(a).putLong(b).putLong(c).putLong(d);
    }

    /** @param i 0 to 3 @return the i-th 8 bytes, big-endian */
    long word(int i) {
        return switch (i) {
            case 0 -> a;
            case 1 -> b;
            case 2 -> c;
            default -> d;
        };
    }

    /** @return {@code 0x} and 64 lower-case hex digits */
    public String toHex() {
        HexFormat hex = HexFormat.of();
        return "0x" + hex.toHexDigits(a) + hex.toHexDigits(b) + hex.toHexDigits(c) + hex.toHexDigits(d);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes32 that && a == that.a && b == that.b && c == that.c && d == that.d;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(a ^ b ^ c ^ d);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
