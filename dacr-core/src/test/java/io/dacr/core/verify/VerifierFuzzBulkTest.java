package io.dacr.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dacr.api.Outcome;
import io.dacr.api.Verdict;
import io.dacr.core.verify.VerifierFuzzMutations.Mutant;
import io.dacr.core.verify.policy.MatchMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The verifier's bulk fuzz volume: {@value #TRIES} seeds × {@value #BATCH} submissions for each of the
 * two properties, 80,000 verifications in all, mutated from the fixture's oracle. A structurally valid
 * mutant passes exactly when enough answers are right and the artifact and trace are intact (so no
 * false pass, and no false fail either); a malformed one is MALFORMED. An exception the verifier caught
 * for itself ("could not be graded") counts as escaped: it is a bug that a valid submission hit.
 */
class VerifierFuzzBulkTest {

    static final int TRIES = 40;
    static final int BATCH = 1_000;

    private final DacrVerifier strict = DacrVerifier.builder().build();
    private final DacrVerifier lenient = DacrVerifier.builder().matchMode(MatchMode.LENIENT).build();

    @Property(tries = TRIES)
    void mutatedAnswersPassExactlyWhenEnoughStayCorrect(@ForAll long seed) {
        VerifierFuzzMutations mutations = new VerifierFuzzMutations(seed, strict.limits());
        for (int i = 0; i < BATCH; i++) {
            Mutant m = mutations.valid();
            Verdict v = strict.verify(Fixtures.CHALLENGE, Fixtures.KEY, m.submission());
            assertEquals(m.expect().name(), v.outcome().name(), () -> "seed " + seed + ", " + m.label() + ": " + v.reason());
        }
    }

    @Property(tries = TRIES)
    void submissionsPastACapOrBreakingStructureAreMalformed(@ForAll long seed) {
        VerifierFuzzMutations mutations = new VerifierFuzzMutations(seed, strict.limits());
        for (int i = 0; i < BATCH; i++) {
            Mutant m = mutations.malformed();
            // Alternating match modes: caps and structure come before grading in both.
            Verdict v = (i % 2 == 0 ? strict : lenient).verify(Fixtures.CHALLENGE, Fixtures.KEY, m.submission());
            assertEquals(Outcome.MALFORMED, v.outcome(), () -> "seed " + seed + ", " + m.label());
            assertFalse(v.reason().startsWith("the submission could not be graded"),
                    () -> "seed " + seed + ", " + m.label() + ": " + v.reason());
        }
    }
}
