package io.dacr.core.verify.internal;

import io.dacr.api.internal.LetterFold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Paragraph;
import io.dacr.api.internal.ScriptRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The verifier's fast paths give exactly what the general code gives: the one-pass ASCII
 * normalisation (into a string or a reused buffer), the artifact's words read in place, the long-based
 * decimal reader and the hand-written paragraph id reader.
 */
class FastPathEquivalenceTest {

    @Provide
    Arbitrary<String> asciiText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMaxLength(30),
                Arbitraries.strings().withChars("aZ _-.,;:!?\t\u001F").ofMaxLength(12),
                Arbitraries.of("the ", "The Kelmara Air.", "a", "an  ", "A b", "  THE  x  ", "an an.", "x ,", "fleet_size", "ok"));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(asciiText(), Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.of("Ｋｅｌｍａｒａ\uFE4Dair", "fleet\uFE63size", "ΣΊΣΥΦΟΣ", "İstanbul_x"));
    }

    @Property
    void asciiNormalisationEqualsTheGeneralSteps(@ForAll("asciiText") String text) {
        String general = Normalizer.dropArticle(Normalizer.dropTrailingPunctuation(
                Normalizer.collapse(text.toLowerCase(Locale.ROOT))));
        assertEquals(general, Normalizer.strict(text));
    }

    @Property
    void attributeNormalisationReadsDashesAsSpacesBeforeNormalising(@ForAll("anyText") String text) {
        assertEquals(Normalizer.strict(text.replace('_', ' ').replace('-', ' ')), Normalizer.attribute(text));
    }

    @Property
    void aNormalTextBufferHoldsTheNormalFormOfAnyText(@ForAll("anyText") String text) {
        NormalText buffer = new NormalText();
        assertEquals(Normalizer.strict(text), buffer.strict(text).toString());
        assertTrue(buffer.is(Normalizer.strict(text)));
        assertEquals(Normalizer.strict(text).hashCode(), buffer.hash());
        assertTrue(buffer.isByHash(Normalizer.strict(text)));
        assertEquals(Normalizer.attribute(text), buffer.attribute(text).toString());
        assertEquals(Normalizer.attribute(text).isEmpty(), buffer.isEmpty());
    }

    @Provide
    Arbitrary<String> artifacts() {
        Arbitrary<String> word = Arbitraries.of("Port", "port", "VELL", "13", "10+11=21", "\u00C9cole", "\u0130pek", "Stra\u00DFe",
                "\u6771\u4EAC", "\uD835\uDC00x", "z", "Z");
        Arbitrary<String> separator = Arbitraries.of(" ", "  ", "\u00A0", "\u2003", "\t");
        return Combinators.combine(word.list().ofMaxSize(8), separator.list().ofMinSize(8).ofMaxSize(8))
                .as((words, separators) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        b.append(separators.get(i)).append(words.get(i));
                    }
                    return b.toString();
                });
    }

    @Property
    void anArtifactReadsTheWordsTheScriptRuleSplits(@ForAll("artifacts") String text, @ForAll("artifacts") String other) {
        Artifact artifact = new Artifact(text, text.chars().allMatch(c -> c < 0x80));
        List<String> words = ScriptRule.words(text);
        assertEquals(words.size(), artifact.wordCount());
        for (int i = 0; i < words.size(); i++) {
            assertTrue(artifact.hasWord(words.get(i)));
            assertEquals(words.get(i).codePointAt(0), artifact.firstCodePoint(i));
            String lower = words.get(i).toLowerCase(Locale.ROOT);
            assertTrue(artifact.lowerWordEquals(i, lower));
            for (String w : ScriptRule.words(other)) {
                assertEquals(lower.equals(w.toLowerCase(Locale.ROOT)), artifact.lowerWordEquals(i, w.toLowerCase(Locale.ROOT)));
                assertEquals(words.contains(w), artifact.hasWord(w));
            }
        }
        for (String letter : List.of("z", "p", "a", "i", "\u0131", "\u00E9", "i\u0307", "\u00DF", "ell")) {
            assertEquals(text.toLowerCase(Locale.ROOT).contains(letter), artifact.lowerTextContains(letter), letter);
            String folded = LetterFold.fold(letter);
            // The generator plans and proves its artifacts with LetterFold: the fast path must agree with it.
            assertEquals(LetterFold.contains(text, letter), artifact.containsLetter(letter, folded), letter);
        }
    }

    @Test
    void asciiSpacesAreTheWhitespaceAndSpaceSeparatorsOfTheJdk() {
        for (int cp = 0; cp < 0x80; cp++) {
            boolean jdk = Character.isWhitespace(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR;
            assertEquals(jdk, Normalizer.isSpace(cp), "U+" + Integer.toHexString(cp));
        }
    }

    @Provide
    Arbitrary<String> plainDecimals() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30);
        return Arbitraries.oneOf(digits, digits.flatMap(i -> digits.map(f -> i + "." + f)), digits.map(d -> "-" + d));
    }

    @Property
    void decimalsReadsPlainNumbersAsBigDecimalDoes(@ForAll("plainDecimals") String text) {
        BigDecimal read = Decimals.parse(text, 1000);
        // equals, not compareTo: the scale must be the same too.
        assertEquals(new BigDecimal(text), read);
    }

    @Test
    void decimalsReadsGroupedNumbersWithTheirScale() {
        assertEquals(new BigDecimal("1234567890123456789012.50"), Decimals.parse("1,234,567,890,123,456,789,012.50", 1000));
        assertEquals(new BigDecimal("-999999999999999999"), Decimals.parse("\u2212999,999,999,999,999,999", 1000));
    }

    @Provide
    Arbitrary<String> commaNumbers() {
        return Arbitraries.strings().withChars("0123456789,").ofMinLength(1).ofMaxLength(14).filter(t -> t.indexOf(',') >= 0);
    }

    /** Commas group thousands only: a first group of 1 to 3 digits, not starting with 0, then groups of 3. */
    @Property
    void decimalsReadsCommasOnlyAsThousandsGrouping(@ForAll("commaNumbers") String text) {
        boolean grouping = text.matches("[1-9][0-9]{0,2}(,[0-9]{3})+");
        BigDecimal read = Decimals.parse(text, 1000);
        assertEquals(grouping, read != null, text);
        if (grouping) {
            assertEquals(new BigDecimal(text.replace(",", "")), read);
        }
        assertEquals(grouping, Decimals.parse("-" + text + ".5", 1000) != null, text);
    }

    @Test
    void decimalsRefusesACommaAfterLeadingZeros() {
        for (String text : List.of("0,027", "00,027", "000,027", "-0,027", "0,027.5", "0,000,027", "01,000")) {
            assertEquals(null, Decimals.parse(text, 1000), text);
        }
        assertEquals(new BigDecimal("1027"), Decimals.parse("1,027", 1000));
        assertEquals(new BigDecimal("100027"), Decimals.parse("100,027", 1000));
    }

    @Provide
    Arbitrary<String> sources() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("paragph_0123456789 x").ofMaxLength(18),
                Arbitraries.strings().numeric().ofMaxLength(8).map(d -> "paragraph_" + d));
    }

    @Property
    void paragraphNumbersAreReadAsTheParagraphIdRuleReadsThem(@ForAll("sources") String source) {
        int expected = Paragraph.isParagraphId(source) ? Integer.parseInt(source.substring("paragraph_".length())) : -1;
        assertEquals(expected, TraceValidator.paragraphNumber(source));
    }
}
