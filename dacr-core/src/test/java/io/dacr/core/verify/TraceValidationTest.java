package io.dacr.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Outcome;
import io.dacr.api.TraceStep;
import io.dacr.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceValidationTest {

    private final DacrVerifier verifier = DacrVerifier.builder().build();

    private Verdict withStep(TraceStep step) {
        return verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, Fixtures.withExtraStep(step));
    }

    private Outcome compute(String op, List<String> inputs, String result) {
        return withStep(new ComputeStep(op, inputs, result)).trace().outcome();
    }

    @Test
    void oracleTraceIsValid() {
        assertEquals(Outcome.PASS, verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, Fixtures.oracle()).trace().outcome());
    }

    @Test
    void citationOfAMissingParagraphFails() {
        assertEquals(Outcome.FAIL, withStep(new ExtractFactStep("KA", "revenue", "1664000000", "paragraph_9")).trace().outcome());
    }

    @Test
    void citationOfAParagraphThatDoesNotStateTheFactFails() {
        assertEquals(Outcome.FAIL, withStep(new ExtractFactStep("KA", "revenue", "1664000000", "paragraph_2")).trace().outcome());
    }

    @Test
    void citationUnderAnAliasPasses() {
        assertEquals(Outcome.PASS, withStep(new ExtractFactStep("the kelmara-based carrier", "operating margin", "35.5%",
                "paragraph_2")).trace().outcome());
    }

    @Test
    void citationWithTheSurfaceFormAsWrittenPasses() {
        assertEquals(Outcome.PASS, withStep(new ExtractFactStep("KA", "revenue", "$1.66 billion", "paragraph_1")).trace().outcome());
    }

    @Test
    void citationWithAWrongValueFails() {
        assertEquals(Outcome.FAIL, withStep(new ExtractFactStep("KA", "fleet_size", "28", "paragraph_4")).trace().outcome());
    }

    @Test
    void citationWithTheValueInSuperscriptDigitsFails() {
        // "2⁷" reads as 27 under NFKC, but is not the 27 the paragraph states.
        assertEquals(Outcome.FAIL, withStep(new ExtractFactStep("KA", "fleet_size", "2\u2077", "paragraph_4")).trace().outcome());
        assertEquals(Outcome.FAIL, withStep(new ExtractFactStep("KA", "fleet_size", "\u3257", "paragraph_4")).trace().outcome());
        assertEquals(Outcome.FAIL, withStep(new ExtractFactStep("KA", "fleet_size", "\u22122\u2077", "paragraph_4")).trace().outcome());
    }

    @Test
    void citationWithTheValueInFullwidthDigitsPasses() {
        assertEquals(Outcome.PASS, withStep(new ExtractFactStep("KA", "fleet_size", "\uFF12\uFF17", "paragraph_4")).trace().outcome());
    }

    @Test
    void citationOfAnotherEntityFails() {
        assertEquals(Outcome.FAIL, withStep(new ExtractFactStep("Orvan Air", "fleet_size", "27", "paragraph_4")).trace().outcome());
    }

    @Test
    void failureNamesTheStep() {
        Verdict v = withStep(new ComputeStep("add", List.of("1", "2"), "4"));
        assertTrue(v.trace().reason().startsWith("step 7:"), v.trace().reason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "add; 1.5|2; 3.5", "sum; 1|2|3|4; 10", "subtract; 10|4; 6", "multiply; 2|3|4; 24", "divide; 1|3; 0.333",
            "divide; 1|3; 0.3333333333", "ratio; 10|4; 2.5", "mod; 27|10; 7", "mod; -3|10; 7", "max; 3|9|4; 9",
            "min; 3|9|4; 3", "average; 1|2; 1.5", "average; 1|2|2; 1.67", "next_prime; 38; 41", "next_prime; 41; 43",
            "round; 2.5; 3", "round; 2.345|2; 2.35", "abs_diff; 3|10; 7", "count; 5|6|7; 3",
            "compare_gt; 5|3; true", "compare_lt; 5|3; false", "compare_eq; 5.0|5; true", "add; 2|3; 5.00"})
    void rightComputationsAreAccepted(String op, String inputs, String result) {
        assertEquals(Outcome.PASS, compute(op, List.of(inputs.split("\\|")), result));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "add; 1|2; 4", "divide; 1|3; 0.3334", "divide; 1|0; 0", "next_prime; 38; 43", "next_prime; 4.5; 5",
            "round; 2.5; 2", "count; 5|6; 3", "compare_gt; 3|5; true", "add; 1|2|3; 6", "add; 1|x; 1", "mod; 5|0; 0"})
    void wrongOrUndefinedComputationsFail(String op, String inputs, String result) {
        assertEquals(Outcome.FAIL, compute(op, List.of(inputs.split("\\|")), result));
    }

    /**
     * Quotients are judged exactly, also past the 34 significant digits of a DECIMAL128 quotient: a
     * claim of up to 40 digits is right when it is within half a unit of its last place of a / b.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "divide; 1|3; 0.333333333333333333333333333333333333",
            "divide; 2|3; 0.666666666666666666666666666666666667",
            "ratio; 1|7; 0.142857142857142857142857142857142857",
            "average; 1|1|2; 1.33333333333333333333333333333333333333",
            "divide; 1|8; 0.12",
            "divide; 1|8; 0.13",
            "divide; 10|4; 2.50000000000000000000000000000000000000"})
    void quotientsOfManyDigitsAreJudgedExactly(String op, String inputs, String result) {
        assertEquals(Outcome.PASS, compute(op, List.of(inputs.split("\\|")), result));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "divide; 1|3; 0.333333333333333333333333333333333300",
            "divide; 1|3; 0.333333333333333333333333333333333334",
            "divide; 2|3; 0.666666666666666666666666666666666666",
            "average; 1|1|2; 1.3333333333333333333333333333333333334",
            "divide; 1|8; 0.11",
            "divide; 10|4; 2.50000000000000000000000000000000000001"})
    void quotientsWrongInALatePlaceFail(String op, String inputs, String result) {
        assertEquals(Outcome.FAIL, compute(op, List.of(inputs.split("\\|")), result));
    }

    @Test
    void unknownOperationFailsWithReason() {
        Verdict v = withStep(new ComputeStep("sqrt", List.of("4"), "2"));
        assertTrue(v.trace().reason().contains("not allowed"), v.trace().reason());
    }

    @Test
    void tooShortTraceIsMalformed() {
        assertEquals(Outcome.MALFORMED, verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY,
                Fixtures.withTrace(Fixtures.oracleTrace().subList(0, 2))).outcome());
    }

    @Test
    void invalidTraceFailsTheSubmission() {
        assertEquals(Outcome.FAIL, withStep(new ComputeStep("add", List.of("1", "2"), "4")).outcome());
    }
}
