package io.dacr.api;

import io.dacr.api.internal.CanonicalJson;
import io.dacr.api.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SHA-256 digests of a challenge's parts, each taken over the canonical JSON of that part (see
 * {@code docs/formats.md}, "Content hashes"). Receipts carry them, so a receipt names exactly the
 * content that was solved.
 *
 * <pre>{@code
 * ContentHashes hashes = ContentHashes.of(paragraphs, questions, constraints);
 * }</pre>
 *
 * @param document digest of the paragraphs
 * @param questions digest of the questions
 * @param constraints digest of the constraints
 */
public record ContentHashes(String document, String questions, String constraints) {

    /** Validates that each is 64 lower-case hex digits. */
    public ContentHashes {
        Checks.sha256Hex(document, "document");
        Checks.sha256Hex(questions, "questions");
        Checks.sha256Hex(constraints, "constraints");
    }

    /**
     * Computes the hashes of a challenge's parts. Each hash is SHA-256 of the canonical JSON
     * ({@link CanonicalJson}) of the JSON array of that part, each element being the same JSON object
     * the challenge format writes for it (members named as the record components, enums by their
     * lower-case wire names, absent values omitted). A test in dacr-core holds the codec to the same
     * bytes, so the two encodings cannot drift apart.
     *
     * @param paragraphs the document
     * @param questions the questions
     * @param constraints the constraints
     * @return the hashes
     * @throws IllegalArgumentException if a text holds an unpaired surrogate (it has no UTF-8 form)
     * @throws NullPointerException if a list or an element is null
     */
    public static ContentHashes of(List<Paragraph> paragraphs, List<Question> questions, List<Constraint> constraints) {
        List<Object> document = new ArrayList<>();
        for (Paragraph p : Checks.immutableList(paragraphs, "paragraphs")) {
            document.add(paragraph(p));
        }
        List<Object> asked = new ArrayList<>();
        for (Question q : Checks.immutableList(questions, "questions")) {
            asked.add(question(q));
        }
        List<Object> checks = new ArrayList<>();
        for (Constraint c : Checks.immutableList(constraints, "constraints")) {
            checks.add(constraint(c));
        }
        return new ContentHashes(hash(document), hash(asked), hash(checks));
    }

    private static String hash(List<Object> part) {
        return CanonicalJson.sha256Hex(CanonicalJson.toBytes(part));
    }

    private static Map<String, Object> paragraph(Paragraph p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("text", p.text());
        return json;
    }

    private static Map<String, Object> question(Question q) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", q.id());
        json.put("text", q.text());
        json.put("category", q.category().wireName());
        json.put("hops", q.hops());
        json.put("answerFormat", answerFormat(q.answerFormat()));
        return json;
    }

    private static Map<String, Object> answerFormat(AnswerFormat f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", wireName(f.type()));
        if (f.unit() != null) {
            json.put("unit", f.unit());
        }
        if (f.tolerance() != null) {
            Map<String, Object> tolerance = new LinkedHashMap<>();
            tolerance.put("kind", wireName(f.tolerance().kind()));
            tolerance.put("amount", f.tolerance().amount());
            json.put("tolerance", tolerance);
        }
        return json;
    }

    private static Map<String, Object> constraint(Constraint c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("kind", c.kind().wireName());
        json.put("text", c.text());
        json.put("questionRefs", c.questionRefs());
        return json;
    }

    private static String wireName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
