package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The secret values a constraint was derived to: for example {@code count=17} for a word count,
 * {@code letters=KMT} for an acrostic.
 *
 * @param constraintId the constraint
 * @param expected the derived parameters by name, sorted; values in canonical text form
 * @param trappedValue what a solver that fell for the trap behind the constraint would derive (it
 *     differs from the true value), or null if the constraint depends on no trapped answer
 */
public record ConstraintValue(String constraintId, SortedMap<String, String> expected, String trappedValue) {

    /** Validates and takes a sorted, unmodifiable copy. */
    public ConstraintValue {
        Checks.notBlank(constraintId, "constraintId");
        Checks.notNull(expected, "expected");
        TreeMap<String, String> copy = new TreeMap<>();
        expected.forEach((k, v) -> {
            Checks.notBlank(k, "expected key");
            if (v == null) {
                // The message is built only on failure: constraint values are made on the key path.
                throw new NullPointerException("expected[" + k + "] must not be null");
            }
            copy.put(k, v);
        });
        expected = Collections.unmodifiableSortedMap(copy);
    }
}
