package io.dacr.generator.internal.oracle;

import io.dacr.api.internal.LetterFold;
import io.dacr.api.GenerationException;
import io.dacr.generator.internal.constraint.ConstraintChecker;
import io.dacr.generator.internal.constraint.PlannedConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a one-line artifact that satisfies every constraint, constructively: acrostic words first,
 * then included values, primes and equations, then padding words free of the forbidden letter up to
 * the word count. The result is checked with {@link ConstraintChecker}; a failure is a generator bug
 * and raises an exception instead of emitting an unsatisfiable challenge.
 */
public final class ArtifactBuilder {

    private static final List<String> PADDING = List.of("and", "then", "so", "we", "go", "it", "is", "done", "now",
            "yes", "up", "by", "my", "fun", "run", "all", "in", "on", "to", "be");

    private ArtifactBuilder() {
    }

    /**
     * @param constraints the constraints
     * @return the artifact
     * @throws GenerationException if the constructed artifact fails a constraint
     */
    public static String build(List<PlannedConstraint> constraints) {
        List<String> words = new ArrayList<>(64);
        String forbidden = null;
        Integer count = null;
        for (PlannedConstraint c : constraints) {
            Map<String, String> e = c.value().expected();
            switch (c.constraint().kind()) {
                case ACROSTIC -> {
                    String letters = e.get("letters");
                    List<String> initials = new ArrayList<>();
                    letters.codePoints().forEach(cp -> initials.add(new String(Character.toChars(cp))));
                    words.addAll(0, initials);
                }
                case FORBIDDEN_LETTER -> forbidden = e.get("letter");
                case WORD_COUNT -> count = Integer.parseInt(e.get("count"));
                default -> {
                }
            }
        }
        for (PlannedConstraint c : constraints) {
            Map<String, String> e = c.value().expected();
            switch (c.constraint().kind()) {
                case INCLUDES_ATTRIBUTE -> words.addAll(ConstraintChecker.words(e.get("value")));
                case PRIME -> words.add(e.get("prime"));
                case EQUATION -> words.add(e.get("a") + "+" + e.get("b") + "=" + e.get("c"));
                default -> {
                }
            }
        }
        List<String> padding = new ArrayList<>();
        for (String p : PADDING) {
            if (forbidden == null || !LetterFold.contains(p, forbidden)) {
                padding.add(p);
            }
        }
        if (padding.isEmpty()) {
            padding.add("1");
        }
        int target = count != null ? count : Math.max(words.size(), 1);
        for (int i = 0; words.size() < target; i++) {
            words.add(padding.get(i % padding.size()));
        }
        String artifact = String.join(" ", words);
        // The proof splits the line exactly as the verifier does, once for all the constraints.
        List<String> split = ConstraintChecker.words(artifact);
        for (PlannedConstraint c : constraints) {
            if (!ConstraintChecker.satisfies(c.constraint().kind(), c.value().expected(), artifact, split)) {
                throw new GenerationException("the oracle artifact fails constraint " + c.constraint().id() + " ("
                        + c.constraint().kind().wireName() + ")");
            }
        }
        return artifact;
    }
}
