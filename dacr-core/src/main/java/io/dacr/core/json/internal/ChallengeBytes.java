package io.dacr.core.json.internal;

import io.dacr.api.AnswerFormat;
import io.dacr.api.AnswerType;
import io.dacr.api.Challenge;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ContentHashes;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.QuestionCategory;
import io.dacr.api.Tolerance;
import io.dacr.api.TraceRules;
import io.dacr.api.internal.CanonicalJson;
import java.math.BigDecimal;
import java.util.List;

/**
 * The canonical bytes of a {@link Challenge}, written straight from the record: the bytes
 * {@code CanonicalBytes.of(PlainTree.of(challenge))} gives, without building the plain tree (a map per
 * paragraph, question and constraint) and without sorting member names, which are written here in
 * their canonical order. Challenges are fingerprinted once per generated item, so this is on the
 * generator's hot path. A test holds the two paths to the same bytes on generated and hand-made
 * challenges; anything unusual (a string with an unpaired surrogate, a tolerance of hundreds of digits)
 * makes {@link #of} answer null so that the caller takes the general path, errors included.
 */
public final class ChallengeBytes extends Utf8Writer {

    private static final String[] CATEGORIES = wireNames(QuestionCategory.values());
    private static final String[] ANSWER_TYPES = wireNames(AnswerType.values());
    private static final String[] TOLERANCE_KINDS = wireNames(Tolerance.Kind.values());
    private static final String[] CONSTRAINT_KINDS = wireNames(ConstraintKind.values());
    /** Tolerances of at most this many digits or scale are written here (as {@code CanonicalBytes} does). */
    private ChallengeBytes(int capacity) {
        super(capacity);
    }

    /**
     * @param challenge a challenge
     * @return its canonical bytes, or null if it needs the general path
     */
    public static byte[] of(Challenge challenge) {
        int text = 0;
        for (Paragraph p : challenge.paragraphs()) {
            text += p.text().length() + 32;
        }
        for (Question q : challenge.questions()) {
            text += q.text().length() + 160;
        }
        for (Constraint c : challenge.constraints()) {
            text += c.text().length() + 96;
        }
        ChallengeBytes w = new ChallengeBytes(text + 1024);
        return w.challenge(challenge) ? w.bytes() : null;
    }

    private boolean challenge(Challenge c) {
        ascii("{\"constraints\":[");
        List<Constraint> constraints = c.constraints();
        for (int i = 0; i < constraints.size(); i++) {
            if (i > 0) {
                ascii(',');
            }
            if (!constraint(constraints.get(i))) {
                return false;
            }
        }
        ascii("],\"domainId\":");
        id(c.domainId());
        ascii(",\"generatorVersion\":");
        ascii(Integer.toString(c.generatorVersion()));
        ascii(",\"hashes\":");
        if (!hashes(c.hashes())) {
            return false;
        }
        ascii(",\"id\":");
        id(c.id().toString());
        ascii(",\"paragraphs\":[");
        List<Paragraph> paragraphs = c.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            ascii(i == 0 ? "{\"id\":" : ",{\"id\":");
            id(p.id());
            ascii(",\"text\":");
            if (!string(p.text())) {
                return false;
            }
            ascii('}');
        }
        ascii("],\"questions\":[");
        List<Question> questions = c.questions();
        for (int i = 0; i < questions.size(); i++) {
            if (i > 0) {
                ascii(',');
            }
            if (!question(questions.get(i))) {
                return false;
            }
        }
        ascii("],\"traceRules\":");
        if (!traceRules(c.traceRules())) {
            return false;
        }
        ascii('}');
        return true;
    }

    private boolean constraint(Constraint c) {
        ascii("{\"id\":");
        id(c.id());
        ascii(",\"kind\":");
        ascii('"');
        ascii(CONSTRAINT_KINDS[c.kind().ordinal()]);
        ascii("\",\"questionRefs\":");
        if (!strings(c.questionRefs())) {
            return false;
        }
        ascii(",\"text\":");
        if (!string(c.text())) {
            return false;
        }
        ascii('}');
        return true;
    }

    private boolean hashes(ContentHashes h) {
        ascii("{\"constraints\":");
        id(h.constraints());
        ascii(",\"document\":");
        id(h.document());
        ascii(",\"questions\":");
        id(h.questions());
        ascii('}');
        return true;
    }

    private boolean question(Question q) {
        AnswerFormat f = q.answerFormat();
        ascii("{\"answerFormat\":{");
        if (f.tolerance() != null) {
            ascii("\"tolerance\":{\"amount\":");
            String amount = shortNumber(f.tolerance().amount());
            if (amount == null) {
                return false;
            }
            ascii(amount);
            ascii(",\"kind\":\"");
            ascii(TOLERANCE_KINDS[f.tolerance().kind().ordinal()]);
            ascii("\"},");
        }
        ascii("\"type\":\"");
        ascii(ANSWER_TYPES[f.type().ordinal()]);
        ascii('"');
        if (f.unit() != null) {
            ascii(",\"unit\":");
            if (!string(f.unit())) {
                return false;
            }
        }
        ascii("},\"category\":\"");
        ascii(CATEGORIES[q.category().ordinal()]);
        ascii("\",\"hops\":");
        ascii(Integer.toString(q.hops()));
        ascii(",\"id\":");
        id(q.id());
        ascii(",\"text\":");
        if (!string(q.text())) {
            return false;
        }
        ascii('}');
        return true;
    }

    private boolean traceRules(TraceRules r) {
        ascii("{\"citationsChecked\":");
        ascii(r.citationsChecked() ? "true" : "false");
        ascii(",\"maxSteps\":");
        ascii(Integer.toString(r.maxSteps()));
        ascii(",\"minSteps\":");
        ascii(Integer.toString(r.minSteps()));
        ascii(",\"operations\":");
        if (!strings(r.operations())) {
            return false;
        }
        ascii('}');
        return true;
    }

    private boolean strings(List<String> values) {
        ascii('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                ascii(',');
            }
            if (!string(values.get(i))) {
                return false;
            }
        }
        ascii(']');
        return true;
    }

    /**
     * Writes a string the records validate as plain ASCII (ids, identifiers, hex digests: letters,
     * digits, {@code - _ .}), which canonical JSON writes as it is between quotes.
     */
    private void id(String s) {
        ascii('"');
        ascii(s);
        ascii('"');
    }

    private static String[] wireNames(Enum<?>[] constants) {
        String[] names = new String[constants.length];
        for (Enum<?> c : constants) {
            names[c.ordinal()] = Wire.name(c);
        }
        return names;
    }
}
