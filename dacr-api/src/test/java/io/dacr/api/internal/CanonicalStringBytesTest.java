package io.dacr.api.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CanonicalJson#writeUtf8String} writes exactly the bytes {@link CanonicalJson#toBytes} writes for a string. */
class CanonicalStringBytesTest {

    private static byte[] written(String s) {
        byte[] out = new byte[6 * s.length() + 2];
        int end = CanonicalJson.writeUtf8String(s, out, 0);
        return end < 0 ? null : Arrays.copyOf(out, end);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "short",
        "a plain sentence of printable ASCII that is long enough for the word-at-a-time path.",
        "a long sentence that asks a question? It is long enough for the word-at-a-time path.",
        "a long sentence that \"quotes\" and is long enough for the word-at-a-time path to look.",
        "a long sentence with a backslash \\ that is long enough for the word-at-a-time path.",
        "a long sentence with a tab\tthat is long enough for the word-at-a-time path to see it.",
        "a long sentence with DEL \u007f and US \u001f and NUL \u0000 in the last word of its text",
        "a long sentence with \u00e9, \u201ccurly quotes\u201d, \u2014 dashes and \uD83D\uDE80 in it, long enough.",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef!",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde\""
    })
    void writesTheBytesOfTheCanonicalWriter(String s) {
        assertArrayEquals(CanonicalJson.toBytes(s), written(s));
    }

    @Test
    void reportsAnUnpairedSurrogateInALongOtherwisePlainString() {
        String s = "a long sentence, printable ASCII but for one lone surrogate \uD83D here, long enough";
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toBytes(s));
        assertEquals(-1, CanonicalJson.writeUtf8String(s, new byte[6 * s.length() + 2], 0));
    }

    @Test
    void clonedDigestsDigestLikeAFreshOne() throws Exception {
        byte[] text = "canonical".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MessageDigest used = CanonicalJson.sha256();
        used.update(text);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text)),
                HexFormat.of().formatHex(CanonicalJson.sha256().digest(text)));
    }

    @Property(tries = 500)
    void agreesWithTheCanonicalWriterOnAnyString(@ForAll("texts") String s) {
        byte[] expected;
        try {
            expected = CanonicalJson.toBytes(s);
        } catch (IllegalArgumentException unpairedSurrogate) {
            assertEquals(null, written(s));
            return;
        }
        assertArrayEquals(expected, written(s));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> plain = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> special = Arbitraries.of('"', '\\', '?', '\u0000', '\n', '\u001f', '\u007f', '\u0080',
                '\u00e9', '\u2014', '\uD83D', '\uDE80', '\uFFFF');
        Arbitrary<Character> mostlyPlain = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, plain), net.jqwik.api.Tuple.of(1, special));
        return Arbitraries.oneOf(
                mostlyPlain.list().ofMaxSize(120).map(CanonicalStringBytesTest::join),
                Arbitraries.strings().ofMaxLength(60));
    }

    private static String join(java.util.List<Character> chars) {
        StringBuilder s = new StringBuilder(chars.size());
        chars.forEach(s::append);
        return s.toString();
    }
}
