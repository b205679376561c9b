package io.dacr.core.solve;

import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.Constraint;
import io.dacr.api.ContentHashes;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.Secret;
import io.dacr.api.TraceRules;
import io.dacr.api.spi.DomainProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A small hand-written pack and hand-written challenges over it: the solvers' test bench. */
final class TestPack implements DomainProvider {

    static final String ID = "test-firms";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Hand-written firms for solver tests";
    }

    @Override
    public String packJson() {
        try (InputStream in = TestPack.class.getResourceAsStream("test-pack.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param paragraphs the paragraphs' texts
     * @param questions the questions
     * @param constraints the constraints
     * @return a challenge of the test domain
     */
    static Challenge challenge(List<String> paragraphs, List<Question> questions, List<Constraint> constraints) {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            ps.add(new Paragraph(Paragraph.idOf(i + 1), paragraphs.get(i)));
        }
        ChallengeId id = ChallengeId.issue(1, ID, GenerationSpec.preset("standard"), "test", 0,
                Secret.ofUtf8("solver-test-secret-0001"));
        return new Challenge(id, ID, 1, ps, questions, constraints, TraceRules.defaults(),
                ContentHashes.of(ps, questions, constraints));
    }
}
