package io.dacr.core.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.api.internal.CanonicalJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CanonicalBytesTest {

    @Test
    void writesTheBytesCanonicalJsonWrites() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", "Kelmara Air (\u201cKA\u201d) \u2014 \"quoted\" \\ \u0001\b\f\n\r\t\u007f \uD83D\uDE80 \u00e9 \u0130");
        tree.put("b", List.of(1, -2L, new BigInteger("123456789012345678901234567890"), new BigDecimal("1.50"),
                new BigDecimal("1E+3"), new BigDecimal("-0.000"), true, false));
        tree.put("a", null);
        tree.put("\u00e9", Map.of());
        tree.put("B", List.of());
        Map<String, Object> many = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            many.put("k" + i, i);
        }
        tree.put("many", many);
        assertArrayEquals(CanonicalJson.toBytes(tree), CanonicalBytes.of(tree));
    }

    @Test
    void leavesAnUnpairedSurrogateToCanonicalJsonsError() {
        Map<String, Object> tree = Map.of("text", "broken \uD83D here");
        IllegalArgumentException expected = assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toBytes(tree));
        IllegalArgumentException actual = assertThrows(IllegalArgumentException.class, () -> CanonicalBytes.of(tree));
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    @Test
    void leavesBinaryFloatingPointToCanonicalJsonsError() {
        List<Object> tree = List.of("x", Map.of("d", 1.5d));
        IllegalArgumentException expected = assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toBytes(tree));
        IllegalArgumentException actual = assertThrows(IllegalArgumentException.class, () -> CanonicalBytes.of(tree));
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    @Test
    void leavesAHugeNumberToCanonicalJsonsError() {
        List<Object> tree = List.of(new BigDecimal("1E+999999"));
        IllegalArgumentException expected = assertThrows(IllegalArgumentException.class, () -> CanonicalJson.toBytes(tree));
        IllegalArgumentException actual = assertThrows(IllegalArgumentException.class, () -> CanonicalBytes.of(tree));
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    @Test
    void writesLongNumbersAsCanonicalJsonDoes() {
        List<Object> tree = List.of(new BigDecimal("1E+600"), new BigDecimal("1E-600"), BigInteger.TEN.pow(700));
        assertArrayEquals(CanonicalJson.toBytes(tree), CanonicalBytes.of(tree));
    }

    @Property(tries = 300)
    void agreesWithCanonicalJsonOnAnyTree(@ForAll("trees") Object tree) {
        byte[] expected;
        try {
            expected = CanonicalJson.toBytes(tree);
        } catch (IllegalArgumentException e) {
            assertEquals(e.getMessage(), assertThrows(IllegalArgumentException.class, () -> CanonicalBytes.of(tree)).getMessage());
            return;
        }
        assertArrayEquals(expected, CanonicalBytes.of(tree));
    }

    @Provide
    Arbitrary<Object> trees() {
        Arbitrary<Object> leaves = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.bigDecimals().ofScale(3).map(d -> (Object) d),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE).map(b -> (Object) b));
        return Arbitraries.recursive(() -> leaves, this::containers, 3);
    }

    private Arbitrary<Object> containers(Arbitrary<Object> inner) {
        Arbitrary<Object> lists = inner.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> maps = Arbitraries.maps(Arbitraries.strings().ofMaxLength(6), inner).ofMaxSize(5)
                .map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.oneOf(lists, maps);
    }
}
