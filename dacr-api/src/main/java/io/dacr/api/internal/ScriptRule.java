package io.dacr.api.internal;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The script rule that answer artifacts and domain packs obey, shared by the verifier, the generator
 * and the test kit so that all three judge text alike. Not API: may change without notice.
 *
 * <p>The rule, for one line of text:
 * <ul>
 *   <li>A word is a whitespace-separated token: any space character ({@link Character#isWhitespace}
 *       or Unicode category Zs) separates words.</li>
 *   <li>No control character (category Cc: tab, newline, NUL …) and no line or paragraph separator
 *       (Zl, Zp): text under this rule is one line.</li>
 *   <li>No format character (category Cf): zero-width space, joiners (U+200B … U+200D), word joiner
 *       (U+2060), byte-order mark (U+FEFF), soft hyphen, bidirectional controls (U+202A … U+202E,
 *       U+2066 … U+2069, U+200E, U+200F) and the like. They are invisible, so they let two texts
 *       that look the same differ.</li>
 *   <li>No other invisible character: nothing with Unicode's Default_Ignorable_Code_Point property,
 *       such as the combining grapheme joiner (U+034F), the Hangul fillers (U+115F, U+1160, U+3164,
 *       U+FFA0) or the variation selectors (U+FE00 … U+FE0F, U+E0100 … U+E01EF). A Hangul filler
 *       would otherwise stand as a blank "word".</li>
 *   <li>No unassigned, private-use or lone surrogate code point.</li>
 *   <li>Each word is written in one script. Characters of the Common script (digits, punctuation,
 *       symbols) and the Inherited script (combining marks, such as the accents of NFD text) go with
 *       any script. So that look-alike mixes such as a Cyrillic 'а' in a Latin word are caught while
 *       real writing passes, Han, Hiragana and Katakana count as one script within a word (Japanese),
 *       as do Han and Hangul (Korean) and Han and Bopomofo, following the "single script" test of
 *       Unicode Technical Standard #39.</li>
 * </ul>
 *
 * <p>Scripts and categories are the running JDK's Unicode tables (Java 17: Unicode 13). A character
 * assigned in a later Unicode version counts as unassigned there; nothing a domain pack or the
 * generator needs is that new.
 *
 * <pre>{@code
 * ScriptRule.firstViolation("Pаypal pays")   // Optional[word 1 'Pаypal' mixes LATIN and CYRILLIC: U+0430 at index 1]
 * ScriptRule.firstViolation("東京 Tower 42") // Optional.empty
 * }</pre>
 */
public final class ScriptRule {

    /** Words longer than this are shortened in messages, which may be shown to a solver. */
    private static final int MAX_QUOTED_CODE_POINTS = 32;

    private static final Set<UnicodeScript> JAPANESE =
            EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA);
    private static final Set<UnicodeScript> KOREAN = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HANGUL);
    private static final Set<UnicodeScript> HAN_WITH_BOPOMOFO = EnumSet.of(UnicodeScript.HAN, UnicodeScript.BOPOMOFO);

    private ScriptRule() {
    }

    /**
     * Finds the first place, in text order, where {@code text} breaks the rule.
     *
     * @param text the text to check
     * @return a human-readable reason naming the position and the offending character by its code
     *     point (never the raw character, so the reason is itself printable), or empty if the text
     *     obeys the rule
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<String> firstViolation(String text) {
        Checks.notNull(text, "text");
        int wordNumber = 0;
        int wordStart = -1;
        // The specific scripts (not Common or Inherited) of the current word so far, in the order met.
        Set<UnicodeScript> scripts = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            Optional<String> characterProblem = characterProblem(cp, type, i);
            if (characterProblem.isPresent()) {
                return characterProblem;
            }
            if (isSeparator(cp, type)) {
                wordStart = -1;
                scripts.clear();
            } else {
                if (wordStart < 0) {
                    wordStart = i;
                    wordNumber++;
                }
                UnicodeScript script = UnicodeScript.of(cp);
                if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED && scripts.add(script)
                        && !isSingleScript(scripts)) {
                    return Optional.of(String.format(Locale.ROOT, "word %d '%s' mixes %s and %s: %s at index %d",
                            wordNumber, quote(text, wordStart), scripts.iterator().next(), script, codePoint(cp), i));
                }
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    private static Optional<String> characterProblem(int cp, int type, int index) {
        String what;
        if (type == Character.CONTROL) {
            what = cp == '\n' || cp == '\r' || cp == 0x85 ? "line break" : "control character";
        } else if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            what = "line break";
        } else if (type == Character.FORMAT) {
            what = "invisible format character";
        } else if (type == Character.SURROGATE) {
            what = "lone surrogate";
        } else if (type == Character.PRIVATE_USE) {
            what = "private-use character";
        } else if (type == Character.UNASSIGNED) {
            what = "unassigned code point";
        } else if (isDefaultIgnorable(cp)) {
            what = "invisible character";
        } else {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s %s at index %d", what, codePoint(cp), index));
    }

    /**
     * Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt, 14.0): code points a
     * renderer shows as nothing. Most are format characters (Cf) or unassigned, refused as such; the
     * rest are not: the combining grapheme joiner (U+034F), the Hangul fillers (U+115F, U+1160, U+3164,
     * U+FFA0), the Khmer inherent vowels (U+17B4, U+17B5), the Mongolian free variation selectors
     * (U+180B–U+180D, U+180F) and the variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF).
     *
     * @param cp a code point
     * @return true if it is default-ignorable
     */
    static boolean isDefaultIgnorable(int cp) {
        if (cp < 0x00AD) {
            return false;
        }
        if (cp < 0x2000) {
            return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160 || cp == 0x17B4
                    || cp == 0x17B5 || cp >= 0x180B && cp <= 0x180F;
        }
        if (cp < 0x10000) {
            return cp >= 0x200B && cp <= 0x200F || cp >= 0x202A && cp <= 0x202E || cp >= 0x2060 && cp <= 0x206F
                    || cp == 0x3164 || cp >= 0xFE00 && cp <= 0xFE0F || cp == 0xFEFF || cp == 0xFFA0
                    || cp >= 0xFFF0 && cp <= 0xFFF8;
        }
        return cp >= 0x1BCA0 && cp <= 0x1BCA3 || cp >= 0x1D173 && cp <= 0x1D17A || cp >= 0xE0000 && cp <= 0xE0FFF;
    }

    private static boolean isSeparator(int cp, int type) {
        return Character.isWhitespace(cp) || type == Character.SPACE_SEPARATOR;
    }

    /**
     * The one definition of a word separator, shared by the script rule, the verifier's constraint
     * checks and the generator's self-checks: {@link Character#isWhitespace} or Unicode category Zs
     * (so a no-break space separates words too).
     *
     * @param cp a code point
     * @return true if it separates words
     */
    public static boolean isWordSeparator(int cp) {
        if (cp < 0x80) {
            // ASCII fast path: exactly the ASCII code points Character.isWhitespace accepts (none is Zs but space).
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        }
        return isSeparator(cp, Character.getType(cp));
    }

    /**
     * Splits a line into words: maximal runs of code points that are not {@link #isWordSeparator word
     * separators}.
     *
     * @param line a line of text
     * @return its words, in order
     */
    public static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (isWordSeparator(cp)) {
                if (start >= 0) {
                    out.add(line.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(line.substring(start));
        }
        return out;
    }

    /** The word starting at {@code start}, shortened; called only once the word is known to be printable. */
    private static String quote(String text, int start) {
        StringBuilder word = new StringBuilder();
        int count = 0;
        for (int i = start; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isSeparator(cp, Character.getType(cp)) || characterProblem(cp, Character.getType(cp), i).isPresent()) {
                break;
            }
            if (count == MAX_QUOTED_CODE_POINTS) {
                return word.append('…').toString();
            }
            word.appendCodePoint(cp);
            count++;
            i += Character.charCount(cp);
        }
        return word.toString();
    }

    private static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /**
     * True if the scripts of one word count as one script: a single script, or the scripts of one
     * writing system that combines several (UTS #39's augmented script sets Jpan, Kore and Hanb).
     */
    private static boolean isSingleScript(Set<UnicodeScript> scripts) {
        return scripts.size() <= 1 || JAPANESE.containsAll(scripts) || KOREAN.containsAll(scripts)
                || HAN_WITH_BOPOMOFO.containsAll(scripts);
    }
}
