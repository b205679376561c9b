package io.dacr.api.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The one canonical JSON writer of DACR: the text that content hashes and golden fingerprints are
 * taken of. Pure JDK, so that every module (the generator included) hashes the same bytes. Not API:
 * may change without notice, but a change of the text form changes every content hash, so it is
 * versioned with the formats (see {@code docs/formats.md}).
 *
 * <p>Input is a tree of plain Java values:
 * <ul>
 *   <li>{@code Map<String, ?>}: a JSON object; keys must be non-null strings;</li>
 *   <li>{@code List<?>}: a JSON array, in list order;</li>
 *   <li>{@code String}: a JSON string;</li>
 *   <li>{@code Integer}, {@code Long}, {@code BigInteger}, {@code BigDecimal}: a JSON number;</li>
 *   <li>{@code Boolean}: {@code true} or {@code false};</li>
 *   <li>{@code null}: {@code null}.</li>
 * </ul>
 * Anything else is rejected with an {@link IllegalArgumentException}; in particular {@code Double}
 * and {@code Float}, because binary floating point has no text form that every JDK prints alike.
 *
 * <p>The text form, close to RFC 8785 (JCS) except for numbers:
 * <ul>
 *   <li>UTF-8, no byte order mark, no whitespace outside strings;</li>
 *   <li>object members sorted by key, comparing keys as sequences of UTF-16 code units
 *       ({@link String#compareTo}), as JCS does; written {@code "key":value}, separated by {@code ,};</li>
 *   <li>strings in double quotes; {@code "} and {@code \} are escaped as {@code \"} and {@code \\};
 *       U+0008, U+0009, U+000A, U+000C, U+000D as {@code \b}, {@code \t}, {@code \n}, {@code \f},
 *       {@code \r}; every other character below U+0020 as <code>&#92;u00XX</code> with lower-case hex digits;
 *       every other character as itself, in UTF-8. A string holding an unpaired surrogate is rejected
 *       (it has no UTF-8 form; I-JSON forbids it);</li>
 *   <li>integers as decimal digits, a leading {@code -} if negative, no leading zeros;</li>
 *   <li>{@code BigDecimal} as {@code stripTrailingZeros().toPlainString()}: no exponent, no trailing
 *       zeros after the point, no point if the value is whole ({@code 1.50} → {@code 1.5},
 *       {@code 1E+2} → {@code 100}, {@code 0.000} → {@code 0}); the value, not its scale, decides the
 *       text, so numbers that compare equal are written alike. A number whose text would have more than
 *       {@value #MAX_NUMBER_DIGITS} digits is rejected, so a short input such as {@code 1E+999999999}
 *       cannot expand into a gigabyte;</li>
 *   <li>{@code true}, {@code false}, {@code null} as such.</li>
 * </ul>
 *
 * <pre>{@code
 * byte[] bytes = CanonicalJson.toBytes(Map.of("b", List.of(1, new BigDecimal("2.50")), "a", "x"));
 * // {"a":"x","b":[1,2.5]}
 * String digest = CanonicalJson.sha256Hex(bytes);
 * }</pre>
 */
public final class CanonicalJson {

    /** Most digits a number may have in canonical form (the default limit of common JSON parsers). */
    public static final int MAX_NUMBER_DIGITS = 1000;

    /** Deepest nesting of arrays and objects accepted; also stops a tree that contains itself. */
    public static final int MAX_DEPTH = 1000;

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** Strings this long or longer take the word-at-a-time path of {@link #writeUtf8String}. */
    private static final int PLAIN_SCAN_MIN = 24;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Never updated, only cloned: see {@link #sha256()}. */
    private static final MessageDigest SHA256_PROTOTYPE = newSha256();

    private CanonicalJson() {
    }

    /**
     * Writes a tree as canonical JSON.
     *
     * @param tree the tree (see the class description for what it may contain)
     * @return the canonical UTF-8 bytes
     * @throws IllegalArgumentException if the tree holds a value of another type (a {@code Double}, a
     *     {@code Float}, a non-string key …), a string with an unpaired surrogate, a number of more than
     *     {@value #MAX_NUMBER_DIGITS} digits, or nests deeper than {@value #MAX_DEPTH}; the message names
     *     where in the tree
     */
    public static byte[] toBytes(Object tree) {
        return toText(tree).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes a tree as canonical JSON text; {@link #toBytes} is its UTF-8 encoding.
     *
     * @param tree the tree
     * @return the canonical text
     * @throws IllegalArgumentException as {@link #toBytes}
     */
    public static String toText(Object tree) {
        StringBuilder out = new StringBuilder(1024);
        write(tree, out, new PathStack(), 0);
        return out.toString();
    }

    /**
     * The canonical text of one number.
     *
     * @param number the number
     * @return its canonical text, e.g. {@code 1.5} for {@code 1.50}
     * @throws IllegalArgumentException if its text would have more than {@value #MAX_NUMBER_DIGITS} digits
     */
    public static String number(BigDecimal number) {
        Checks.notNull(number, "number");
        BigDecimal stripped = number.stripTrailingZeros();
        long digits = plainDigits(stripped);
        Checks.requireArgument(digits <= MAX_NUMBER_DIGITS,
                "a number may have at most %d digits in canonical form, this one has %d", MAX_NUMBER_DIGITS, digits);
        return stripped.toPlainString();
    }

    /**
     * @param number a number
     * @return whether {@link #number} can write it (at most {@value #MAX_NUMBER_DIGITS} digits), decided
     *     without building its text
     */
    public static boolean hasCanonicalForm(BigDecimal number) {
        Checks.notNull(number, "number");
        return plainDigits(number.stripTrailingZeros()) <= MAX_NUMBER_DIGITS;
    }

    /** Digits of the plain text, computed before building it: an exponent can make it huge. */
    private static long plainDigits(BigDecimal stripped) {
        return stripped.scale() <= 0
                ? (long) stripped.precision() - stripped.scale()
                : Math.max(stripped.precision(), (long) stripped.scale() + 1);
    }

    /**
     * @param bytes the bytes to digest
     * @return SHA-256 of {@code bytes} as 64 lower-case hex digits
     */
    public static String sha256Hex(byte[] bytes) {
        Checks.notNull(bytes, "bytes");
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /**
     * A fresh SHA-256 digest. Cloned from a prototype: {@link MessageDigest#getInstance} searches the
     * security providers on every call, which costs more than digesting a small document.
     *
     * @return a new SHA-256 digest, in its initial state, for the caller alone
     */
    public static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // SHA-256 is mandatory on every Java platform.
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /**
     * Writes one string as this class writes it (quoted, escaped, UTF-8) into a byte array, for the
     * writers that stream canonical JSON straight into bytes or into a digest. The caller provides
     * room for {@code 6 * s.length() + 2} bytes from {@code at} (the longest form: every UTF-16 unit
     * a <code>&#92;u00XX</code> escape).
     *
     * @param s the string
     * @param out where to write
     * @param at the index of the opening quote
     * @return the index after the closing quote, or -1 if the string holds an unpaired surrogate (it
     *     has no UTF-8 form; what was written is then garbage)
     */
    public static int writeUtf8String(String s, byte[] out, int at) {
        int length = s.length();
        if (length >= PLAIN_SCAN_MIN) {
            // Fast path for the common case, printable ASCII without quotes or backslashes: the JDK's
            // UTF-8 encoder checks a Latin-1 string for non-ASCII bytes and copies it with vector
            // instructions, and isPlain looks at 8 bytes per step. Equal lengths mean every char was
            // ASCII or an unpaired surrogate (encoded as '?'); isPlain refuses '?', so both are told apart.
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (utf8.length == length && isPlain(utf8)) {
                out[at] = '"';
                System.arraycopy(utf8, 0, out, at + 1, length);
                out[at + 1 + length] = '"';
                return at + length + 2;
            }
        }
        return writeUtf8StringByChar(s, out, at);
    }

    /**
     * @param bytes ASCII bytes
     * @return true if none is a control character, {@code "}, {@code \\} or {@code ?}, nor above 0x7F
     */
    private static boolean isPlain(byte[] bytes) {
        long bad = 0;
        int i = 0;
        for (int end = bytes.length - 7; i < end; i += 8) {
            long x = (long) LONGS.get(bytes, i);
            // Bit tricks: a high bit is set in the result iff some byte is below 0x20, equals the
            // character tested, or has its own high bit set.
            bad |= ((x - ONES * 0x20) & ~x) | zeroByte(x ^ (ONES * '"')) | zeroByte(x ^ (ONES * '\\'))
                    | zeroByte(x ^ (ONES * '?')) | x;
        }
        for (; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b < 0x20 || b == '"' || b == '\\' || b == '?') {
                return false;
            }
        }
        return (bad & HIGH_BITS) == 0;
    }

    /** @return a word with the high bit of each byte of {@code x} that is zero set (and maybe others above such a byte) */
    private static long zeroByte(long x) {
        return (x - ONES) & ~x;
    }

    /** The byte-by-byte writer: escapes, multi-byte UTF-8 and surrogate pairs. */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exact here: every char copied is ASCII
    private static int writeUtf8StringByChar(String s, byte[] out, int at) {
        int length = s.length();
        out[at++] = '"';
        int plain = 0;
        while (plain < length) {
            char c = s.charAt(plain);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                break;
            }
            plain++;
        }
        s.getBytes(0, plain, out, at);
        at += plain;
        for (int i = plain; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80) {
                if (c == '"' || c == '\\') {
                    out[at++] = '\\';
                }
                out[at++] = (byte) c;
            } else if (c < 0x20) {
                out[at++] = '\\';
                switch (c) {
                    case '\b' -> out[at++] = 'b';
                    case '\t' -> out[at++] = 't';
                    case '\n' -> out[at++] = 'n';
                    case '\f' -> out[at++] = 'f';
                    case '\r' -> out[at++] = 'r';
                    default -> {
                        out[at++] = 'u';
                        out[at++] = '0';
                        out[at++] = '0';
                        out[at++] = (byte) HEX[c >> 4];
                        out[at++] = (byte) HEX[c & 0xf];
                    }
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3f));
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xe0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[at++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[at++] = (byte) (0xf0 | (cp >> 18));
                out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                out[at++] = (byte) (0x80 | (cp & 0x3f));
            } else {
                return -1;
            }
        }
        out[at++] = '"';
        return at;
    }

    private static void write(Object value, StringBuilder out, PathStack path, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            writeString(s, out, path);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            writeInteger(value.toString(), out, path);
        } else if (value instanceof BigDecimal d) {
            try {
                out.append(number(d));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
            }
        } else if (value instanceof Map<?, ?> map) {
            checkDepth(path, depth);
            writeObject(map, out, path, depth + 1);
        } else if (value instanceof List<?> list) {
            checkDepth(path, depth);
            writeArray(list, out, path, depth + 1);
        } else if (value instanceof Double || value instanceof Float) {
            throw new IllegalArgumentException(path + ": binary floating point (" + value.getClass().getSimpleName()
                    + ") has no canonical form; use BigDecimal");
        } else {
            throw new IllegalArgumentException(path + ": a " + value.getClass().getName()
                    + " cannot be written as canonical JSON");
        }
    }

    private static void checkDepth(PathStack path, int depth) {
        Checks.requireArgument(depth < MAX_DEPTH, "%s: nested deeper than %d (or the tree contains itself)", path, MAX_DEPTH);
    }

    private static void writeInteger(String digits, StringBuilder out, PathStack path) {
        int length = digits.charAt(0) == '-' ? digits.length() - 1 : digits.length();
        Checks.requireArgument(length <= MAX_NUMBER_DIGITS,
                "%s: a number may have at most %d digits in canonical form, this one has %d", path, MAX_NUMBER_DIGITS, length);
        out.append(digits);
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out, PathStack path, int depth) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            if (!(key instanceof String s)) {
                throw new IllegalArgumentException(path + ": object keys must be strings, found "
                        + (key == null ? "null" : "a " + key.getClass().getName()));
            }
            keys.add(s);
        }
        // String.compareTo compares UTF-16 code units, the order RFC 8785 prescribes.
        keys.sort(null);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String key = keys.get(i);
            writeString(key, out, path);
            out.append(':');
            path.push(key);
            write(map.get(key), out, path, depth);
            path.pop();
        }
        out.append('}');
    }

    private static void writeArray(List<?> list, StringBuilder out, PathStack path, int depth) {
        out.append('[');
        int i = 0;
        for (Object element : list) {
            if (i > 0) {
                out.append(',');
            }
            path.push(i);
            write(element, out, path, depth);
            path.pop();
            i++;
        }
        out.append(']');
    }

    private static void writeString(String s, StringBuilder out, PathStack path) {
        out.append('"');
        int length = s.length();
        int plain = 0;
        // Fast path: most strings need no escaping and have no surrogates; append them whole.
        while (plain < length) {
            char c = s.charAt(plain);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                break;
            }
            plain++;
        }
        if (plain == length) {
            // append(String) copies the array at once; append(CharSequence, int, int) goes char by char.
            out.append(s).append('"');
            return;
        }
        out.append(s, 0, plain);
        for (int i = plain; i < length; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                                "%s: string has an unpaired surrogate U+%04X at index %d", path, (int) c, i));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * The JSON path of the value being written, kept as a stack of keys and indices and turned into
     * text ({@code $.questions[2].hops}) only when an error needs it, so writing allocates no path
     * strings.
     */
    private static final class PathStack {
        private Object[] elements = new Object[16];
        private int size;

        void push(Object element) {
            if (size == elements.length) {
                elements = java.util.Arrays.copyOf(elements, size * 2);
            }
            elements[size++] = element;
        }

        void pop() {
            elements[--size] = null;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("$");
            for (int i = 0; i < size; i++) {
                if (elements[i] instanceof Integer index) {
                    text.append('[').append(index).append(']');
                } else {
                    text.append('.').append(elements[i]);
                }
            }
            return text.toString();
        }
    }
}
