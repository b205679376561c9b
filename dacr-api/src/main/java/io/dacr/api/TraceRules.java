package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * What a reasoning trace must look like to be valid.
 *
 * @param minSteps fewest steps, at least 1
 * @param maxSteps most steps, at least {@code minSteps}
 * @param operations the {@code compute_logic} operations allowed, by wire name (e.g. {@code add})
 * @param citationsChecked whether each {@code extract_fact} citation must point to a paragraph that
 *     states the cited fact
 */
public record TraceRules(int minSteps, int maxSteps, List<String> operations, boolean citationsChecked) {

    /** The operations of the default rules, in documentation order. */
    public static final List<String> DEFAULT_OPERATIONS = List.of(
            "add", "sum", "subtract", "multiply", "divide", "mod", "max", "min", "average", "next_prime",
            "round", "abs_diff", "ratio", "count", "compare_gt", "compare_lt", "compare_eq");

    /** Validates and copies. */
    public TraceRules {
        Checks.positive(minSteps, "minSteps");
        Checks.requireArgument(maxSteps >= minSteps, "maxSteps (%d) must be at least minSteps (%d)", maxSteps, minSteps);
        operations = Checks.immutableList(operations, "operations");
    }

    /** @return 3 to 200 steps, the default operations, citations checked */
    public static TraceRules defaults() {
        return new TraceRules(3, 200, DEFAULT_OPERATIONS, true);
    }
}
