package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * A check on the answer artifact: the public part. It says which answers the check derives from but
 * not the derived values, which are in the {@link AnswerKey} ({@link ConstraintValue}).
 *
 * @param id {@code c1}, {@code c2}, … unique within the challenge
 * @param kind the kind of check
 * @param text the rule as shown to the solver, e.g. "The number of words equals the answer to q3 plus 2."
 * @param questionRefs the ids of the questions whose answers the check derives from, in order
 */
public record Constraint(String id, ConstraintKind kind, String text, List<String> questionRefs) {

    /** Compiled once: ids are checked for every record made, on the generator's hot path. */
    /** Validates and copies. */
    public Constraint {
        Checks.requireArgument(Checks.isNumberedId(id, "c", 4), "constraint id must look like c1, was '%s'", id);
        Checks.notNull(kind, "kind");
        Checks.notBlank(text, "text");
        questionRefs = Checks.immutableList(questionRefs, "questionRefs");
    }
}
