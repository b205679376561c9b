package io.dacr.core.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.api.AnswerFormat;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ContentHashes;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.QuestionCategory;
import io.dacr.api.Secret;
import io.dacr.api.Tolerance;
import io.dacr.api.TraceRules;
import io.dacr.core.json.DacrJson;
import io.dacr.testkit.DacrArbitraries;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ChallengeBytesTest {

    private static final String HASH = "0123456789abcdef".repeat(4);

    private static Challenge challenge(List<Paragraph> paragraphs, List<Question> questions) {
        ChallengeId id = ChallengeId.issue(5, "corporate-finance", GenerationSpec.preset("standard"), "epoch-7", 42,
                Secret.ofUtf8("challenge-bytes-test-secret"));
        List<Constraint> constraints = List.of(
                new Constraint("c1", ConstraintKind.WORD_COUNT, "Exactly 12 words.", List.of()),
                new Constraint("c2", ConstraintKind.EQUATION, "A+B=C where \u201cA\u201d is \"q1\"\u2026", List.of("q1", "q2")));
        return new Challenge(id, id.domainId(), id.generatorVersion(), paragraphs, questions, constraints,
                TraceRules.defaults(), new ContentHashes(HASH, HASH, HASH));
    }

    private static List<Question> questions() {
        return List.of(
                new Question("q1", "Which carrier has the \"highest\" revenue?", QuestionCategory.COMPARATIVE, 3,
                        AnswerFormat.entity()),
                new Question("q2", "What is the combined revenue?\tGive it in US$.", QuestionCategory.COMPUTATION, 4,
                        AnswerFormat.number("USD", Tolerance.relative("0.0100"))),
                new Question("q3", "Who leads Kelmara \u0130stanbul \\ Air?", QuestionCategory.DIRECT_EXTRACTION, 1,
                        AnswerFormat.text()),
                new Question("q4", "How many?", QuestionCategory.CONDITIONAL_FILTERED, 6,
                        AnswerFormat.number("", Tolerance.absolute("0"))),
                new Question("q5", "How large, in units?", QuestionCategory.CROSS_SECTION_SYNTHESIS, 2,
                        AnswerFormat.number("units", new Tolerance(Tolerance.Kind.ABSOLUTE, new BigDecimal("2.5E+3")))));
    }

    @Test
    void writesTheBytesOfThePlainTreeForEscapesNonAsciiAndEveryAnswerFormat() {
        Challenge c = challenge(List.of(
                new Paragraph("paragraph_1", "Kelmara Air (\u201cKA\u201d) reported $1.66 billion \u2014 audited."),
                new Paragraph("paragraph_2", "Control \u0001\b\f\n\r\u001f, \u2028, an emoji \uD83D\uDE80 and \u00e9."),
                new Paragraph("paragraph_3", "Quote \" and backslash \\ and slash / and DEL \u007f.")), questions());

        assertArrayEquals(CanonicalBytes.of(PlainTree.of(c)), ChallengeBytes.of(c));
    }

    @Test
    void leavesAnUnpairedSurrogateToTheGeneralPath() {
        Challenge c = challenge(List.of(new Paragraph("paragraph_1", "broken \uD83D here")), questions());

        assertNull(ChallengeBytes.of(c));
        IllegalArgumentException expected = assertThrows(IllegalArgumentException.class,
                () -> CanonicalBytes.of(PlainTree.of(c)));
        assertEquals(expected.getMessage(),
                assertThrows(IllegalArgumentException.class, () -> DacrJson.canonicalBytes(c)).getMessage());
    }

    @Test
    void writesAParagraphLongerThanItsFirstGuessOfTheSize() {
        Challenge c = challenge(List.of(new Paragraph("paragraph_1", "\u0001\u00e9\u4e2d".repeat(5_000))), questions());

        assertArrayEquals(CanonicalBytes.of(PlainTree.of(c)), ChallengeBytes.of(c));
    }

    @Property(tries = 200)
    void agreesWithThePlainTreeOnAnyChallenge(@ForAll("challenges") Challenge c) {
        assertArrayEquals(CanonicalBytes.of(PlainTree.of(c)), ChallengeBytes.of(c));
    }

    @Provide
    Arbitrary<Challenge> challenges() {
        return DacrArbitraries.challenges();
    }
}
