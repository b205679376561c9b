package io.dacr.core.audit.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.CheckResult;
import io.dacr.api.GoldAnswer;
import io.dacr.api.Outcome;
import io.dacr.api.Question;
import io.dacr.api.Submission;
import io.dacr.api.TraceRules;
import io.dacr.api.Trap;
import io.dacr.api.Verdict;
import io.dacr.core.audit.internal.ChallengeOutcome.QuestionOutcome;
import io.dacr.core.audit.internal.ChallengeOutcome.SolverOutcome;
import io.dacr.core.session.internal.TrapMatcher;
import io.dacr.core.solve.Solver;
import io.dacr.core.solve.internal.Citations;
import io.dacr.core.solve.internal.PackGrammar;
import io.dacr.core.verify.DacrVerifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every solver on one challenge and grades each submission twice: with the verifier as it is
 * (pass, answers, grounded trace), and with citations judged against the document instead of the key
 * (trace paperwork: bounds, operations, re-executed computations, and citations of paragraphs that
 * really contain the cited value). Thread-safe.
 */
public final class ChallengeAuditor {

    private final List<Solver> solvers;
    private final Map<String, PackGrammar> grammars;
    private final DacrVerifier verifier;

    /**
     * @param solvers the solvers, in report order
     * @param grammars the domain packs by id, for the citation check
     * @param verifier the verifier
     */
    public ChallengeAuditor(List<Solver> solvers, Map<String, PackGrammar> grammars, DacrVerifier verifier) {
        this.solvers = List.copyOf(solvers);
        this.grammars = Map.copyOf(grammars);
        this.verifier = verifier;
    }

    /**
     * @param challenge the challenge
     * @param key its answer key
     * @return every solver's results and the challenge's masked text figures
     */
    public ChallengeOutcome audit(Challenge challenge, AnswerKey key) {
        TraceRules rules = challenge.traceRules();
        Challenge unchecked = new Challenge(challenge.id(), challenge.domainId(), challenge.generatorVersion(),
                challenge.paragraphs(), challenge.questions(), challenge.constraints(),
                new TraceRules(rules.minSteps(), rules.maxSteps(), rules.operations(), false), challenge.hashes());
        PackGrammar grammar = grammars.get(challenge.domainId());
        Citations citations = grammar == null ? null : new Citations(grammar);
        Map<String, String> trapKinds = new HashMap<>();
        for (Trap t : key.traps()) {
            trapKinds.put(t.id(), t.kind().wireName());
        }
        List<SolverOutcome> outcomes = new ArrayList<>();
        int required = (int) Math.ceil(0.6 * challenge.questions().size() - 1e-9);
        for (Solver solver : solvers) {
            Submission s = solver.solve(challenge);
            Verdict v = verifier.verify(challenge, key, s);
            Verdict paperwork = verifier.verify(unchecked, key, s);
            boolean traceValid = paperwork.trace().outcome() == Outcome.PASS
                    && (citations == null || citations.honest(challenge, s.trace()));
            List<String> trapped = TrapMatcher.trappedQuestions(key, s, v);
            Map<String, Boolean> correct = new HashMap<>();
            for (CheckResult r : v.answers()) {
                correct.put(r.subject(), r.outcome() == Outcome.PASS);
            }
            List<QuestionOutcome> questions = new ArrayList<>();
            for (Question q : challenge.questions()) {
                GoldAnswer gold = key.answer(q.id());
                String trapKind = gold == null || gold.trapId() == null ? null : trapKinds.get(gold.trapId());
                questions.add(new QuestionOutcome(q.category().wireName(), q.hops(), correct.getOrDefault(q.id(), false),
                        trapKind, trapped.contains(q.id())));
            }
            outcomes.add(new SolverOutcome(solver.name(), v.passed(), v.correctAnswers() >= required, traceValid,
                    v.trace().outcome() == Outcome.PASS, questions));
        }
        return new ChallengeOutcome(outcomes, Masking.skeletons(challenge), Masking.documentHash(challenge));
    }
}
