package io.dacr.core.verify;

import io.dacr.api.AnswerFormat;
import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.ComputeStep;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ConstraintValue;
import io.dacr.api.ContentHashes;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Fact;
import io.dacr.api.GenerationSpec;
import io.dacr.api.GoldAnswer;
import io.dacr.api.GroundedMention;
import io.dacr.api.GroundingIndex;
import io.dacr.api.Paragraph;
import io.dacr.api.Provenance;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.QuestionCategory;
import io.dacr.api.ReasoningHop;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.Tolerance;
import io.dacr.api.TraceRules;
import io.dacr.api.TraceStep;
import io.dacr.api.Trap;
import io.dacr.api.TrapKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A small hand-built challenge, its key (q5 is the target of trap t1, whose wrong value is 25) and its
 * oracle submission, for the verifier's and the sessions' tests.
 */
public final class Fixtures {

    public static final ChallengeId ID = ChallengeId.issue(1, "airlines", GenerationSpec.preset("standard"), "test", 7,
            Secret.ofUtf8("fixture secret, not for production"));

    static final List<Paragraph> PARAGRAPHS = List.of(
            new Paragraph("paragraph_1", "KA reported revenue of $1.66 billion."),
            new Paragraph("paragraph_2", "The Kelmara-based carrier kept a margin of 35.5 per cent."),
            new Paragraph("paragraph_3", "Kelmara Air is led by Ana Ruiz."),
            new Paragraph("paragraph_4", "KA flies 27 aircraft."));

    static final List<Question> QUESTIONS = List.of(
            new Question("q1", "Which carrier is led by Ana Ruiz?", QuestionCategory.DIRECT_EXTRACTION, 1, AnswerFormat.entity()),
            new Question("q2", "What was Kelmara Air's revenue?", QuestionCategory.DIRECT_EXTRACTION, 1,
                    AnswerFormat.number("USD", Tolerance.absolute("0"))),
            new Question("q3", "What was Kelmara Air's margin?", QuestionCategory.DIRECT_EXTRACTION, 1,
                    AnswerFormat.number("percent", Tolerance.relative("0.01"))),
            new Question("q4", "Who leads Kelmara Air?", QuestionCategory.DIRECT_EXTRACTION, 1, AnswerFormat.text()),
            new Question("q5", "How many aircraft does KA fly?", QuestionCategory.DIRECT_EXTRACTION, 1,
                    AnswerFormat.number("", Tolerance.absolute("0"))));

    static final List<Constraint> CONSTRAINTS = List.of(
            new Constraint("c1", ConstraintKind.WORD_COUNT, "The artifact has (q5 mod 10) + 20 words.", List.of("q5")),
            new Constraint("c2", ConstraintKind.PRIME, "Contains the next prime after (q5 mod 100) + 11.", List.of("q5")),
            new Constraint("c3", ConstraintKind.ACROSTIC, "Starts with the initials of q1 and q4.", List.of("q1", "q4")),
            new Constraint("c4", ConstraintKind.FORBIDDEN_LETTER, "Avoids the last letter of q4.", List.of("q4")),
            new Constraint("c5", ConstraintKind.EQUATION, "Contains A+B=C.", List.of("q5")),
            new Constraint("c6", ConstraintKind.INCLUDES_ATTRIBUTE, "Includes the home port of q1.", List.of("q1")));

    public static final Challenge CHALLENGE = new Challenge(ID, "airlines", 1, PARAGRAPHS, QUESTIONS, CONSTRAINTS,
            TraceRules.defaults(), ContentHashes.of(PARAGRAPHS, QUESTIONS, CONSTRAINTS));

    public static final AnswerKey KEY = new AnswerKey(ID,
            List.of(new Fact("f1", "Kelmara Air", "revenue", "1664000000", "USD"),
                    new Fact("f2", "Kelmara Air", "operating_margin", "35.5", "percent"),
                    new Fact("f3", "Kelmara Air", "chief_executive", "Ana Ruiz", ""),
                    new Fact("f4", "Kelmara Air", "fleet_size", "27", "")),
            List.of(gold("q1", "Kelmara Air", List.of("KA", "the Kelmara-based carrier"), "f3", "paragraph_3"),
                    gold("q2", "1664000000", List.of("$1.664 billion"), "f1", "paragraph_1"),
                    gold("q3", "35.5", List.of("35.5%"), "f2", "paragraph_2"),
                    gold("q4", "Ana Ruiz", List.of(), "f3", "paragraph_3"),
                    goldWithTrap("q5", "27", "f4", "paragraph_4", "t1")),
            List.of(value("c1", "count", "27"), value("c2", "prime", "41"), value("c3", "letters", "KA"),
                    value("c4", "letter", "z"), equation("c5", "37", "37", "74"), value("c6", "value", "Port Vell")),
            List.of(new Trap("t1", TrapKind.PRELIMINARY, "f4", "27", "25", List.of("paragraph_4"), "the final count")),
            new GroundingIndex(List.of(
                    new GroundedMention("paragraph_1", "f1", "KA", "$1.66 billion"),
                    new GroundedMention("paragraph_2", "f2", "the Kelmara-based carrier", "35.5 per cent"),
                    new GroundedMention("paragraph_3", "f3", "Kelmara Air", "Ana Ruiz"),
                    new GroundedMention("paragraph_4", "f4", "KA", "27"))),
            new Provenance(1, "airlines", "0".repeat(64), GenerationSpec.preset("standard"), "test", 7, "fixture"));

