package io.dacr.cli.archfixture.api;

import java.util.List;

/**
 * Fixture: an API type that uses only the JDK and its own package.
 *
 * @param names some names
 */
public record JdkOnlyValue(List<String> names) {

    /** @return a copy with one more name */
    public JdkOnlyValue with(String name) {
        return new JdkOnlyValue(java.util.stream.Stream.concat(names.stream(), java.util.stream.Stream.of(name)).toList());
    }
}
