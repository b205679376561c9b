package io.dacr.core.verify.internal;

import io.dacr.api.internal.LetterFold;
import io.dacr.api.internal.ScriptRule;
import io.dacr.api.CheckResult;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ConstraintValue;
import io.dacr.api.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One constraint prepared for checking from its derived values ({@link ConstraintValue#expected()}).
 * The parameter contract per kind, as the generator's constraint planner writes it (and as its own
 * checker reads it):
 * <ul>
 *   <li>{@code word_count}: {@code count}, a non-negative integer; the artifact has exactly that many
 *       words.</li>
 *   <li>{@code prime}: {@code prime}, the prime in plain decimal; some word of the artifact equals it
 *       exactly.</li>
 *   <li>{@code equation}: {@code a}, {@code b}, {@code c}; some word equals {@code a+b=c} exactly.</li>
 *   <li>{@code includes_attribute}: {@code value}, an attribute value of one or more words; its words
 *       appear as consecutive words of the artifact, case-insensitively ({@link Locale#ROOT}).</li>
 *   <li>{@code acrostic}: {@code letters}, one letter per answer; the first words of the artifact start,
 *       in order, with those letters (code points compared after upper-casing).</li>
 *   <li>{@code forbidden_letter}: {@code letter}; the lower-cased artifact does not contain the
 *       lower-cased letter, and the artifact in NFKC, case-folded, does not contain the letter so
 *       folded ({@link LetterFold#fold}): a fullwidth, mathematical or circled form of the letter is
 *       the letter.</li>
 * </ul>
 * A word is a whitespace-separated token ({@link ScriptRule#words}). Failure reasons never state the derived
 * values, which are secret.
 */
final class ConstraintCheck {

    private final String id;
    private final ConstraintKind kind;
    private final int count;
    private final String word;
    /** For {@code forbidden_letter}: {@link LetterFold#fold} of the letter; else null. */
    private final String foldedLetter;
    /** The chars of {@code word}, for {@link Artifact#hasWord(String, char[])}; null if there is no word. */
    private final char[] wordChars;
    private final List<String> phrase;
    private final String letters;
    /** The code points of {@code letters}, upper-cased ({@link Character#toUpperCase(int)}). */
    private final int[] upperLetters;
    private final CheckResult passed;

    private ConstraintCheck(String id, ConstraintKind kind, int count, String word, List<String> phrase, String letters) {
        this.id = id;
        this.passed = CheckResult.pass(id);
        this.kind = kind;
        this.count = count;
        this.word = word;
        this.foldedLetter = kind == ConstraintKind.FORBIDDEN_LETTER ? LetterFold.fold(word) : null;
        this.wordChars = word == null ? null : word.toCharArray();
        this.phrase = phrase;
        this.letters = letters;
        this.upperLetters = letters == null ? null : upperCodePoints(letters);
    }

    /** @return the code points of {@code text}, each upper-cased ({@link Character#toUpperCase(int)}) */
    private static int[] upperCodePoints(String text) {
        int[] out = new int[text.codePointCount(0, text.length())];
        for (int i = 0, at = 0; i < out.length; i++) {
            int cp = text.codePointAt(at);
            out[i] = Character.toUpperCase(cp);
            at += Character.charCount(cp);
        }
        return out;
    }

    /**
     * @throws IllegalArgumentException if the values lack a parameter of the kind or one is ill-formed
     */
    static ConstraintCheck of(Constraint constraint, ConstraintValue value) {
        Map<String, String> e = value.expected();
        String id = constraint.id();
        return switch (constraint.kind()) {
            case WORD_COUNT -> {
                String n = required(e, "count", id);
                require(isCount(n), id, "count must be a non-negative integer");
                yield new ConstraintCheck(id, constraint.kind(), Integer.parseInt(n), null, null, null);
            }
            case PRIME -> new ConstraintCheck(id, constraint.kind(), 0, required(e, "prime", id), null, null);
            case EQUATION -> new ConstraintCheck(id, constraint.kind(), 0,
                    required(e, "a", id) + "+" + required(e, "b", id) + "=" + required(e, "c", id), null, null);
            case INCLUDES_ATTRIBUTE -> {
                List<String> words = new ArrayList<>();
                for (String w : ScriptRule.words(required(e, "value", id))) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
                require(!words.isEmpty(), id, "value has no word");
                yield new ConstraintCheck(id, constraint.kind(), 0, null, List.copyOf(words), null);
            }
            case ACROSTIC -> new ConstraintCheck(id, constraint.kind(), 0, null, null, required(e, "letters", id));
            case FORBIDDEN_LETTER -> new ConstraintCheck(id, constraint.kind(), 0,
                    required(e, "letter", id).toLowerCase(Locale.ROOT), null, null);
        };
    }

    /** @return true if {@code n} is one to nine ASCII digits ({@code [0-9]{1,9}}), read without a regular expression */
    private static boolean isCount(String n) {
        if (n.isEmpty() || n.length() > 9) {
            return false;
        }
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) < '0' || n.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String required(Map<String, String> expected, String name, String id) {
        String v = expected.get(name);
        require(v != null && !v.isEmpty(), id, "missing derived value '" + name + "'");
        return v;
    }

    private static void require(boolean condition, String id, String what) {
        if (!condition) {
            throw new IllegalArgumentException("the answer key does not fit constraint " + id + ": " + what);
        }
    }

    /**
     * @param artifact the artifact, already known to obey the script rule
     * @return the result
     */
    CheckResult check(Artifact artifact) {
        return switch (kind) {
            case WORD_COUNT -> artifact.wordCount() == count ? passed
                    : fail("the artifact has " + artifact.wordCount() + " words, not the required number");
            case PRIME -> artifact.hasWord(word, wordChars) ? passed : fail("no word is the required prime");
            case EQUATION -> artifact.hasWord(word, wordChars) ? passed : fail("no word is the required equation");
            case INCLUDES_ATTRIBUTE -> containsPhrase(artifact) ? passed
                    : fail("the artifact does not include the required attribute value");
            case ACROSTIC -> acrostic(artifact) ? passed
                    : fail("the first words do not start with the required letters");
            case FORBIDDEN_LETTER -> artifact.containsLetter(word, foldedLetter)
                    ? fail("the artifact contains the forbidden letter") : passed;
        };
    }

    /** @return the result of a passing check: one shared instance, so a verdict can recognise it */
    CheckResult passed() {
        return passed;
    }

    private CheckResult fail(String reason) {
        return new CheckResult(id, Outcome.FAIL, reason);
    }

    private boolean containsPhrase(Artifact artifact) {
        int words = artifact.wordCount();
        for (int start = 0; start + phrase.size() <= words; start++) {
            boolean all = true;
            for (int j = 0; j < phrase.size() && all; j++) {
                all = artifact.lowerWordEquals(start + j, phrase.get(j));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private boolean acrostic(Artifact artifact) {
        int words = artifact.wordCount();
        for (int i = 0; i < upperLetters.length; i++) {
            if (i >= words) {
                return false;
            }
            int first = artifact.firstCodePoint(i);
            // Upper-casing ASCII is a–z to A–Z, as Character.toUpperCase does there.
            int upper = first < 0x80 ? (first >= 'a' && first <= 'z' ? first - ('a' - 'A') : first) : Character.toUpperCase(first);
            if (upper != upperLetters[i]) {
                return false;
            }
        }
        return true;
    }
}
