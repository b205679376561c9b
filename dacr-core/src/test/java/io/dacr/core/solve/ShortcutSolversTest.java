package io.dacr.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.AnswerFormat;
import io.dacr.api.Challenge;
import io.dacr.api.ComputeStep;
import io.dacr.api.ConfigurationException;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.QuestionCategory;
import io.dacr.api.Shortcut;
import io.dacr.api.Submission;
import io.dacr.api.Tolerance;
import io.dacr.api.TraceStep;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each shortcut solver believes what its shortcut says and nothing else: one document where the
 * preliminary, rumoured, audited and hypothetical figures of one revenue all differ tells them apart.
 */
class ShortcutSolversTest {

    private static final Question REVENUE = new Question("q1", "What is the annual revenue of Kelmar Holdings?",
            QuestionCategory.DIRECT_EXTRACTION, 1, AnswerFormat.number("USD", Tolerance.absolute("0")));

    /** Preliminary 500 (under an alias), rumoured 900 twice, audited 700, hypothetical 950. */
    private static final Challenge CONFLICTING = TestPack.challenge(List.of(
            "Kelmar Holdings is known as KH. Preliminary figures indicated that KH reported annual revenue of $500 million.",
            "Market rumours had it that Kelmar Holdings reported annual revenue of $900 million.",
            "Investors watched rates closely. Market rumours had it that sales at Kelmar Holdings came to $900 million for the year.",
            "The audited accounts confirm that Kelmar Holdings reported annual revenue of USD 700,000,000.",
            "Meanwhile, had the merger closed, the annual revenue of Kelmar Holdings would have been $950 million."),
            List.of(REVENUE), List.of());

    private static Submission solve(String solver, Challenge c) {
        return Solvers.shortcut(solver, List.of(new TestPack())).solve(c);
    }

    private static QuestionAnswer answer(Submission s, String q) {
        return s.answers().stream().filter(a -> a.questionId().equals(q)).findFirst().orElseThrow();
    }

    @Test
    void firstMentionBelievesTheFirstStatementUnderAnyOfTheEntitysNames() {
        QuestionAnswer a = answer(solve("first-mention", CONFLICTING), "q1");
        assertEquals("500000000", a.answer());
        assertEquals("paragraph_1", a.citation());
    }

    @Test
    void lastMentionBelievesTheLastStatementButNotAHypothetical() {
        QuestionAnswer a = answer(solve("last-mention", CONFLICTING), "q1");
        assertEquals("700000000", a.answer());
        assertEquals("paragraph_4", a.citation());
    }

    @Test
    void majorityBelievesTheValueStatedMostOftenWhateverTheSurfaceForm() {
        assertEquals("900000000", answer(solve("majority", CONFLICTING), "q1").answer());
    }

    @Test
    void canonicalOnlyBelievesTheMostAuthoritativeStatementUnderTheCanonicalName() {
        assertEquals("700000000", answer(solve("canonical-only", CONFLICTING), "q1").answer());
    }

    @Test
    void regexKeyValueKeepsTheLastMatchEvenOfAHypothetical() {
        QuestionAnswer a = answer(solve("regex-kv", CONFLICTING), "q1");
        assertEquals("950000000", a.answer());
        assertEquals("paragraph_5", a.citation());
    }

    @Test
    void regexKeyValueDoesNotReadAttributeWordsOutOfANameAndSoFilesANearMissStatementAsTheFact() {
        // "Main Office" are words of the headquarters attribute and "Kelmara" is a place: read as
        // attribute words, they would file this statement as a headquarters city. Inside a name they
        // say nothing, so the statement is read as the revenue it states, under the name it contains.
        Question q = new Question("q1", "What is the annual revenue of Main Office Holdings?",
                QuestionCategory.DIRECT_EXTRACTION, 1, AnswerFormat.number("USD", Tolerance.absolute("0")));
        QuestionAnswer a = regexKeyValue(q,
                "Main Office Holdings is known as MOH. MOH reported annual revenue of $640 million.",
                "Main Office Holdings Kelmara reported $410 million.");
        assertEquals("410000000", a.answer());
        assertEquals("paragraph_2", a.citation());
    }

    @Test
    void regexKeyValueLetsANumberWrittenWithItsUnitBreakATieOfAttributeWords() {
        // "headquarters city" scores the headquarters attribute its two words plus its label;
        // "reported sales" scores revenue two words, and "$410 million", written with its unit,
        // one more: a tie, which the attribute listed first (revenue) keeps. Without the unit's
        // point, the statement would be filed as the headquarters city Kelmara.
        QuestionAnswer a = regexKeyValue(REVENUE,
                "Kelmar Holdings is known as KH. KH reported annual revenue of $640 million.",
                "Kelmar Holdings, whose headquarters city is Kelmara, reported sales of $410 million.");
        assertEquals("410000000", a.answer());
        assertEquals("paragraph_2", a.citation());
    }

    @Test
    void regexKeyValueTakesNoValueFromInsideAName() {
        // The headquarters attribute's words outscore revenue's, but its only candidate value, the
        // place Kelmara, is inside the alias "the Kelmara group": no value, so revenue is read.
        assertEquals("640000000", regexKeyValue(REVENUE,
                "Observers call Kelmar Holdings the Kelmara group.",
                "The main office in the headquarters city of the Kelmara group reported $640 million.").answer());
    }

