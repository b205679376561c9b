package io.dacr.core.json.internal;

import static io.dacr.core.json.internal.ObjectBuilder.object;

import io.dacr.api.Attempt;
import io.dacr.api.CheckResult;
import io.dacr.api.Outcome;
import io.dacr.api.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The wire form of verdicts and of attempt records. Instants and durations are ISO-8601 strings
 * ({@code 2026-03-01T12:00:00.5Z}, {@code PT1.5S}) as {@link Instant#toString()} and
 * {@link Duration#toString()} write them, so they read back exactly.
 */
public final class VerdictCodecs {

    /** {@code {"subject", "outcome", "reason"}}. */
    public static final Codec<CheckResult> CHECK_RESULT = Codec.of(
            r -> object().text("subject", r.subject()).wire("outcome", r.outcome()).text("reason", r.reason()).build(),
            n -> n.object(Set.of("subject", "outcome", "reason")).build(() -> new CheckResult(
                    n.text("subject"), n.field("outcome").wire(Outcome.class), n.text("reason"))));

    /** {@code {"challengeId", "outcome", "constraints", "answers", "trace", "reason"}}. */
    public static final Codec<Verdict> VERDICT = Codec.of(
            v -> object().text("challengeId", v.challengeId()).wire("outcome", v.outcome())
                    .values("constraints", v.constraints(), CHECK_RESULT).values("answers", v.answers(), CHECK_RESULT)
                    .value("trace", v.trace(), CHECK_RESULT).text("reason", v.reason()).build(),
            n -> n.object(Set.of("challengeId", "outcome", "constraints", "answers", "trace", "reason")).build(() -> new Verdict(
                    n.text("challengeId"), n.field("outcome").wire(Outcome.class),
                    n.field("constraints").list(CHECK_RESULT::decode), n.field("answers").list(CHECK_RESULT::decode),
                    CHECK_RESULT.decode(n.field("trace")), n.text("reason"))));

    /** An ISO-8601 instant in UTC, e.g. {@code 2026-03-01T12:00:00Z}. */
    public static final Codec<Instant> INSTANT = Codec.of(Instant::toString, n -> n.parse(Instant::parse));

    /** An ISO-8601 duration, e.g. {@code PT1.5S}. */
    public static final Codec<Duration> DURATION = Codec.of(Duration::toString, n -> n.parse(Duration::parse));

    /**
     * {@code {"sessionId", "challengeId", "number", "modelId", "submission", "verdict", "feedbackShown",
     * "submittedAt", "elapsed"}}.
     */
    public static final Codec<Attempt> ATTEMPT = Codec.of(
            a -> object().text("sessionId", a.sessionId()).text("challengeId", a.challengeId())
                    .number("number", a.number()).text("modelId", a.modelId())
                    .value("submission", a.submission(), SubmissionCodecs.SUBMISSION).value("verdict", a.verdict(), VERDICT)
                    .text("feedbackShown", a.feedbackShown()).value("submittedAt", a.submittedAt(), INSTANT)
                    .value("elapsed", a.elapsed(), DURATION).build(),
            n -> n.object(Set.of("sessionId", "challengeId", "number", "modelId", "submission", "verdict",
                    "feedbackShown", "submittedAt", "elapsed")).build(() -> new Attempt(n.text("sessionId"),
                    n.text("challengeId"), n.field("number").intValue(), n.text("modelId"),
                    SubmissionCodecs.SUBMISSION.decode(n.field("submission")), VERDICT.decode(n.field("verdict")),
                    n.text("feedbackShown"), INSTANT.decode(n.field("submittedAt")), DURATION.decode(n.field("elapsed")))));

    private VerdictCodecs() {
    }
}
