package io.dacr.generator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.api.AnswerFormat;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ContentHashes;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.QuestionCategory;
import io.dacr.api.Tolerance;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ContentDigestTest {

    private static List<Question> questions() {
        return List.of(
                new Question("q1", "Which carrier has the \"highest\" revenue?", QuestionCategory.COMPARATIVE, 3,
                        AnswerFormat.entity()),
                new Question("q2", "What is the combined revenue?\tGive it in US$.", QuestionCategory.COMPUTATION, 4,
                        AnswerFormat.number("USD", Tolerance.relative("0.0100"))),
                new Question("q3", "Who is the CEO of Kelmara \u0130stanbul \\ Air?", QuestionCategory.DIRECT_EXTRACTION, 1,
                        AnswerFormat.text()),
                new Question("q4", "How many?", QuestionCategory.CONDITIONAL_FILTERED, 6,
                        AnswerFormat.number("", Tolerance.absolute("0"))));
    }

    private static List<Constraint> constraints() {
        return List.of(
                new Constraint("c1", ConstraintKind.WORD_COUNT, "Exactly N words.", List.of("q2")),
                new Constraint("c2", ConstraintKind.EQUATION, "A+B=C where \u201cA\u201d\u2026", List.of("q2", "q4")),
                new Constraint("c3", ConstraintKind.FORBIDDEN_LETTER, "No letter.", List.of()));
    }

    @Test
    void digestsTheBytesThatContentHashesOfDigests() {
        List<Paragraph> paragraphs = List.of(
                new Paragraph("paragraph_1", "Kelmara Air (\u201cKA\u201d) reported $1.66 billion \u2014 audited."),
                new Paragraph("paragraph_2", "Control \u0001\b\f\n\r\u001f and \u2028 and an emoji \uD83D\uDE80 and \u00e9."),
                new Paragraph("paragraph_10", "Quote \" and backslash \\ and slash /."));
        assertEquals(ContentHashes.of(paragraphs, questions(), constraints()),
                ContentDigest.of(paragraphs, questions(), constraints()));
    }

    @Test
    void digestsEmptyPartsAsContentHashesOfDoes() {
        assertEquals(ContentHashes.of(List.of(), List.of(), List.of()), ContentDigest.of(List.of(), List.of(), List.of()));
    }

    @Test
    void refusesAnUnpairedSurrogateAsContentHashesOfDoes() {
        List<Paragraph> paragraphs = List.of(new Paragraph("paragraph_1", "broken \uD83D here"));
        assertThrows(IllegalArgumentException.class, () -> ContentHashes.of(paragraphs, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> ContentDigest.of(paragraphs, List.of(), List.of()));
    }

    @Property(tries = 200)
    void agreesWithContentHashesOfOnAnyText(@ForAll @Size(min = 1, max = 12) List<@NotBlank String> texts) {
        // jqwik's @NotBlank trims; a paragraph refuses what String.isBlank calls blank (e.g. U+2003 alone).
        net.jqwik.api.Assume.that(texts.stream().noneMatch(String::isBlank));
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String text : texts) {
            paragraphs.add(new Paragraph(Paragraph.idOf(paragraphs.size() + 1), text));
        }
        ContentHashes expected;
        try {
            expected = ContentHashes.of(paragraphs, questions(), constraints());
        } catch (IllegalArgumentException unpaired) {
            assertThrows(IllegalArgumentException.class, () -> ContentDigest.of(paragraphs, questions(), constraints()));
            return;
        }
        assertEquals(expected, ContentDigest.of(paragraphs, questions(), constraints()));
    }
}
