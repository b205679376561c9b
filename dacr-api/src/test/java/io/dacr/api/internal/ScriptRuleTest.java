package io.dacr.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptRuleTest {

    private static void assertClean(String text) {
        assertEquals(Optional.empty(), ScriptRule.firstViolation(text), () -> "expected no violation in " + text);
    }

    private static String violation(String text) {
        return ScriptRule.firstViolation(text).orElseThrow(() -> new AssertionError("expected a violation in " + text));
    }

    @Test
    void plainLatinSentenceObeysTheRule() {
        assertClean("Kelmar Holdings reported revenue of $1.66 billion.");
    }

    @Test
    void emptyTextObeysTheRule() {
        assertClean("");
    }

    @Test
    void digitsAndPunctuationGoWithAnyScript() {
        assertClean("2+3=5 (41%) — «Москва-2024» 東京2024! #7 $12,400.50 ½");
    }

    @Test
    void cyrillicLetterInLatinWordIsAViolation() {
        String reason = violation("Paypal P\u0430ypal");
        assertEquals("word 2 'P\u0430ypal' mixes LATIN and CYRILLIC: U+0430 at index 8", reason);
    }

    @Test
    void greekOmicronInLatinWordIsAViolation() {
        assertTrue(violation("G\u03BFogle").contains("mixes LATIN and GREEK: U+03BF"));
    }

    @Test
    void latinLetterInCyrillicWordIsReportedWithTheScriptMetFirst() {
        assertTrue(violation("\u041C\u043Es\u043A\u0432\u0430").contains("mixes CYRILLIC and LATIN"));
    }

    @Test
    void wordsOfDifferentScriptsSideBySideObeyTheRule() {
        assertClean("Kelmar 東京 Москва Αθήνα 서울 القاهرة");
    }

    @Test
    void japaneseWordMixingKanjiHiraganaAndKatakanaIsOneScript() {
        assertClean("東京タワーはとても高い");
    }

    @Test
    void koreanWordMixingHangulAndHanjaIsOneScript() {
        assertClean("大韓민국");
    }

    @Test
    void hangulWithKatakanaInOneWordIsAViolation() {
        assertTrue(violation("한カ").contains("mixes HANGUL and KATAKANA"));
    }

    @Test
    void zeroWidthJoinerIsAViolation() {
        assertEquals("invisible format character U+200D at index 3", violation("Kel\u200Dmar"));
    }

    @Test
    void zeroWidthSpaceIsAViolation() {
        assertTrue(violation("two\u200Bwords").startsWith("invisible format character U+200B"));
    }

    @Test
    void byteOrderMarkIsAViolation() {
        assertTrue(violation("\uFEFFrevenue").startsWith("invisible format character U+FEFF at index 0"));
    }

    @Test
    void rightToLeftOverrideIsAViolation() {
        assertTrue(violation("price \u202E001$").startsWith("invisible format character U+202E"));
    }

    @Test
    void wordJoinerIsAViolation() {
        assertTrue(violation("a\u2060b").startsWith("invisible format character U+2060"));
    }

    /**
     * Default-ignorable code points that are not format characters (combining grapheme joiner, Hangul
     * fillers, Khmer inherent vowels, Mongolian and other variation selectors) are invisible too: inside
     * a word or standing alone as a "word", each is a violation named by its code point.
     */
    @ParameterizedTest
    @ValueSource(ints = {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x3164, 0xFE00, 0xFE0E, 0xFE0F,
            0xFFA0, 0xE0100, 0xE01EF})
    void invisibleDefaultIgnorableCharacterIsAViolation(int cp) {
        String c = new String(Character.toChars(cp));
        String name = String.format(java.util.Locale.ROOT, "U+%04X", cp);
        assertEquals("invisible character " + name + " at index 4", violation("word" + c + " two"));
        assertEquals("invisible character " + name + " at index 4", violation("one " + c + " two"));
    }

    /** Default_Ignorable_Code_Point, from Unicode's DerivedCoreProperties.txt (14.0; 13.0 lacks only U+180F). */
    private static final int[][] DEFAULT_IGNORABLE = {{0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C},
        {0x115F, 0x1160}, {0x17B4, 0x17B5}, {0x180B, 0x180F}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x206F},
        {0x3164, 0x3164}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}, {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3},
        {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF}};

    @Test
    void everyDefaultIgnorableCodePointIsAViolation() {
        for (int[] range : DEFAULT_IGNORABLE) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                int at = cp;
                assertTrue(ScriptRule.firstViolation("a" + new String(Character.toChars(cp)) + "b").isPresent(),
                        () -> String.format("U+%04X", at));
            }
        }
    }

    @Test
    void visibleNeighboursOfTheInvisibleCharactersObeyTheRule() {
        // Hangul jamo, Khmer vowel signs, a Mongolian word, an emoji without a variation selector.
        assertClean("\u1100\u1161 \u1161\u11A8 \u1780\u17B6 \u182E\u1823\u1829 \u2764");
    }

    @Test
    void tabIsAViolation() {
        assertEquals("control character U+0009 at index 3", violation("one\ttwo"));
    }

    @Test
    void newlineIsAViolation() {
        assertEquals("line break U+000A at index 3", violation("one\ntwo"));
    }

    @Test
    void unicodeLineSeparatorIsAViolation() {
        assertTrue(violation("one\u2028two").startsWith("line break U+2028"));
    }

    @Test
    void nulIsAViolation() {
        assertTrue(violation("a\u0000").startsWith("control character U+0000"));
    }

    @Test
    void privateUseCharacterIsAViolation() {
        assertTrue(violation("logo\uE000").startsWith("private-use character U+E000"));
    }

    @Test
    void loneSurrogateIsAViolation() {
        assertTrue(violation("a\uD800b").startsWith("lone surrogate U+D800"));
    }

    @Test
    void unassignedCodePointIsAViolation() {
        assertTrue(violation("a\u0378").startsWith("unassigned code point U+0378"));
    }

    @Test
    void accentedLatinInComposedFormObeysTheRule() {
        assertClean("Zürich Société Ångström");
    }

    @Test
    void accentedLatinInDecomposedFormObeysTheRuleBecauseCombiningMarksAreInherited() {
        String decomposed = Normalizer.normalize("Zürich Société Ångström", Normalizer.Form.NFD);
        assertTrue(decomposed.length() > "Zürich Société Ångström".length(), "the text really is decomposed");
        assertClean(decomposed);
    }

    @Test
    void nonBreakingSpaceSeparatesWords() {
        assertClean("Kelmar\u00A0東京");
    }

    @Test
    void supplementaryPlaneLettersAreJudgedByTheirScript() {
        // U+10330 GOTHIC LETTER AHSA next to a Latin letter in one word.
        assertTrue(violation("a\uD800\uDF30").contains("mixes LATIN and GOTHIC: U+10330 at index 1"));
    }

    @Test
    void firstViolationInTextOrderIsReported() {
        assertTrue(violation("P\u0430y\tnow").contains("U+0430"));
        assertTrue(violation("Pay\tn\u043Ew").startsWith("control character U+0009"));
    }

    @Test
    void longWordsAreShortenedInTheReason() {
        String word = "a".repeat(100) + "\u0430";
        String reason = violation(word);
        assertTrue(reason.contains("'" + "a".repeat(32) + "…'"), reason);
    }

    @Test
    void nullTextIsRejected() {
        assertThrows(NullPointerException.class, () -> ScriptRule.firstViolation(null));
    }

    @Property
    void asciiLettersAndDigitsSeparatedBySpacesAlwaysObeyTheRule(
            @ForAll @AlphaChars @NumericChars @StringLength(max = 40) String word1,
            @ForAll @AlphaChars @StringLength(max = 40) String word2) {
        assertClean(word1 + " " + word2);
    }

    @Property
    void aCyrillicLetterAppendedToALatinWordIsAlwaysAViolation(
            @ForAll @AlphaChars @StringLength(min = 1, max = 20) String latin) {
        assertTrue(ScriptRule.firstViolation(latin + "\u0436").isPresent());
    }

    @Test
    void wordsAreSplitOnWhitespaceAndOnNoBreakSpaces() {
        assertEquals(java.util.List.of("one", "two", "three", "four"), ScriptRule.words("  one two\u00a0three\u202ffour "));
        assertTrue(ScriptRule.isWordSeparator(0x2007));
        assertFalse(ScriptRule.isWordSeparator('x'));
    }

    @Test
    void anEmptyOrBlankLineHasNoWords() {
        assertEquals(java.util.List.of(), ScriptRule.words(""));
        assertEquals(java.util.List.of(), ScriptRule.words(" \t "));
    }
}
