package io.dacr.core.json;

import static io.dacr.core.json.internal.ObjectBuilder.object;

import io.dacr.api.spi.TokenUsage;
import io.dacr.core.json.internal.Codec;
import io.dacr.core.json.internal.Node;
import io.dacr.core.json.internal.VerdictCodecs;
import java.util.Set;

/**
 * The wire form of an attempt-store line ({@code {"attempt": {attempt}, "trappedQuestionIds": [...],
 * "origin"?: {...}}}) and of a miner's parse failure.
 * It lives here, not in {@code internal}, because it names {@link AttemptRecord}, and {@code internal}
 * must not depend on this package (no cycles).
 */
final class AttemptRecordCodecs {

    /** {@code {"promptTokens", "completionTokens"}}. */
    static final Codec<TokenUsage> USAGE = Codec.of(
            u -> object().number("promptTokens", u.promptTokens()).number("completionTokens", u.completionTokens()).build(),
            n -> n.object(Set.of("promptTokens", "completionTokens")).build(() -> new TokenUsage(
                    n.field("promptTokens").longValue(), n.field("completionTokens").longValue())));

    /** {@code {"promptVersion", "strategy", "response", "usage"}}. */
    static final Codec<AttemptOrigin> ORIGIN = Codec.of(
            o -> object().text("promptVersion", o.promptVersion()).text("strategy", o.strategy())
                    .text("response", o.response()).value("usage", o.usage(), USAGE).build(),
            n -> n.object(Set.of("promptVersion", "strategy", "response", "usage")).build(() -> new AttemptOrigin(
                    n.text("promptVersion"), n.text("strategy"), n.text("response"), USAGE.decode(n.field("usage")))));

    /** {@code {"attempt", "trappedQuestionIds", "origin"?}}. */
    static final Codec<AttemptRecord> ATTEMPT_RECORD = Codec.of(
            r -> object().value("attempt", r.attempt(), VerdictCodecs.ATTEMPT)
                    .texts("trappedQuestionIds", r.trappedQuestionIds())
                    .optionalValue("origin", r.origin(), ORIGIN).build(),
            n -> n.object(Set.of("attempt", "trappedQuestionIds", "origin")).build(() -> {
                Node origin = n.optionalField("origin");
                return new AttemptRecord(VerdictCodecs.ATTEMPT.decode(n.field("attempt")),
                        n.field("trappedQuestionIds").texts(), origin == null ? null : ORIGIN.decode(origin));
            }));

    /**
     * {@code {"sessionId", "challengeId", "modelId", "promptVersion", "strategy", "call", "response",
     * "problem", "usage", "receivedAt"}}.
     */
    static final Codec<ParseFailure> PARSE_FAILURE = Codec.of(
            f -> object().text("sessionId", f.sessionId()).text("challengeId", f.challengeId())
                    .text("modelId", f.modelId()).text("promptVersion", f.promptVersion())
                    .text("strategy", f.strategy()).number("call", f.call()).text("response", f.response())
                    .text("problem", f.problem()).value("usage", f.usage(), USAGE)
                    .value("receivedAt", f.receivedAt(), VerdictCodecs.INSTANT).build(),
            n -> n.object(Set.of("sessionId", "challengeId", "modelId", "promptVersion", "strategy", "call",
                    "response", "problem", "usage", "receivedAt")).build(() -> new ParseFailure(
                    n.text("sessionId"), n.text("challengeId"), n.text("modelId"), n.text("promptVersion"),
                    n.text("strategy"), n.field("call").intValue(), n.text("response"), n.text("problem"),
                    USAGE.decode(n.field("usage")), VerdictCodecs.INSTANT.decode(n.field("receivedAt")))));

    private AttemptRecordCodecs() {
    }
}
