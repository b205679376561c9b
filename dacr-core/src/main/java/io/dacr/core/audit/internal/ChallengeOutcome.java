package io.dacr.core.audit.internal;

import java.util.List;

/**
 * What one challenge contributed to an audit.
 *
 * @param solvers each solver's results, in the audit's solver order
 * @param skeletons the masked skeletons of its sentences
 * @param documentHash the hash of its masked document
 */
public record ChallengeOutcome(List<SolverOutcome> solvers, List<String> skeletons, String documentHash) {

    /**
     * One solver's results on one challenge.
     *
     * @param solver the solver's name
     * @param passed the verifier passed the submission
     * @param answersPassed at least ceil(0.6 × questions) answers were right
     * @param traceValid the trace is valid as paperwork
     * @param traceGrounded the verifier accepted the trace
     * @param questions per question results
     */
    public record SolverOutcome(String solver, boolean passed, boolean answersPassed, boolean traceValid,
                                boolean traceGrounded, List<QuestionOutcome> questions) {
    }

    /**
     * One answer's result.
     *
     * @param category the question's category (wire name)
     * @param hops its hop count
     * @param correct the answer was right
     * @param trapKind the kind of the trap the question targets (wire name), or null
     * @param trapValue the answer was exactly the trap's wrong value
     */
    public record QuestionOutcome(String category, int hops, boolean correct, String trapKind, boolean trapValue) {
    }
}
