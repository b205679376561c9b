package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * One step of a gold reasoning chain: read facts (operation {@code extract}) or combine earlier
 * results (a {@code compute_logic} operation such as {@code max} or {@code add}).
 *
 * @param operation {@code extract} or an operation of {@link TraceRules#DEFAULT_OPERATIONS}
 * @param factIds the facts the step reads (empty for pure computation)
 * @param paragraphIds the paragraphs that state those facts, where the chain cites them
 * @param result the step's result in canonical text form
 */
public record ReasoningHop(String operation, List<String> factIds, List<String> paragraphIds, String result) {

    /** Validates and copies. */
    public ReasoningHop {
        Checks.notBlank(operation, "operation");
        factIds = Checks.immutableList(factIds, "factIds");
        paragraphIds = Checks.immutableList(paragraphIds, "paragraphIds");
        Checks.notBlank(result, "result");
    }
}
