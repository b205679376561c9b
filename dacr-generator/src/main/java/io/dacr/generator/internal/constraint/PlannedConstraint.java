package io.dacr.generator.internal.constraint;

import io.dacr.api.ComputeStep;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintValue;
import java.util.List;

/**
 * A constraint with its derived values and the trace steps that derive them.
 *
 * @param constraint the public constraint
 * @param value the derived values and the trapped value
 * @param derivation the {@code compute_logic} steps that derive the values from the answers
 */
public record PlannedConstraint(Constraint constraint, ConstraintValue value, List<ComputeStep> derivation) {
}
