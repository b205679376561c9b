package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConstraintKindTest {

    @ParameterizedTest
    @EnumSource(ConstraintKind.class)
    void theWireNameReadsBackAsTheSameKind(ConstraintKind kind) {
        assertEquals(kind, ConstraintKind.fromWireName(kind.wireName()));
    }

    @Test
    void theWireNamesAreTheLowerCaseEnumNames() {
        assertEquals(List.of("word_count", "includes_attribute", "prime", "equation", "acrostic", "forbidden_letter"),
                Arrays.stream(ConstraintKind.values()).map(ConstraintKind::wireName).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "PRIME", "word-count", "forbıdden_letter", "palindrome"})
    void anUnknownWireNameIsRejectedNamingIt(String wireName) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConstraintKind.fromWireName(wireName));
        assertEquals("unknown constraint kind '" + wireName + "'", e.getMessage());
    }
}
