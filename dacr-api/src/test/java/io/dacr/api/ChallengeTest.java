package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChallengeTest {

    private static final ChallengeId ID = Samples.challengeId();

    @Test
    void aConsistentChallengeKeepsItsParts() {
        Challenge challenge = Samples.challenge(Samples.paragraphs(3), List.of(Samples.question("q1")),
                List.of(Samples.constraint("c1")));

        assertEquals(ID, challenge.id());
        assertEquals(3, challenge.paragraphs().size());
        assertEquals("q1", challenge.questions().get(0).id());
    }

    @Test
    void paragraphsMustBeNumberedFromOne() {
        List<Paragraph> paragraphs = List.of(Samples.paragraph(2), Samples.paragraph(3));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Samples.challenge(paragraphs, List.of(Samples.question("q1")), List.of()));
        assertTrue(e.getMessage().contains("paragraphs[0]"), e.getMessage());
    }

    @Test
    void paragraphNumbersMustNotSkip() {
        List<Paragraph> paragraphs = List.of(Samples.paragraph(1), Samples.paragraph(3));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Samples.challenge(paragraphs, List.of(Samples.question("q1")), List.of()));
        assertTrue(e.getMessage().contains("paragraphs[1]"), e.getMessage());
    }

    @Test
    void paragraphsMustBeInDocumentOrder() {
        List<Paragraph> paragraphs = List.of(Samples.paragraph(2), Samples.paragraph(1));

        assertThrows(IllegalArgumentException.class,
                () -> Samples.challenge(paragraphs, List.of(Samples.question("q1")), List.of()));
    }

    @Test
    void aChallengeWithoutParagraphsIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Samples.challenge(List.of(), List.of(Samples.question("q1")), List.of()));
    }

    @Test
    void aChallengeWithoutQuestionsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Samples.challenge(Samples.paragraphs(1), List.of(), List.of()));
    }

    @Test
    void aChallengeWithoutConstraintsIsAccepted() {
        assertEquals(List.of(),
                Samples.challenge(Samples.paragraphs(1), List.of(Samples.question("q1")), List.of()).constraints());
    }

    @Test
    void duplicateQuestionIdsAreRejectedNamingTheId() {
        List<Question> questions = List.of(Samples.question("q1"), Samples.question("q2"), Samples.question("q1"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Samples.challenge(Samples.paragraphs(1), questions, List.of()));
        assertTrue(e.getMessage().contains("question id 'q1'"), e.getMessage());
    }

    @Test
    void duplicateConstraintIdsAreRejectedNamingTheId() {
        List<Constraint> constraints = List.of(Samples.constraint("c2"), Samples.constraint("c2"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Samples.challenge(Samples.paragraphs(1), List.of(Samples.question("q1")), constraints));
        assertTrue(e.getMessage().contains("constraint id 'c2'"), e.getMessage());
    }

    @Test
    void aDomainOtherThanTheIdsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Challenge(ID, "astronomy", ID.generatorVersion(), Samples.paragraphs(1),
                        List.of(Samples.question("q1")), List.of(), TraceRules.defaults(), Samples.hashes()));
        assertTrue(e.getMessage().contains("domainId"), e.getMessage());
    }

    @Test
    void aGeneratorVersionOtherThanTheIdsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Challenge(ID, ID.domainId(), ID.generatorVersion() + 1, Samples.paragraphs(1),
                        List.of(Samples.question("q1")), List.of(), TraceRules.defaults(), Samples.hashes()));
        assertTrue(e.getMessage().contains("generatorVersion"), e.getMessage());
    }

    @Test
    void changingTheGivenListsAfterwardsDoesNotChangeTheChallenge() {
        List<Paragraph> paragraphs = Samples.paragraphs(2);
        List<Question> questions = new ArrayList<>(List.of(Samples.question("q1")));
        List<Constraint> constraints = new ArrayList<>(List.of(Samples.constraint("c1")));
        Challenge challenge = Samples.challenge(paragraphs, questions, constraints);

        paragraphs.add(Samples.paragraph(3));
        questions.set(0, Samples.question("q9"));
        constraints.clear();

        assertEquals(Samples.paragraphs(2), challenge.paragraphs());
        assertEquals(List.of(Samples.question("q1")), challenge.questions());
        assertEquals(List.of(Samples.constraint("c1")), challenge.constraints());
    }

    @Test
    void theListsOfAChallengeCannotBeModified() {
        Challenge challenge = Samples.challenge(Samples.paragraphs(1), List.of(Samples.question("q1")),
                List.of(Samples.constraint("c1")));

        assertThrows(UnsupportedOperationException.class, () -> challenge.paragraphs().add(Samples.paragraph(2)));
        assertThrows(UnsupportedOperationException.class, () -> challenge.questions().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> challenge.constraints().clear());
    }

    @Test
    void questionFindsAQuestionById() {
        Challenge challenge = Samples.challenge(Samples.paragraphs(1),
                List.of(Samples.question("q1"), Samples.question("q2")), List.of());

        assertEquals(Samples.question("q2"), challenge.question("q2"));
    }

    @Test
    void questionGivesNullForAnUnknownId() {
        Challenge challenge = Samples.challenge(Samples.paragraphs(1), List.of(Samples.question("q1")), List.of());

        assertNull(challenge.question("q7"));
    }
}
