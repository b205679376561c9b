package io.dacr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Challenge;
import io.dacr.api.Submission;
import io.dacr.api.internal.ScriptRule;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/**
 * The submission arbitraries produce what they promise: valid submissions break no structural rule,
 * malformed ones break exactly the rule they are labelled with.
 */
class SubmissionArbitrariesTest {

    /** The smallest limit callers may give: the boundary, where an off-by-one would show. */
    private static final int LIMIT = DacrArbitraries.VALID_ARTIFACT_MAX_BYTES;

    @Provide
    Arbitrary<Tuple2<Challenge, Submission>> validCases() {
        return DacrArbitraries.challenges().flatMap(c -> DacrArbitraries.validSubmissions(c).map(s -> Tuple.of(c, s)));
    }

    @Provide
    Arbitrary<Tuple2<Challenge, MalformedSubmission>> malformedCases() {
        return DacrArbitraries.challenges()
                .flatMap(c -> DacrArbitraries.malformedSubmissions(c, LIMIT).map(m -> Tuple.of(c, m)));
    }

    @Provide
    Arbitrary<Challenge> challenges() {
        return DacrArbitraries.challenges();
    }

    @Property(tries = 100)
    void validSubmissionsBreakNoStructuralRule(@ForAll("validCases") Tuple2<Challenge, Submission> c) {
        assertEquals(Set.of(), StructuralRules.defects(c.get1(), c.get2(), LIMIT));
        assertEquals(List.of(), StructuralRules.otherProblems(c.get1(), c.get2()));
    }

    @Property(tries = 100)
    void validArtifactsAreOneLineWithinTheByteBound(@ForAll("validCases") Tuple2<Challenge, Submission> c) {
        String artifact = c.get2().artifact();
        assertTrue(artifact.getBytes(StandardCharsets.UTF_8).length <= DacrArbitraries.VALID_ARTIFACT_MAX_BYTES);
        assertEquals(1, artifact.lines().count());
    }

    @Property(tries = 150)
    void malformedSubmissionsBreakExactlyTheLabelledRule(@ForAll("malformedCases") Tuple2<Challenge, MalformedSubmission> c) {
        MalformedSubmission malformed = c.get2();
        Statistics.collect(malformed.defect());

        assertEquals(EnumSet.of(malformed.defect()), StructuralRules.defects(c.get1(), malformed.submission(), LIMIT),
                malformed::reason);
        assertEquals(List.of(), StructuralRules.otherProblems(c.get1(), malformed.submission()));

        Statistics.coverage(coverage -> {
            for (SubmissionDefect defect : SubmissionDefect.values()) {
                coverage.check(defect).count(n -> n > 0);
            }
        });
    }

    @Provide
    Arbitrary<Tuple2<Integer, MalformedSubmission>> oversizeCases() {
        return Combinators.combine(DacrArbitraries.challenges(), Arbitraries.integers().between(LIMIT, 20_000))
                .as(Tuple::of)
                .flatMap(t -> DacrArbitraries
                        .malformedSubmissions(t.get1(), t.get2(), SubmissionDefect.OVERSIZE_ARTIFACT)
                        .map(m -> Tuple.of(t.get2(), m)));
    }

    @Property(tries = 50)
    void oversizeArtifactsExceedTheGivenLimitInEveryUnitYetStayOneSingleScriptLine(
            @ForAll("oversizeCases") Tuple2<Integer, MalformedSubmission> c) {
        String artifact = c.get2().submission().artifact();
        assertTrue(artifact.codePointCount(0, artifact.length()) > c.get1(), c.get2()::reason);
        assertTrue(ScriptRule.firstViolation(artifact).isEmpty());
    }

    @Property(tries = 10)
    void anArtifactLimitBelowTheValidBoundIsRejected(@ForAll("challenges") Challenge challenge) {
        assertThrows(IllegalArgumentException.class,
                () -> DacrArbitraries.malformedSubmissions(challenge, LIMIT - 1));
    }
}