    /** The regex-kv solver's answer to {@code q} over a document of these paragraphs. */
    private static QuestionAnswer regexKeyValue(Question q, String... paragraphs) {
        Challenge c = TestPack.challenge(List.of(paragraphs), List.of(q), List.of());
        return answer(solve("regex-kv", c), q.id());
    }

    @Test
    void canonicalOnlyIgnoresAnAliasAndSoMissesAFactStatedOnlyUnderIt() {
        Challenge c = TestPack.challenge(List.of(
                "Observers call Kelmar Holdings the Kelmara group.",
                "The Kelmara group reported annual revenue of $640 million."), List.of(REVENUE), List.of());
        assertEquals("640000000", answer(solve("first-mention", c), "q1").answer());
        assertEquals("", answer(solve("canonical-only", c), "q1").answer());
    }

    @Test
    void canonicalOnlyTakesASimilarlyNamedEntityForTheOneAskedAbout() {
        Challenge c = TestPack.challenge(List.of(
                "Kelmar Holdings is known as KH. KH reported annual revenue of $640 million.",
                "Kelmar Group reported annual revenue of $410 million."), List.of(REVENUE), List.of());
        assertEquals("640000000", answer(solve("majority", c), "q1").answer());
        assertEquals("410000000", answer(solve("canonical-only", c), "q1").answer());
    }

    @Test
    void theTraceCitesWhereEachValueWasReadAndReexecutesTheComparison() {
        Challenge c = TestPack.challenge(List.of(
                "Kelmar Holdings reported annual revenue of $640 million.",
                "Vostra Group reported annual revenue of $410 million.",
                "Sales at Orrin Systems came to $990 million for the year."),
                List.of(new Question("q1", "Among Kelmar Holdings, Vostra Group and Orrin Systems, which company has the "
                                + "lowest annual revenue?", QuestionCategory.COMPARATIVE, 4, AnswerFormat.entity()),
                        new Question("q2", "What is the combined annual revenue of Kelmar Holdings and Orrin Systems? "
                                + "Give the answer in USD.", QuestionCategory.COMPUTATION, 3,
                                AnswerFormat.number("USD", Tolerance.absolute("0"))),
                        new Question("q3", "How many of Kelmar Holdings, Vostra Group and Orrin Systems have an annual "
                                + "revenue above $500 million?", QuestionCategory.CONDITIONAL_FILTERED, 4,
                                AnswerFormat.number("", Tolerance.absolute("0")))),
                List.of());
        Submission s = solve("last-mention", c);
        assertEquals("Vostra Group", answer(s, "q1").answer());
        assertEquals("1630000000", answer(s, "q2").answer());
        assertEquals("2", answer(s, "q3").answer());
        List<TraceStep> trace = s.trace();
        assertEquals(new ExtractFactStep("Kelmar Holdings", "revenue", "640000000", "paragraph_1"), trace.get(0));
        assertEquals(new ComputeStep("min", List.of("640000000", "410000000", "990000000"), "410000000"), trace.get(3));
        assertEquals(new ComputeStep("add", List.of("640000000", "990000000"), "1630000000"), trace.get(6));
        assertEquals(new ComputeStep("count", List.of("640000000", "990000000"), "2"), trace.get(10));
    }

    @Test
    void theArtifactSatisfiesTheConstraintsAsDerivedFromTheSolversOwnAnswers() {
        Challenge c = TestPack.challenge(CONFLICTING.paragraphs().stream().map(p -> p.text()).toList(), List.of(REVENUE),
                List.of(new Constraint("c1", ConstraintKind.WORD_COUNT,
                                "The artifact has exactly N words, where N is (the answer to q1 mod 10) + 20.", List.of("q1")),
                        new Constraint("c2", ConstraintKind.PRIME, "The artifact contains, as a word, the smallest prime "
                                + "greater than (the answer to q1 mod 100) + 11.", List.of("q1"))));
        Submission s = solve("majority", c);
        // 900000000 mod 10 = 0, so 20 words; mod 100 = 0, so the prime after 11 is 13.
        assertEquals(20, s.artifact().split(" ").length);
        assertTrue(List.of(s.artifact().split(" ")).contains("13"), s.artifact());
        assertTrue(s.trace().contains(new ComputeStep("next_prime", List.of("11"), "13")));
    }

    @Test
    void eachShortcutSolverIsNamedAfterItsShortcut() {
        for (Shortcut s : Shortcut.values()) {
            assertEquals(s, Solvers.shortcutOf(Solvers.nameOf(s)).orElseThrow());
            assertEquals(Solvers.nameOf(s), Solvers.shortcut(Solvers.nameOf(s), List.of(new TestPack())).name());
        }
    }

    @Test
    void anUnknownSolverNameIsAConfigurationErrorListingTheKnownOnes() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Solvers.shortcut("grep", List.of(new TestPack())));
        assertTrue(e.getMessage().contains("first-mention"), e.getMessage());
    }

    @Test
    void aChallengeOfADomainTheSolverWasNotGivenIsAConfigurationError() {
        Solver solver = Solvers.shortcut("majority", List.of());
        assertThrows(ConfigurationException.class, () -> solver.solve(CONFLICTING));
    }

    @Test
    void theOracleHandsBackTheOracleSubmissionAndRefusesAChallengeWithoutOne() {
        Submission oracle = new Submission(CONFLICTING.id().toString(), "x", List.of(), List.of());
        assertEquals(oracle, Solvers.oracle(List.of(oracle)).solve(CONFLICTING));
        assertThrows(ConfigurationException.class, () -> Solvers.oracle(List.of()).solve(CONFLICTING));
    }
}
