package io.dacr.generator.internal.constraint;

import io.dacr.api.internal.LetterFold;
import io.dacr.api.ConstraintKind;
import io.dacr.api.internal.ScriptRule;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The generator's own check of an artifact against a derived constraint, used to prove that the
 * oracle artifact satisfies every constraint. A word is a whitespace-separated token; letters compare
 * case-insensitively (Unicode case mapping, {@link Locale#ROOT}).
 */
public final class ConstraintChecker {

    private ConstraintChecker() {
    }

    /**
     * @param kind the constraint kind
     * @param expected the derived values ({@code ConstraintValue.expected()})
     * @param artifact the artifact line
     * @return true if the artifact satisfies the constraint
     */
    public static boolean satisfies(ConstraintKind kind, Map<String, String> expected, String artifact) {
        return satisfies(kind, expected, artifact, words(artifact));
    }

    /**
     * {@link #satisfies(ConstraintKind, Map, String)} for a caller that checks one artifact against
     * several constraints and splits it once.
     *
     * @param kind the constraint kind
     * @param expected the derived values ({@code ConstraintValue.expected()})
     * @param artifact the artifact line
     * @param words {@code words(artifact)}
     * @return true if the artifact satisfies the constraint
     */
    public static boolean satisfies(ConstraintKind kind, Map<String, String> expected, String artifact,
                                    List<String> words) {
        return switch (kind) {
            case WORD_COUNT -> words.size() == Integer.parseInt(expected.get("count"));
            case PRIME -> words.contains(expected.get("prime"));
            case EQUATION -> words.contains(expected.get("a") + "+" + expected.get("b") + "=" + expected.get("c"));
            case INCLUDES_ATTRIBUTE -> containsPhrase(words, words(expected.get("value")));
            case ACROSTIC -> acrostic(words, expected.get("letters"));
            case FORBIDDEN_LETTER -> !LetterFold.contains(artifact, expected.get("letter"));
        };
    }

    /**
     * @param text a line
     * @return its words, as the verifier splits them ({@link ScriptRule#words})
     */
    public static List<String> words(String text) {
        return ScriptRule.words(text);
    }

    private static boolean containsPhrase(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            boolean all = true;
            for (int j = 0; j < phrase.size() && all; j++) {
                all = words.get(start + j).toLowerCase(Locale.ROOT).equals(phrase.get(j).toLowerCase(Locale.ROOT));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean acrostic(List<String> words, String letters) {
        int n = letters.codePointCount(0, letters.length());
        if (words.size() < n) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < n; i++) {
            int want = letters.codePointAt(at);
            at += Character.charCount(want);
            int got = words.get(i).codePointAt(0);
            if (Character.toUpperCase(got) != Character.toUpperCase(want)) {
                return false;
            }
        }
        return true;
    }
}
