package io.dacr.api;

/**
 * One step of a reasoning trace: reading a fact, or computing from earlier values.
 *
 * <p>Wire form: an object with {@code "type": "extract_fact"} or {@code "type": "compute_logic"}.
 */
public sealed interface TraceStep permits ExtractFactStep, ComputeStep {

    /** @return the wire name of the step type */
    String type();
}
