package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ConstraintValueTest {

    @Test
    void expectedValuesAreKeptInKeyOrderWhateverTheInputOrder() {
        TreeMap<String, String> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.put("a", "3");
        reversed.put("b", "5");
        reversed.put("c", "8");

        ConstraintValue value = new ConstraintValue("c1", reversed, null);

        assertEquals(List.of("a", "b", "c"), List.copyOf(value.expected().keySet()));
    }

    @Test
    void changingTheGivenMapAfterwardsDoesNotChangeTheValue() {
        TreeMap<String, String> expected = new TreeMap<>(Map.of("count", "17"));
        ConstraintValue value = new ConstraintValue("c1", expected, "16");

        expected.put("count", "99");

        assertEquals(Map.of("count", "17"), value.expected());
    }

    @Test
    void expectedValuesCannotBeModified() {
        ConstraintValue value = new ConstraintValue("c1", new TreeMap<>(Map.of("count", "17")), null);

        assertThrows(UnsupportedOperationException.class, () -> value.expected().put("count", "18"));
    }

    @Test
    void aNullExpectedValueIsRejectedNamingItsKey() {
        TreeMap<String, String> expected = new TreeMap<>();
        expected.put("letters", null);

        NullPointerException e = assertThrows(NullPointerException.class, () -> new ConstraintValue("c1", expected, null));
        assertTrue(e.getMessage().contains("expected[letters]"), e.getMessage());
    }

    @Test
    void aBlankConstraintIdIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConstraintValue(" ", new TreeMap<>(), null));
        assertTrue(e.getMessage().contains("constraintId"), e.getMessage());
    }
}
