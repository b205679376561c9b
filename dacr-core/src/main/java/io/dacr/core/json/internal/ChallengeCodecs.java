package io.dacr.core.json.internal;

import static io.dacr.core.json.internal.ObjectBuilder.object;

import io.dacr.api.AnswerFormat;
import io.dacr.api.AnswerType;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ContentHashes;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.QuestionCategory;
import io.dacr.api.Tolerance;
import io.dacr.api.TraceRules;
import java.util.Set;

/**
 * The wire form of the public challenge and its parts. Member names are the record components' names;
 * {@code ContentHashes.of} in dacr-api builds the same objects for paragraphs, questions and
 * constraints, and a test holds the two to the same canonical bytes.
 */
public final class ChallengeCodecs {

    /** A challenge id as its text form, a JSON string. */
    public static final Codec<ChallengeId> CHALLENGE_ID = Codec.of(ChallengeId::toString, n -> n.parse(ChallengeId::parse));

    /** {@code {"id", "text"}}. */
    public static final Codec<Paragraph> PARAGRAPH = Codec.of(
            p -> object().text("id", p.id()).text("text", p.text()).build(),
            n -> n.object(Set.of("id", "text")).build(() -> new Paragraph(n.text("id"), n.text("text"))));

    /** {@code {"kind": "absolute"|"relative", "amount": number}}. */
    public static final Codec<Tolerance> TOLERANCE = Codec.of(
            t -> object().wire("kind", t.kind()).number("amount", t.amount()).build(),
            n -> n.object(Set.of("kind", "amount")).build(() -> new Tolerance(
                    n.field("kind").wire(Tolerance.Kind.class), n.field("amount").decimal())));

    /** {@code {"type": "entity"|"number"|"text", "unit"?, "tolerance"?}}; unit and tolerance for numbers only. */
    public static final Codec<AnswerFormat> ANSWER_FORMAT = Codec.of(
            f -> object().wire("type", f.type()).optionalText("unit", f.unit())
                    .optionalValue("tolerance", f.tolerance(), TOLERANCE).build(),
            n -> n.object(Set.of("type", "unit", "tolerance")).build(() -> {
                Node tolerance = n.optionalField("tolerance");
                return new AnswerFormat(n.field("type").wire(AnswerType.class), n.optionalText("unit"),
                        tolerance == null ? null : TOLERANCE.decode(tolerance));
            }));

    /** {@code {"id", "text", "category", "hops", "answerFormat"}}. */
    public static final Codec<Question> QUESTION = Codec.of(
            q -> object().text("id", q.id()).text("text", q.text()).wire("category", q.category())
                    .number("hops", q.hops()).value("answerFormat", q.answerFormat(), ANSWER_FORMAT).build(),
            n -> n.object(Set.of("id", "text", "category", "hops", "answerFormat")).build(() -> new Question(
                    n.text("id"), n.text("text"), n.field("category").wire(QuestionCategory.class),
                    n.field("hops").intValue(), ANSWER_FORMAT.decode(n.field("answerFormat")))));

    /** {@code {"id", "kind", "text", "questionRefs"}}. */
    public static final Codec<Constraint> CONSTRAINT = Codec.of(
            c -> object().text("id", c.id()).wire("kind", c.kind()).text("text", c.text())
                    .texts("questionRefs", c.questionRefs()).build(),
            n -> n.object(Set.of("id", "kind", "text", "questionRefs")).build(() -> new Constraint(
                    n.text("id"), n.field("kind").wire(ConstraintKind.class), n.text("text"),
                    n.field("questionRefs").texts())));

    /** {@code {"minSteps", "maxSteps", "operations", "citationsChecked"}}. */
    public static final Codec<TraceRules> TRACE_RULES = Codec.of(
            r -> object().number("minSteps", r.minSteps()).number("maxSteps", r.maxSteps())
                    .texts("operations", r.operations()).bool("citationsChecked", r.citationsChecked()).build(),
            n -> n.object(Set.of("minSteps", "maxSteps", "operations", "citationsChecked")).build(() -> new TraceRules(
                    n.field("minSteps").intValue(), n.field("maxSteps").intValue(), n.field("operations").texts(),
                    n.field("citationsChecked").bool())));

    /** {@code {"document", "questions", "constraints"}}: SHA-256 hex digests. */
    public static final Codec<ContentHashes> CONTENT_HASHES = Codec.of(
            h -> object().text("document", h.document()).text("questions", h.questions())
                    .text("constraints", h.constraints()).build(),
            n -> n.object(Set.of("document", "questions", "constraints")).build(() -> new ContentHashes(
                    n.text("document"), n.text("questions"), n.text("constraints"))));

    /** The challenge: id, domain, generator version, document, questions, constraints, trace rules, hashes. */
    public static final Codec<Challenge> CHALLENGE = Codec.of(
            c -> object().value("id", c.id(), CHALLENGE_ID).text("domainId", c.domainId())
                    .number("generatorVersion", c.generatorVersion()).values("paragraphs", c.paragraphs(), PARAGRAPH)
                    .values("questions", c.questions(), QUESTION).values("constraints", c.constraints(), CONSTRAINT)
                    .value("traceRules", c.traceRules(), TRACE_RULES).value("hashes", c.hashes(), CONTENT_HASHES).build(),
            n -> n.object(Set.of("id", "domainId", "generatorVersion", "paragraphs", "questions", "constraints",
                    "traceRules", "hashes")).build(() -> new Challenge(
                    CHALLENGE_ID.decode(n.field("id")), n.text("domainId"), n.field("generatorVersion").intValue(),
                    n.field("paragraphs").list(PARAGRAPH::decode), n.field("questions").list(QUESTION::decode),
                    n.field("constraints").list(CONSTRAINT::decode), TRACE_RULES.decode(n.field("traceRules")),
                    CONTENT_HASHES.decode(n.field("hashes")))));

    private ChallengeCodecs() {
    }
}
