package io.dacr.core.json.internal;

import io.dacr.api.internal.CanonicalJson;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The growing UTF-8 buffer under the direct canonical JSON writers ({@link CanonicalBytes} for plain
 * trees, {@link ChallengeBytes} for a challenge record): ASCII punctuation and digits, short numbers,
 * and strings through {@link CanonicalJson#writeUtf8String}, so both write every byte the same way.
 */
abstract class Utf8Writer {

    /** Numbers of at most this many characters (well under the digit limit) are written directly. */
    static final int SHORT_NUMBER = 400;

    private byte[] out;
    private int size;

    /** @param capacity the initial buffer size in bytes */
    Utf8Writer(int capacity) {
        out = new byte[capacity];
    }

    /** @return the bytes written so far */
    final byte[] bytes() {
        return Arrays.copyOf(out, size);
    }

    private void room(int bytes) {
        if (size + bytes > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + bytes));
        }
    }

    /** @param c an ASCII character */
    final void ascii(char c) {
        room(1);
        out[size++] = (byte) c;
    }

    /** @param s text known to be ASCII (JSON punctuation, member names, wire names, digits) */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exact for ASCII text
    final void ascii(String s) {
        int n = s.length();
        room(n);
        s.getBytes(0, n, out, size);
        size += n;
    }

    /**
     * @param s any string
     * @return false on an unpaired surrogate (nothing is written then)
     */
    final boolean string(String s) {
        // At most 6 bytes per UTF-16 unit (a control character as \\u00XX), plus the quotes.
        room(6 * s.length() + 2);
        int end = CanonicalJson.writeUtf8String(s, out, size);
        if (end < 0) {
            return false;
        }
        size = end;
        return true;
    }

    /**
     * @param d a number
     * @return its canonical text if it is at most {@value #SHORT_NUMBER} characters, or null if it may
     *     be longer (an exponent), which the general path must write
     */
    static String shortNumber(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.precision() > SHORT_NUMBER || Math.abs((long) stripped.scale()) > SHORT_NUMBER) {
            return null;
        }
        String text = CanonicalJson.number(d);
        return text.length() > SHORT_NUMBER ? null : text;
    }
}
