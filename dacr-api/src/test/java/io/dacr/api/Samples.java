package io.dacr.api;

import java.util.ArrayList;
import java.util.List;

/** Small valid values of the API's types, so each test states only what it varies. */
final class Samples {

    /** A fixed test secret; never used outside tests. */
    static final Secret SECRET = Secret.ofUtf8("dacr-golden-secret-do-not-use-0001");

    /** preset=standard, paragraphs=60, traps=6. */
    static final GenerationSpec SPEC = GenerationSpec.preset("standard").with("paragraphs", "60").with("traps", "6");

    /** A well-formed SHA-256 hex digest. */
    static final String SHA256 = "0123456789abcdef".repeat(4);

    private Samples() {
    }

    /** @return the id of corporate-finance, generator 1, epoch-7, index 42, under {@link #SECRET} */
    static ChallengeId challengeId() {
        return ChallengeId.issue(1, "corporate-finance", SPEC, "epoch-7", 42, SECRET);
    }

    static ContentHashes hashes() {
        return new ContentHashes(SHA256, SHA256, SHA256);
    }

    static Paragraph paragraph(int number) {
        return new Paragraph(Paragraph.idOf(number), "Paragraph " + number + " of the document.");
    }

    /** @return paragraph_1 … paragraph_count, in order, in a mutable list */
    static List<Paragraph> paragraphs(int count) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            paragraphs.add(paragraph(n));
        }
        return paragraphs;
    }

    static Question question(String id) {
        return new Question(id, "Which carrier reported the highest revenue?", QuestionCategory.COMPARATIVE, 2,
                AnswerFormat.entity());
    }

    static Constraint constraint(String id) {
        return new Constraint(id, ConstraintKind.WORD_COUNT, "The artifact has as many words as the answer to q1.",
                List.of("q1"));
    }

    /** @return a challenge of {@link #challengeId()} built from the given parts */
    static Challenge challenge(List<Paragraph> paragraphs, List<Question> questions, List<Constraint> constraints) {
        ChallengeId id = challengeId();
        return new Challenge(id, id.domainId(), id.generatorVersion(), paragraphs, questions, constraints,
                TraceRules.defaults(), hashes());
    }

    static ReasoningHop hop() {
        return new ReasoningHop("extract", List.of("f1"), List.of("paragraph_1"), "Kelmara Air");
    }
}
