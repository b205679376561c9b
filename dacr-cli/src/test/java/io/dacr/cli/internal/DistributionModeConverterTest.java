package io.dacr.cli.internal;

import io.dacr.api.reward.DistributionMode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistributionModeConverterTest {

    private final DistributionModeConverter converter = new DistributionModeConverter();

    @Test
    void theDocumentedLowerCaseWordsAreRead() {
        assertEquals(DistributionMode.FLOOR, converter.convert("floor"));
        assertEquals(DistributionMode.LARGEST_REMAINDER, converter.convert("largest-remainder"));
    }

    @Test
    void theEnumNamesAreReadTooWhateverTheDefaultLocale() {
        // "FLOOR".toLowerCase() under a Turkish locale would not give "floor": the converter must not use it.
        assertEquals(DistributionMode.FLOOR, converter.convert("FLOOR"));
        assertEquals(DistributionMode.LARGEST_REMAINDER, converter.convert("LARGEST_REMAINDER"));
    }

    @Test
    void anotherWordIsAConversionErrorNamingTheChoices() {
        CommandLine.TypeConversionException e =
                assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("proportional"));
        assertTrue(e.getMessage().contains("floor or largest-remainder"), e.getMessage());
    }
}
