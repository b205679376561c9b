package io.dacr.core.json.internal;

import static io.dacr.core.json.internal.ObjectBuilder.object;

import io.dacr.api.AnswerKey;
import io.dacr.api.ConstraintValue;
import io.dacr.api.Fact;
import io.dacr.api.GenerationSpec;
import io.dacr.api.GoldAnswer;
import io.dacr.api.GroundedMention;
import io.dacr.api.GroundingIndex;
import io.dacr.api.Provenance;
import io.dacr.api.ReasoningHop;
import io.dacr.api.Trap;
import io.dacr.api.TrapKind;
import java.util.Set;

/** The wire form of the secret answer key and its parts. Member names are the record components' names. */
public final class AnswerKeyCodecs {

    /** {@code {"id", "entity", "attribute", "value", "unit"}}. */
    public static final Codec<Fact> FACT = Codec.of(
            f -> object().text("id", f.id()).text("entity", f.entity()).text("attribute", f.attribute())
                    .text("value", f.value()).text("unit", f.unit()).build(),
            n -> n.object(Set.of("id", "entity", "attribute", "value", "unit")).build(() -> new Fact(
                    n.text("id"), n.text("entity"), n.text("attribute"), n.text("value"), n.text("unit"))));

    /** {@code {"operation", "factIds", "paragraphIds", "result"}}. */
    public static final Codec<ReasoningHop> REASONING_HOP = Codec.of(
            h -> object().text("operation", h.operation()).texts("factIds", h.factIds())
                    .texts("paragraphIds", h.paragraphIds()).text("result", h.result()).build(),
            n -> n.object(Set.of("operation", "factIds", "paragraphIds", "result")).build(() -> new ReasoningHop(
                    n.text("operation"), n.field("factIds").texts(), n.field("paragraphIds").texts(), n.text("result"))));

    /** {@code {"questionId", "canonical", "acceptedForms", "chain", "trapId"?}}. */
    public static final Codec<GoldAnswer> GOLD_ANSWER = Codec.of(
            a -> object().text("questionId", a.questionId()).text("canonical", a.canonical())
                    .texts("acceptedForms", a.acceptedForms()).values("chain", a.chain(), REASONING_HOP)
                    .optionalText("trapId", a.trapId()).build(),
            n -> n.object(Set.of("questionId", "canonical", "acceptedForms", "chain", "trapId")).build(() -> new GoldAnswer(
                    n.text("questionId"), n.text("canonical"), n.field("acceptedForms").texts(),
                    n.field("chain").list(REASONING_HOP::decode), n.optionalText("trapId"))));

    /** {@code {"constraintId", "expected": {name: text}, "trappedValue"?}}. */
    public static final Codec<ConstraintValue> CONSTRAINT_VALUE = Codec.of(
            v -> object().text("constraintId", v.constraintId()).textMap("expected", v.expected())
                    .optionalText("trappedValue", v.trappedValue()).build(),
            n -> n.object(Set.of("constraintId", "expected", "trappedValue")).build(() -> new ConstraintValue(
                    n.text("constraintId"), n.field("expected").textMap(), n.optionalText("trappedValue"))));

    /** {@code {"id", "kind", "targetFactId", "correctValue", "wrongValue", "paragraphIds", "cue"}}. */
    public static final Codec<Trap> TRAP = Codec.of(
            t -> object().text("id", t.id()).wire("kind", t.kind()).text("targetFactId", t.targetFactId())
                    .text("correctValue", t.correctValue()).text("wrongValue", t.wrongValue())
                    .texts("paragraphIds", t.paragraphIds()).text("cue", t.cue()).build(),
            n -> n.object(Set.of("id", "kind", "targetFactId", "correctValue", "wrongValue", "paragraphIds", "cue"))
                    .build(() -> new Trap(n.text("id"), n.field("kind").wire(TrapKind.class), n.text("targetFactId"),
                            n.text("correctValue"), n.text("wrongValue"), n.field("paragraphIds").texts(), n.text("cue"))));

    /** {@code {"paragraphId", "factId", "alias", "surfaceForm"}}. */
    public static final Codec<GroundedMention> GROUNDED_MENTION = Codec.of(
            m -> object().text("paragraphId", m.paragraphId()).text("factId", m.factId()).text("alias", m.alias())
                    .text("surfaceForm", m.surfaceForm()).build(),
            n -> n.object(Set.of("paragraphId", "factId", "alias", "surfaceForm")).build(() -> new GroundedMention(
                    n.text("paragraphId"), n.text("factId"), n.text("alias"), n.text("surfaceForm"))));

    /** {@code {"mentions": [...]}}. */
    public static final Codec<GroundingIndex> GROUNDING_INDEX = Codec.of(
            g -> object().values("mentions", g.mentions(), GROUNDED_MENTION).build(),
            n -> n.object(Set.of("mentions")).build(() -> new GroundingIndex(n.field("mentions").list(GROUNDED_MENTION::decode))));

    /** {@code {"preset", "knobs": {name: value}}}. */
    public static final Codec<GenerationSpec> GENERATION_SPEC = Codec.of(
            s -> object().text("preset", s.preset()).textMap("knobs", s.knobs()).build(),
            n -> n.object(Set.of("preset", "knobs")).build(() -> new GenerationSpec(n.text("preset"), n.field("knobs").textMap())));

    /** {@code {"generatorVersion", "domainId", "domainPackHash", "spec", "namespace", "index", "seedDerivation"}}. */
    public static final Codec<Provenance> PROVENANCE = Codec.of(
            p -> object().number("generatorVersion", p.generatorVersion()).text("domainId", p.domainId())
                    .text("domainPackHash", p.domainPackHash()).value("spec", p.spec(), GENERATION_SPEC)
                    .text("namespace", p.namespace()).number("index", p.index())
                    .text("seedDerivation", p.seedDerivation()).build(),
            n -> n.object(Set.of("generatorVersion", "domainId", "domainPackHash", "spec", "namespace", "index",
                    "seedDerivation")).build(() -> new Provenance(n.field("generatorVersion").intValue(),
                    n.text("domainId"), n.text("domainPackHash"), GENERATION_SPEC.decode(n.field("spec")),
                    n.text("namespace"), n.field("index").longValue(), n.text("seedDerivation"))));

    /** The answer key: challenge id, facts, gold answers, constraint values, traps, grounding, provenance. */
    public static final Codec<AnswerKey> ANSWER_KEY = Codec.of(
            k -> object().value("challengeId", k.challengeId(), ChallengeCodecs.CHALLENGE_ID)
                    .values("facts", k.facts(), FACT).values("answers", k.answers(), GOLD_ANSWER)
                    .values("constraintValues", k.constraintValues(), CONSTRAINT_VALUE).values("traps", k.traps(), TRAP)
                    .value("grounding", k.grounding(), GROUNDING_INDEX).value("provenance", k.provenance(), PROVENANCE)
                    .build(),
            n -> n.object(Set.of("challengeId", "facts", "answers", "constraintValues", "traps", "grounding", "provenance"))
                    .build(() -> new AnswerKey(ChallengeCodecs.CHALLENGE_ID.decode(n.field("challengeId")),
                            n.field("facts").list(FACT::decode), n.field("answers").list(GOLD_ANSWER::decode),
                            n.field("constraintValues").list(CONSTRAINT_VALUE::decode), n.field("traps").list(TRAP::decode),
                            GROUNDING_INDEX.decode(n.field("grounding")), PROVENANCE.decode(n.field("provenance")))));

    private AnswerKeyCodecs() {
    }
}
