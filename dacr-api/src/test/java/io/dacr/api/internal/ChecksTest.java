package io.dacr.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void immutableListKeepsTheJdksUnmodifiableListsWithoutCopying() {
        List<String> two = List.of("a", "b");
        List<String> three = List.copyOf(Arrays.asList("a", "b", "c"));
        List<String> none = List.of();
        assertSame(two, Checks.immutableList(two, "xs"));
        assertSame(three, Checks.immutableList(three, "xs"));
        assertSame(none, Checks.immutableList(none, "xs"));
    }

    @Test
    void immutableListCopiesAListItsOwnerCanStillChange() {
        List<String> mutable = new ArrayList<>(List.of("a", "b"));
        List<String> kept = Checks.immutableList(mutable, "xs");
        mutable.set(0, "changed");
        assertEquals(List.of("a", "b"), kept);
        assertThrows(UnsupportedOperationException.class, () -> kept.add("c"));
    }

    @Test
    void immutableListCopiesASubListOfAnUnmodifiableList() {
        List<String> sub = List.of("a", "b", "c").subList(0, 2);
        assertNotSame(sub, Checks.immutableList(sub, "xs"));
        assertEquals(sub, Checks.immutableList(sub, "xs"));
    }

    @Test
    void immutableListNamesTheNullElementEvenInAnUnmodifiableListThatAllowsNulls() {
        List<String> withNull = Stream.of("a", null).toList();
        NullPointerException e = assertThrows(NullPointerException.class, () -> Checks.immutableList(withNull, "xs"));
        assertEquals("xs[1] must not be null", e.getMessage());
    }
}