    /** 27 words: the acrostic, the prime, the equation, the attribute, then padding free of 'z'. */
    static final String ARTIFACT = "Kelmara Ana 41 37+37=74 Port Vell "
            + "and then so we go it is done now yes up by my fun run all in on to be we";

    private Fixtures() {
    }

    static List<QuestionAnswer> oracleAnswers() {
        return List.of(answer("q1", "Kelmara Air"), answer("q2", "1664000000"), answer("q3", "35.5"),
                answer("q4", "Ana Ruiz"), answer("q5", "27"));
    }

    static List<TraceStep> oracleTrace() {
        return List.of(
                new ExtractFactStep("Kelmara Air", "revenue", "1664000000", "paragraph_1"),
                new ExtractFactStep("Kelmara Air", "operating_margin", "35.5", "paragraph_2"),
                new ExtractFactStep("Kelmara Air", "chief_executive", "Ana Ruiz", "paragraph_3"),
                new ExtractFactStep("Kelmara Air", "fleet_size", "27", "paragraph_4"),
                new ComputeStep("mod", List.of("27", "10"), "7"),
                new ComputeStep("add", List.of("7", "20"), "27"));
    }

    public static Submission oracle() {
        return new Submission(ID.toString(), ARTIFACT, oracleAnswers(), oracleTrace());
    }

    static Submission withArtifact(String artifact) {
        return new Submission(ID.toString(), artifact, oracleAnswers(), oracleTrace());
    }

    public static Submission withAnswer(String questionId, String text) {
        List<QuestionAnswer> answers = new ArrayList<>();
        for (QuestionAnswer a : oracleAnswers()) {
            answers.add(a.questionId().equals(questionId) ? answer(questionId, text) : a);
        }
        return new Submission(ID.toString(), ARTIFACT, answers, oracleTrace());
    }

    public static Submission withAnswers(List<QuestionAnswer> answers) {
        return new Submission(ID.toString(), ARTIFACT, answers, oracleTrace());
    }

    /** The oracle trace with one more step at its end. */
    static Submission withExtraStep(TraceStep step) {
        List<TraceStep> trace = new ArrayList<>(oracleTrace());
        trace.add(step);
        return new Submission(ID.toString(), ARTIFACT, oracleAnswers(), trace);
    }

    static Submission withTrace(List<TraceStep> trace) {
        return new Submission(ID.toString(), ARTIFACT, oracleAnswers(), trace);
    }

    /** Three of five answers wrong: below the default pass rule's three required. */
    public static Submission failing() {
        return withAnswers(List.of(answer("q1", "Kelmara Air"), answer("q2", "5"), answer("q3", "1"),
                answer("q4", "Nobody"), answer("q5", "27")));
    }

    public static QuestionAnswer answer(String questionId, String text) {
        return new QuestionAnswer(questionId, text, null, BigDecimal.ONE);
    }

    private static GoldAnswer gold(String q, String canonical, List<String> forms, String fact, String paragraph) {
        return new GoldAnswer(q, canonical, forms, List.of(new ReasoningHop("extract", List.of(fact), List.of(paragraph), canonical)), null);
    }

    private static GoldAnswer goldWithTrap(String q, String canonical, String fact, String paragraph, String trapId) {
        return new GoldAnswer(q, canonical, List.of(),
                List.of(new ReasoningHop("extract", List.of(fact), List.of(paragraph), canonical)), trapId);
    }

    private static ConstraintValue value(String id, String name, String v) {
        TreeMap<String, String> m = new TreeMap<>();
        m.put(name, v);
        return new ConstraintValue(id, m, null);
    }

    private static ConstraintValue equation(String id, String a, String b, String c) {
        TreeMap<String, String> m = new TreeMap<>();
        m.put("a", a);
        m.put("b", b);
        m.put("c", c);
        return new ConstraintValue(id, m, null);
    }
}
