package io.dacr.core.json;

import static io.dacr.core.json.internal.ObjectBuilder.object;

import io.dacr.core.json.internal.Codec;
import io.dacr.core.json.internal.VerdictCodecs;
import java.util.Set;

/**
 * The wire form of an attempt-store line: {@code {"attempt": {attempt}, "trappedQuestionIds": [...]}}.
 * It lives here, not in {@code internal}, because it names {@link AttemptRecord}, and {@code internal}
 * must not depend on this package (no cycles).
 */
final class AttemptRecordCodecs {

    /** {@code {"attempt", "trappedQuestionIds"}}. */
    static final Codec<AttemptRecord> ATTEMPT_RECORD = Codec.of(
            r -> object().value("attempt", r.attempt(), VerdictCodecs.ATTEMPT)
                    .texts("trappedQuestionIds", r.trappedQuestionIds()).build(),
            n -> n.object(Set.of("attempt", "trappedQuestionIds")).build(() -> new AttemptRecord(
                    VerdictCodecs.ATTEMPT.decode(n.field("attempt")), n.field("trappedQuestionIds").texts())));

    private AttemptRecordCodecs() {
    }
}
