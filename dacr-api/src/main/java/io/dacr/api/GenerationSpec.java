package io.dacr.api;

import io.dacr.api.internal.CanonicalJson;
import io.dacr.api.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What to generate: a named preset and knobs that override it (for example
 * {@code paragraphs=60}, {@code traps=6}). The generator validates preset and knobs; this type only
 * carries them and names them by a hash.
 *
 * @param preset the preset's name, a lower-case identifier such as {@code standard}
 * @param knobs overrides, sorted by key; keys are lower-case identifiers, values non-blank text
 */
public record GenerationSpec(String preset, SortedMap<String, String> knobs) {

    /** Validates the preset and the knobs and takes a sorted, unmodifiable copy of the knobs. */
    public GenerationSpec {
        Checks.identifier(preset, "preset");
        Checks.notNull(knobs, "knobs");
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : knobs.entrySet()) {
            Checks.identifier(e.getKey(), "knob name");
            Checks.requireArgument(e.getValue() != null && !e.getValue().isBlank()
                            && e.getValue().equals(e.getValue().strip())
                            && e.getValue().indexOf('\n') < 0 && e.getValue().indexOf('=') < 0,
                    "knob '%s' must have a one-line value without '=' or surrounding spaces, was '%s'",
                    e.getKey(), e.getValue());
            copy.put(e.getKey(), e.getValue());
        }
        knobs = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * @param preset the preset's name
     * @return the spec of that preset with no overrides
     */
    public static GenerationSpec preset(String preset) {
        return new GenerationSpec(preset, new TreeMap<>());
    }

    /**
     * @param name a knob name
     * @param value its value
     * @return a spec equal to this one with the knob set
     */
    public GenerationSpec with(String name, String value) {
        TreeMap<String, String> copy = new TreeMap<>(knobs);
        copy.put(name, value);
        return new GenerationSpec(preset, copy);
    }

    /**
     * The canonical text the hash is taken of: {@code preset=<preset>} followed by one
     * {@code <name>=<value>} line per knob in key order, each line ending in {@code \n}.
     *
     * @return the canonical text
     */
    public String canonicalText() {
        StringBuilder text = new StringBuilder("preset=").append(preset).append('\n');
        knobs.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    /** @return SHA-256 of the UTF-8 {@link #canonicalText()}, 64 lower-case hex digits */
    public String hash() {
        // Every issued id and every stateless key check hashes its spec: a cloned digest, no provider lookup.
        return CanonicalJson.sha256Hex(canonicalText().getBytes(StandardCharsets.UTF_8));
    }
}
