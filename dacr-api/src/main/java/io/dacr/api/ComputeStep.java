package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * A trace step that computes a value; the verifier re-executes it.
 *
 * @param op the operation's wire name, e.g. {@code add}, {@code next_prime}
 * @param inputs the operands as text
 * @param result the claimed result as text
 */
public record ComputeStep(String op, List<String> inputs, String result) implements TraceStep {

    /** The wire name of this step type. */
    public static final String TYPE = "compute_logic";

    /** Requires every component to be present and copies the inputs. */
    public ComputeStep {
        Checks.notNull(op, "op");
        inputs = Checks.immutableList(inputs, "inputs");
        Checks.notNull(result, "result");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
