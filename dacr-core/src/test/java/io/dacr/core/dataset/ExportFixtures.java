package io.dacr.core.dataset;

import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.spi.ChatMessage;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.session.internal.TrapMatcher;
import io.dacr.core.verify.DacrVerifier;
import io.dacr.core.verify.Fixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A fixed small input for the export tests: the verifier's fixture challenge, a simple prompt of the
 * tests' own, and five sessions. s1 (model-a) passes at once; s2 (model-a) fails then passes; s3
 * (model-b) answers q5 with the trap's wrong value and never passes; s4 (model-a) is malformed, then
 * passes.
 */
final class ExportFixtures {

    static final PromptRenderer RENDERER = PromptRenderer.of("test-prompt-1", ExportFixtures::prompt);

    private static final DacrVerifier VERIFIER = DacrVerifier.builder().build();

    private ExportFixtures() {
    }

    private static List<ChatMessage> prompt(Challenge c) {
        StringBuilder user = new StringBuilder("Challenge ").append(c.id()).append("\n\n");
        for (Paragraph p : c.paragraphs()) {
            user.append('[').append(p.id()).append("] ").append(p.text()).append('\n');
        }
        for (Question q : c.questions()) {
            user.append(q.id()).append(": ").append(q.text()).append('\n');
        }
        return List.of(ChatMessage.system("Answer in DACR's JSON submission format."), ChatMessage.user(user.toString()));
    }

    static ChallengeCatalog catalog() {
        return ChallengeCatalog.of(List.of(Fixtures.CHALLENGE), List.of(Fixtures.KEY));
    }

    static List<AttemptRecord> records() {
        List<AttemptRecord> out = new ArrayList<>();
        out.add(record("s1", 1, "model-a", Fixtures.oracle()));
        out.add(record("s2", 1, "model-a", Fixtures.failing()));
        out.add(record("s3", 1, "model-b", Fixtures.withAnswer("q5", "25")));
        out.add(record("s2", 2, "model-a", Fixtures.oracle()));
        out.add(record("s3", 2, "model-b", Fixtures.failing()));
        Submission s = Fixtures.oracle();
        out.add(new AttemptRecord(attempt("s4", 1, "model-a", s, Verdict.malformed(s.challengeId(), "unreadable")),
                List.of()));
        out.add(record("s4", 2, "model-a", Fixtures.oracle()));
        return out;
    }

    static AttemptRecord record(String session, int number, String model, Submission submission) {
        Verdict verdict = VERIFIER.verify(Fixtures.CHALLENGE, Fixtures.KEY, submission);
        return new AttemptRecord(attempt(session, number, model, submission, verdict),
                TrapMatcher.trappedQuestions(Fixtures.KEY, submission, verdict));
    }

    private static Attempt attempt(String session, int number, String model, Submission submission, Verdict verdict) {
        return new Attempt(session, Fixtures.ID.toString(), number, model, submission, verdict, "",
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * number), Duration.ofSeconds(3));
    }

    /** Compares with a golden file of the test resources; on a difference writes the actual text to target/. */
    static void assertGolden(String name, String actual) {
        String expected;
        try (InputStream in = ExportFixtures.class.getResourceAsStream("/dataset/" + name)) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!expected.equals(actual)) {
            try {
                Path dir = Path.of("target", "golden-actual");
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertEquals(expected, actual, name + " differs from its golden file (actual written to target/golden-actual)");
    }
}
