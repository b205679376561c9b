package io.dacr.core.verify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.AnswerFormat;
import io.dacr.api.GoldAnswer;
import io.dacr.api.ReasoningHop;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Normalizer#foldsOnto} decides, before normalising, that an answer's normal form is a gold form:
 * whenever it says so, normalising agrees; and grading an entity answer with the gold's fixed forms gives
 * what grading it by its normal form alone gives.
 */
class FoldsOntoTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aAbB tThHeEnN.,\t\u001F\u000B_-\u00E9").ofMaxLength(10),
                Arbitraries.of("the the x", "The X", "a", "A ", "an an", "Carrier A", "CARRIER  A", "carrier\ta",
                        "carrier a.", "\u212Aelvin", "kelvin"));
    }

    @Property(tries = 3000)
    void foldingOntoAFixedPointMeansThatIsTheNormalForm(@ForAll("texts") String text, @ForAll("texts") String other) {
        String fixedPoint = Normalizer.strict(other);
        Assume.that(Normalizer.isFixedPoint(fixedPoint));
        if (Normalizer.foldsOnto(text, fixedPoint)) {
            assertEquals(fixedPoint, Normalizer.strict(text));
        }
    }

    @Property(tries = 1000)
    void aFixedPointIsAsciiAndItsOwnNormalForm(@ForAll("texts") String text) {
        if (Normalizer.isFixedPoint(text)) {
            assertEquals(text, Normalizer.strict(text));
            assertTrue(text.chars().allMatch(c -> c < 0x80));
        }
    }

    @Test
    void aNormalFormThatStillStartsWithAnArticleIsNoFixedPoint() {
        assertEquals("the x", Normalizer.strict("the the x"));
        assertFalse(Normalizer.isFixedPoint("the x"));
        assertFalse(Normalizer.foldsOnto("the x", "x"));
    }

    @Test
    void caseAndSpaceCharsFoldOntoTheForm() {
        assertTrue(Normalizer.foldsOnto("CARRIER\tA", "carrier a"));
        assertFalse(Normalizer.foldsOnto("carrier a.", "carrier a"));
        assertFalse(Normalizer.foldsOnto("\u212Aarrier a", "karrier a"));
    }

    @Property(tries = 2000)
    void entityAnswersAreGradedAsByTheirNormalFormAlone(@ForAll("texts") String answer, @ForAll("texts") String canonical,
                                                        @ForAll("texts") String alias) {
        Assume.that(!canonical.isBlank());
        GoldAnswer g = new GoldAnswer("q1", canonical, List.of(alias),
                List.of(new ReasoningHop("extract", List.of("f1"), List.of("paragraph_1"), canonical)), null);
        GoldForms gold = GoldForms.of(g, AnswerFormat.entity(), 40);
        GoldForms withoutFixed = new GoldForms(gold.questionId(), gold.format(), gold.strictForms(),
                gold.lenientCanonical(), gold.lenientAliases(), gold.number(), gold.unit(), gold.passed(),
                gold.exactByParts(), gold.canonicalUnscaled(), gold.canonicalScale(), gold.numberForms(), List.of());
        assertEquals(Grading.graded("q1", answer, withoutFixed, 40),
                Grading.graded("q1", answer, gold, 40));
    }
}
