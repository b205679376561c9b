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

    @Test
    void idNumberReadsTheNumberOfAnIdAsPrefixPlusNumberWritesIt() {
        assertEquals(1, Checks.idNumber("f1", "f"));
        assertEquals(140, Checks.idNumber("f140", "f"));
        assertEquals(999_999_999, Checks.idNumber("f999999999", "f"));
        assertEquals(12, Checks.idNumber("paragraph_12", "paragraph_"));
    }

    @Test
    void idNumberRefusesEveryOtherForm() {
        for (String id : new String[] {null, "", "f", "f0", "f01", "f-1", "f+1", "f1x", "f 1", "g1", "F1",
                "f1234567890", "f\u0661"}) {
            assertEquals(-1, Checks.idNumber(id, "f"), String.valueOf(id));
        }
    }

    @Test
    void idNumberAcceptsExactlyWhatIsNumberedIdAcceptsWithNineDigits() {
        for (String id : new String[] {"f1", "f9", "f10", "f0", "f01", "f123456789", "f1234567890", "fx", "f"}) {
            assertEquals(Checks.isNumberedId(id, "f", 9), Checks.idNumber(id, "f") >= 0, id);
        }
    }
}
