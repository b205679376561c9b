package io.dacr.core.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class Bytes32SetTest {

    private static Bytes32 value(long a, long b, long c, long d) {
        return Bytes32.of(ByteBuffer.allocate(32).putLong(a).putLong(b).putLong(c).putLong(d).array());
    }

    @Property(tries = 50)
    void holdsExactlyWhatWasAddedLikeAHashSet(@ForAll @Size(max = 3000) List<@Size(4) List<Long>> words) {
        Bytes32Set set = new Bytes32Set();
        Set<Bytes32> reference = new HashSet<>();
        for (List<Long> w : words) {
            Bytes32 v = value(w.get(0), w.get(1), w.get(2), w.get(3));
            assertEquals(reference.add(v), set.add(v));
        }
        assertEquals(reference.size(), set.size());
        for (Bytes32 v : reference) {
            assertTrue(set.contains(v));
        }
    }

    @Test
    void valuesDifferingOnlyInTheirLastWordAreDistinct() {
        Bytes32Set set = new Bytes32Set();
        for (long i = 0; i < 10_000; i++) {
            assertTrue(set.add(value(7, 7, 7, i)));
        }
        assertEquals(10_000, set.size());
        assertFalse(set.contains(value(7, 7, 7, 10_000)));
    }

    @Test
    void thirtyTwoZeroBytesAreAValueLikeAnyOther() {
        Bytes32Set set = new Bytes32Set();
        Bytes32 zero = value(0, 0, 0, 0);

        assertFalse(set.contains(zero));
        assertTrue(set.add(zero));
        assertFalse(set.add(zero));
        assertTrue(set.contains(zero));
        assertEquals(1, set.size());
    }
}
