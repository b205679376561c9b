package io.dacr.chain.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.web3j.crypto.Hash;

/**
 * ABI words: 32-byte big-endian values, the unit of {@code abi.encode}, and the hex text forms DACR
 * uses for them ({@code 0x} and lower-case hex digits). Not API.
 */
public final class Words {

    private static final HexFormat HEX = HexFormat.of();
    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

    private Words() {
    }

    /**
     * @param bytes any bytes
     * @return {@code 0x} and their lower-case hex digits
     */
    public static String hex(byte[] bytes) {
        return "0x" + HEX.formatHex(bytes);
    }

    /**
     * @param hex {@code 0x} and an even number of hex digits (either case)
     * @return the bytes
     * @throws IllegalArgumentException if it is not that
     */
    public static byte[] bytes(String hex) {
        if (hex == null || !hex.startsWith("0x") || hex.length() % 2 != 0) {
            throw new IllegalArgumentException("expected 0x and an even number of hex digits, was '" + hex + "'");
        }
        return HEX.parseHex(hex, 2, hex.length());
    }

    /**
     * @param hex a bytes32 value, {@code 0x} and 64 hex digits
     * @return its 32 bytes
     */
    public static byte[] bytes32(String hex) {
        byte[] b = bytes(hex);
        if (b.length != 32) {
            throw new IllegalArgumentException("expected 32 bytes, got " + b.length + " in '" + hex + "'");
        }
        return b;
    }

    /**
     * @param value an unsigned integer below 2^256
     * @return its 32-byte big-endian word
     * @throws IllegalArgumentException if it is negative or too large
     */
    public static byte[] uint(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(TWO_256) >= 0) {
            throw new IllegalArgumentException("not a uint256: " + value);
        }
        byte[] raw = value.toByteArray();
        byte[] word = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, word, 32 - copy, copy);
        return word;
    }

    /**
     * @param value a non-negative number
     * @return its word
     */
    public static byte[] uint(long value) {
        return uint(BigInteger.valueOf(value));
    }

    /**
     * @param address {@code 0x} and 40 hex digits
     * @return the address left-padded to a word
     */
    public static byte[] address(String address) {
        byte[] raw = bytes(address);
        if (raw.length != 20) {
            throw new IllegalArgumentException("an address has 20 bytes, got " + raw.length + " in '" + address + "'");
        }
        byte[] word = new byte[32];
        System.arraycopy(raw, 0, word, 12, 20);
        return word;
    }

    /**
     * @param parts byte arrays
     * @return them one after the other
     */
    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /**
     * @param input bytes
     * @return their keccak-256
     */
    public static byte[] keccak(byte[] input) {
        return Hash.sha3(input);
    }

    /**
     * @param text text
     * @return keccak-256 of its UTF-8 bytes
     */
    public static byte[] keccak(String text) {
        return Hash.sha3(text.getBytes(StandardCharsets.UTF_8));
    }
}
