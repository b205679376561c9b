package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The public part of a challenge: what a solver sees. Nothing in it lets a client recompute the
 * {@link AnswerKey}.
 *
 * @param id the challenge id
 * @param domainId the domain pack id (equals {@code id.domainId()})
 * @param generatorVersion the generator version (equals {@code id.generatorVersion()})
 * @param paragraphs the document, in order; ids {@code paragraph_1} … consecutive
 * @param questions the questions, ids unique
 * @param constraints the checks on the answer artifact, ids unique
 * @param traceRules what a reasoning trace must look like
 * @param hashes digests of document, questions and constraints
 */
public record Challenge(ChallengeId id, String domainId, int generatorVersion, List<Paragraph> paragraphs,
                        List<Question> questions, List<Constraint> constraints, TraceRules traceRules,
                        ContentHashes hashes) {

    /** Validates consistency with the id, paragraph numbering and id uniqueness. */
    public Challenge {
        Checks.notNull(id, "id");
        Checks.requireArgument(id.domainId().equals(domainId), "domainId '%s' differs from the id's '%s'", domainId, id.domainId());
        Checks.requireArgument(id.generatorVersion() == generatorVersion,
                "generatorVersion %d differs from the id's %d", generatorVersion, id.generatorVersion());
        paragraphs = Checks.immutableList(paragraphs, "paragraphs");
        Checks.requireArgument(!paragraphs.isEmpty(), "a challenge has at least one paragraph");
        for (int i = 0; i < paragraphs.size(); i++) {
            // Checked without building the expected id: a challenge has about a hundred paragraphs.
            if (!Paragraph.hasNumber(paragraphs.get(i).id(), i + 1)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "paragraphs[%d] must have id %s, has %s",
                        i, Paragraph.idOf(i + 1), paragraphs.get(i).id()));
            }
        }
        questions = Checks.immutableList(questions, "questions");
        Checks.requireArgument(!questions.isEmpty(), "a challenge has at least one question");
        List<String> questionIds = new ArrayList<>(questions.size());
        for (Question q : questions) {
            questionIds.add(q.id());
        }
        requireUniqueIds(questionIds, "question");
        constraints = Checks.immutableList(constraints, "constraints");
        List<String> constraintIds = new ArrayList<>(constraints.size());
        for (Constraint c : constraints) {
            constraintIds.add(c.id());
        }
        requireUniqueIds(constraintIds, "constraint");
        Checks.notNull(traceRules, "traceRules");
        Checks.notNull(hashes, "hashes");
    }

    /**
     * @param questionId a question id
     * @return the question, or null if the challenge has none of that id
     */
    public Question question(String questionId) {
        for (Question q : questions) {
            if (q.id().equals(questionId)) {
                return q;
            }
        }
        return null;
    }

    private static void requireUniqueIds(List<String> ids, String what) {
        if (ids.size() <= 16) {
            // A handful of ids: comparing pairs is cheaper than hashing them into a set.
            for (int i = 1; i < ids.size(); i++) {
                String id = ids.get(i);
                for (int j = 0; j < i; j++) {
                    if (ids.get(j).equals(id)) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT, "duplicate %s id '%s'", what, id));
                    }
                }
            }
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            Checks.requireArgument(seen.add(id), "duplicate %s id '%s'", what, id);
        }
    }
}
