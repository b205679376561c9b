package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceRulesTest {

    @Test
    void theDefaultsAllowThreeTo200StepsWithTheDefaultOperationsAndCheckCitations() {
        assertEquals(new TraceRules(3, 200, TraceRules.DEFAULT_OPERATIONS, true), TraceRules.defaults());
    }

    @Test
    void theDefaultOperationsAreDistinct() {
        assertEquals(TraceRules.DEFAULT_OPERATIONS.size(), TraceRules.DEFAULT_OPERATIONS.stream().distinct().count());
    }

    @Test
    void minStepsMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TraceRules(0, 5, List.of("add"), true));
        assertTrue(e.getMessage().contains("minSteps"), e.getMessage());
    }

    @Test
    void maxStepsMustNotBeBelowMinSteps() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TraceRules(5, 4, List.of("add"), true));
        assertTrue(e.getMessage().contains("maxSteps"), e.getMessage());
    }

    @Test
    void minAndMaxStepsMayBeEqual() {
        assertEquals(4, new TraceRules(4, 4, List.of(), false).maxSteps());
    }
}
