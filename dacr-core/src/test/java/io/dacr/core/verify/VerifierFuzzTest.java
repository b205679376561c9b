package io.dacr.core.verify;

import io.dacr.core.verify.policy.MatchMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.dacr.api.AnswerKey;
import io.dacr.api.AnswerType;
import io.dacr.api.Challenge;
import io.dacr.api.ComputeStep;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintValue;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.GenerationSpec;
import io.dacr.api.GoldAnswer;
import io.dacr.api.GroundingIndex;
import io.dacr.api.Outcome;
import io.dacr.api.Provenance;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.ReasoningHop;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import io.dacr.api.Verdict;
import io.dacr.testkit.DacrArbitraries;
import io.dacr.testkit.MalformedSubmission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VerifierFuzzTest {

    private final DacrVerifier verifier = DacrVerifier.builder().build();

    /** A challenge with a key built for it: gold answers and derived values of the right shape. */
    record Case(Challenge challenge, AnswerKey key, Submission submission) {
    }

    record MalformedCase(Challenge challenge, AnswerKey key, MalformedSubmission malformed) {
    }

    static AnswerKey keyFor(Challenge c) {
        List<GoldAnswer> gold = new ArrayList<>();
        for (Question q : c.questions()) {
            String canonical = q.answerFormat().type() == AnswerType.NUMBER ? "42" : "Orvan";
            gold.add(new GoldAnswer(q.id(), canonical, List.of(),
                    List.of(new ReasoningHop("extract", List.of(), List.of("paragraph_1"), canonical)), null));
        }
        List<ConstraintValue> values = new ArrayList<>();
        for (Constraint k : c.constraints()) {
            TreeMap<String, String> e = new TreeMap<>();
            switch (k.kind()) {
                case WORD_COUNT -> e.put("count", "3");
                case PRIME -> e.put("prime", "13");
                case EQUATION -> {
                    e.put("a", "10");
                    e.put("b", "11");
                    e.put("c", "21");
                }
                case INCLUDES_ATTRIBUTE -> e.put("value", "Port Vell");
                case ACROSTIC -> e.put("letters", "OK");
                case FORBIDDEN_LETTER -> e.put("letter", "q");
            }
            values.add(new ConstraintValue(k.id(), e, null));
        }
        return new AnswerKey(c.id(), List.of(), gold, values, List.of(), new GroundingIndex(List.of()),
                new Provenance(c.generatorVersion(), c.domainId(), "0".repeat(64), GenerationSpec.preset("standard"),
                        c.id().namespace(), c.id().index(), "fuzz"));
    }

    @Provide
    Arbitrary<Case> validCases() {
        return DacrArbitraries.challenges().flatMap(c ->
                DacrArbitraries.validSubmissions(c).map(s -> new Case(c, keyFor(c), s)));
    }

    @Provide
    Arbitrary<MalformedCase> malformedCases() {
        return DacrArbitraries.challenges().flatMap(c ->
                DacrArbitraries.malformedSubmissions(c, verifier.limits().maxArtifactChars())
                        .map(m -> new MalformedCase(c, keyFor(c), m)));
    }

    @Provide
    Arbitrary<Case> hostileCases() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().numeric().withChars(",.-$% ").ofMaxLength(60),
                Arbitraries.of("", " ", "1e999999", "NaN", "-0", "paragraph_0", "paragraph_999999", "\uD800", "1,66",
                        "$", "1.664 billion", "compare_gt", "next_prime", "99999999999999999999"));
        Arbitrary<TraceStep> step = Arbitraries.oneOf(
                Combinators.combine(text, text, text, text).as(ExtractFactStep::new),
                Combinators.combine(Arbitraries.oneOf(text, Arbitraries.of(io.dacr.api.TraceRules.DEFAULT_OPERATIONS)),
                        text.list().ofMaxSize(5), text).as(ComputeStep::new));
        Arbitrary<QuestionAnswer> answer = Combinators.combine(Arbitraries.oneOf(text, Arbitraries.of("q1", "q2", "q3")), text,
                        Arbitraries.oneOf(text.injectNull(0.5)),
                        Arbitraries.bigDecimals().between(new BigDecimal("-2"), new BigDecimal("2")).injectNull(0.3))
                .as(QuestionAnswer::new);
        return DacrArbitraries.challenges().flatMap(c -> Combinators.combine(
                Arbitraries.oneOf(Arbitraries.just(c.id().toString()), text), text,
                answer.list().ofMaxSize(6), step.list().ofMaxSize(12))
                .as((id, artifact, answers, trace) -> new Case(c, keyFor(c), new Submission(id, artifact, answers, trace))));
    }

    @Property(tries = 300)
    void labelledMalformedSubmissionsAreMalformed(@ForAll("malformedCases") MalformedCase m) {
        Verdict v = verifier.verify(m.challenge(), m.key(), m.malformed().submission());
        assertEquals(Outcome.MALFORMED, v.outcome(), m.malformed().reason());
    }

    @Property(tries = 300)
    void validStructureIsNeverMalformed(@ForAll("validCases") Case c) {
        Verdict v = verifier.verify(c.challenge(), c.key(), c.submission());
        assertNotEquals(Outcome.MALFORMED, v.outcome(), v.reason());
    }

    @Property(tries = 1000)
    void hostileSubmissionsNeverThrow(@ForAll("hostileCases") Case c) {
        assertNotNull(verifier.verify(c.challenge(), c.key(), c.submission()));
        assertNotNull(DacrVerifier.builder().matchMode(MatchMode.LENIENT).build()
                .verify(c.challenge(), c.key(), c.submission()));
    }
}
