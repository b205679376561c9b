package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionCategoryTest {

    @ParameterizedTest
    @EnumSource(QuestionCategory.class)
    void theWireNameReadsBackAsTheSameCategory(QuestionCategory category) {
        assertEquals(category, QuestionCategory.fromWireName(category.wireName()));
    }

    @Test
    void theWireNamesAreTheSevenDacrBenchCategories() {
        // Under the Turkish locale of the test run, a locale-sensitive lower-casing would write a dotless ı.
        assertEquals(List.of("direct_extraction", "multi_hop_bridge", "comparative", "computation",
                        "conditional_filtered", "trap_targeted", "cross_section_synthesis"),
                Arrays.stream(QuestionCategory.values()).map(QuestionCategory::wireName).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MULTI_HOP_BRIDGE", "multi-hop-bridge", "multı_hop_brıdge", "bridge"})
    void anUnknownWireNameIsRejectedNamingIt(String wireName) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionCategory.fromWireName(wireName));
        assertEquals("unknown question category '" + wireName + "'", e.getMessage());
    }
}
