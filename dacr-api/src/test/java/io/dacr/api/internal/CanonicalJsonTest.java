package io.dacr.api.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void writesNoWhitespaceOutsideStrings() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("b", Arrays.asList(1, "two words", null));
        tree.put("a", Map.of("c", true, "d", false));

        assertEquals("{\"a\":{\"c\":true,\"d\":false},\"b\":[1,\"two words\",null]}", CanonicalJson.toText(tree));
    }

    @Test
    void sortsKeysByUtf16CodeUnitsAsRfc8785Does() {
        // The key-sorting example of RFC 8785, section 3.2.3: U+1F600 (a surrogate pair starting 0xD83D)
        // sorts before U+FB33 although its code point is larger.
        Map<String, Object> tree = new HashMap<>();
        tree.put("\u20ac", "Euro Sign");
        tree.put("\r", "Carriage Return");
        tree.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        tree.put("1", "One");
        tree.put("\ud83d\ude00", "Emoji: Grinning Face");
        tree.put("\u0080", "Control");
        tree.put("\u00f6", "Latin Small Letter O With Diaeresis");

        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                        + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                        + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
                CanonicalJson.toText(tree));
    }

    @Test
    void escapesOnlyQuoteBackslashAndControlCharacters() {
        String all = "\"\\/\b\t\n\f\r\u0000\u0001\u001f\u007f\u2028\u00e9\ud83d\ude00";

        assertEquals("\"\\\"\\\\/\\b\\t\\n\\f\\r\\u0000\\u0001\\u001f\u007f\u2028\u00e9\ud83d\ude00\"",
                CanonicalJson.toText(all));
    }

    @Test
    void writesControlCharactersAsLowerCaseHexEscapes() {
        assertEquals("\"\\u001b\\u000b\"", CanonicalJson.toText("\u001b\u000b"));
    }

    @Test
    void encodesAsUtf8WithoutByteOrderMark() {
        assertArrayEquals(new byte[] {'"', (byte) 0xc3, (byte) 0xa9, (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80, '"'},
                CanonicalJson.toBytes("\u00e9\ud83d\ude00"));
    }

    @Test
    void writesDecimalsWithoutTrailingZerosOrExponent() {
        assertEquals("[1.5,100,0,0,-1.25,0.0000001,12345678901234567890.5]", CanonicalJson.toText(List.of(
                new BigDecimal("1.50"), new BigDecimal("1E+2"), new BigDecimal("0.000"), new BigDecimal("-0.0"),
                new BigDecimal("-1.250"), new BigDecimal("1E-7"), new BigDecimal("12345678901234567890.50"))));
    }

    @Test
    void writesIntegersAsPlainDigits() {
        assertEquals("[0,-7,-9223372036854775808,123456789012345678901234567890]", CanonicalJson.toText(List.of(
                0, -7, Long.MIN_VALUE, new BigInteger("123456789012345678901234567890"))));
    }

    @Test
    void rejectsDoubles() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CanonicalJson.toText(Map.of("price", 1.5)));
        assertTrue(e.getMessage().contains("$.price"), e.getMessage());
        assertTrue(e.getMessage().contains("binary floating point"), e.getMessage());
    }

    @Test
    void rejectsFloats() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toText(List.of(1.5f)));
    }

    @Test
    void rejectsTypesOutsideTheTreeModel() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toText(List.of(Instant.EPOCH)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toText(List.of((short) 1)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toText(List.of('c')));
    }

    @Test
    void rejectsKeysThatAreNotStrings() {
        Map<Object, Object> tree = new HashMap<>();
        tree.put(1, "one");

        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toText(tree));
    }

    @Test
    void rejectsUnpairedSurrogates() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toText("a\ud800"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toText("\udc00b"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toText(Map.of("\ud800", 1)));
    }

    @Test
    void acceptsNumbersOfAtMostTheDigitLimit() {
        assertEquals(CanonicalJson.MAX_NUMBER_DIGITS,
                CanonicalJson.toText(new BigDecimal("1E+" + (CanonicalJson.MAX_NUMBER_DIGITS - 1))).length());
    }

    @Test
    void rejectsNumbersWhosePlainTextWouldExceedTheDigitLimit() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toText(new BigDecimal("1E+999999999")));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toText(new BigDecimal("1E-999999999")));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toText(BigInteger.TEN.pow(CanonicalJson.MAX_NUMBER_DIGITS)));
    }

    @Test
    void rejectsATreeThatContainsItself() {
        List<Object> loop = new ArrayList<>();
        loop.add(loop);

        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toText(loop));
    }

    @Test
    void digestsWithSha256() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", CanonicalJson.sha256Hex(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                CanonicalJson.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Property
    void keyInsertionOrderDoesNotChangeTheBytes(@ForAll("objects") Map<String, Object> tree) {
        assertArrayEquals(CanonicalJson.toBytes(tree), CanonicalJson.toBytes(reversedInsertionOrder(tree)));
    }

    @Property
    void equalTreesGiveEqualBytes(@ForAll("objects") Map<String, Object> tree) {
        assertArrayEquals(CanonicalJson.toBytes(tree), CanonicalJson.toBytes(new TreeMap<>(tree)));
    }

    @Property
    void theScaleOfADecimalDoesNotChangeItsText(@ForAll("decimals") BigDecimal value, @ForAll @IntRange(max = 20) int extraZeros) {
        assertEquals(CanonicalJson.toText(value), CanonicalJson.toText(value.setScale(value.scale() + extraZeros)));
    }

    @Property
    void aDecimalIsWrittenAsItsExactValueWithoutExponentOrTrailingZeros(@ForAll("decimals") BigDecimal value) {
        String text = CanonicalJson.toText(value);

        assertEquals(0, new BigDecimal(text).compareTo(value));
        assertFalse(text.contains("E") || text.contains("e"), text);
        assertFalse(text.contains(".") && text.endsWith("0"), text);
    }

    @Property
    void aStringIsWrittenSoThatItDecodesToItself(@ForAll("texts") String value) {
        String text = CanonicalJson.toText(value);

        assertEquals(value, decodeString(text));
    }

    @Property
    void noWhitespaceOrRawControlCharacterAppearsInTheOutput(@ForAll("texts") String value) {
        String text = CanonicalJson.toText(value);

        assertTrue(text.chars().allMatch(c -> c >= 0x20), text);
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.valueOf(-1_000_000_000_000L),
                        BigInteger.valueOf(1_000_000_000_000L)), Arbitraries.integers().between(-30, 30))
                .as(BigDecimal::new);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> ascii = Arbitraries.integers().between(0, 0x7f);
        Arbitrary<Integer> any = Arbitraries.integers().between(0x80, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
        return Arbitraries.frequencyOf(List.of(Tuple.of(4, ascii), Tuple.of(1, any))).list().ofMaxSize(12)
                .map(cps -> {
                    StringBuilder s = new StringBuilder();
                    cps.forEach(s::appendCodePoint);
                    return s.toString();
                });
    }

    @Provide
    Arbitrary<Map<String, Object>> objects() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(texts(), decimals(), Arbitraries.longs(), Arbitraries.of(true, false),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)));
        Arbitrary<Object> inner = Arbitraries.oneOf(leaf, leaf.list().ofMaxSize(4).map(l -> (Object) l),
                mapsOf(leaf, 4).map(m -> (Object) m));
        return mapsOf(inner, 6);
    }

    /** Built from a list of pairs: jqwik's own map arbitraries are slow with these keys. */
    private Arbitrary<Map<String, Object>> mapsOf(Arbitrary<Object> values, int maxSize) {
        return Combinators.combine(texts(), values).as(Tuple::of).list().ofMaxSize(maxSize).map(entries -> {
            Map<String, Object> map = new HashMap<>();
            entries.forEach(e -> map.put(e.get1(), e.get2()));
            return map;
        });
    }

    private static Map<String, Object> reversedInsertionOrder(Map<String, Object> tree) {
        List<String> keys = new ArrayList<>(tree.keySet());
        Collections.reverse(keys);
        Map<String, Object> copy = new LinkedHashMap<>();
        for (String key : keys) {
            Object value = tree.get(key);
            @SuppressWarnings("unchecked")
            Object reordered = value instanceof Map<?, ?> m ? reversedInsertionOrder((Map<String, Object>) m) : value;
            copy.put(key, reordered);
        }
        return copy;
    }

    /** A decoder of JSON string literals, written from RFC 8259 independently of the writer. */
    private static String decodeString(String literal) {
        assertTrue(literal.startsWith("\"") && literal.endsWith("\"") && literal.length() >= 2, literal);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                assertTrue(c != '"', "unescaped quote in " + literal);
                out.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new AssertionError("bad escape \\" + e + " in " + literal);
            }
        }
        return out.toString();
    }

    @Property
    void hasCanonicalFormSaysExactlyWhetherNumberCanWriteIt(@ForAll @IntRange(min = -1100, max = 1100) int exponent,
            @ForAll @IntRange(min = 1, max = 999_999) int unscaled) {
        BigDecimal n = new BigDecimal(BigInteger.valueOf(unscaled), -exponent);
        boolean writes;
        try {
            CanonicalJson.number(n);
            writes = true;
        } catch (IllegalArgumentException tooManyDigits) {
            writes = false;
        }
        assertEquals(writes, CanonicalJson.hasCanonicalForm(n), n::toString);
    }

    @Test
    void hasCanonicalFormAtTheDigitLimit() {
        assertTrue(CanonicalJson.hasCanonicalForm(new BigDecimal("1E-999")));
        assertFalse(CanonicalJson.hasCanonicalForm(new BigDecimal("1E-1000")));
        assertTrue(CanonicalJson.hasCanonicalForm(new BigDecimal("1E+999")));
        assertFalse(CanonicalJson.hasCanonicalForm(new BigDecimal("1E+1000")));
    }
}
