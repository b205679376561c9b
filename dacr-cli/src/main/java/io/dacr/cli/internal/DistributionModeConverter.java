package io.dacr.cli.internal;

import io.dacr.api.reward.DistributionMode;
import picocli.CommandLine;

import java.util.Locale;

/**
 * Reads a distribution mode the one way every command spells it: {@code floor} or
 * {@code largest-remainder} (the enum names are accepted too, in any case), so {@code dacr ledger
 * close} and {@code dacr chain finalize} take the same words.
 */
final class DistributionModeConverter implements CommandLine.ITypeConverter<DistributionMode> {

    /** The spellings, for help texts. */
    static final String CHOICES = "floor or largest-remainder";

    @Override
    public DistributionMode convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (v) {
            case "floor" -> DistributionMode.FLOOR;
            case "largest-remainder" -> DistributionMode.LARGEST_REMAINDER;
            default -> throw new CommandLine.TypeConversionException("must be " + CHOICES + ", was '" + value + "'");
        };
    }
}
