package io.dacr.cli.internal;

import io.dacr.api.GenerationSpec;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --preset}: the size and difficulty preset of the challenges a command generates or serves
 * ({@code dacr generate}, {@code mine}, {@code audit}, {@code run}, {@code serve}).
 */
final class PresetOption {

    @Option(names = "--preset", defaultValue = "standard", paramLabel = "P",
            description = "The size and difficulty preset: standard (about 100 paragraphs, 10 questions) or small "
                    + "(default: ${DEFAULT-VALUE}).")
    private String preset;

    /** @return the preset's name as given */
    String name() {
        return preset;
    }

    /**
     * @param commandLine the command, for the usage error
     * @return the preset's generation spec, without knobs
     * @throws CommandLine.ParameterException if there is no such preset
     */
    GenerationSpec spec(CommandLine commandLine) {
        return Arguments.parse(commandLine, "--preset", () -> new GenerationSpec(preset, new TreeMap<>()));
    }
}
