package io.dacr.core.json;

import static io.dacr.core.json.internal.ObjectBuilder.object;

import io.dacr.api.ChallengeId;
import io.dacr.core.json.internal.AnswerKeyCodecs;
import io.dacr.core.json.internal.ChallengeCodecs;
import io.dacr.core.json.internal.Codec;
import io.dacr.core.json.internal.SubmissionCodecs;
import java.util.Set;

/**
 * The wire form of a keys-file line: {@code {"challengeId", "key": {answer key}, "oracle": {submission}}}.
 * The challenge id comes first and is repeated from the key so that a line can be found by id without
 * decoding it; reading checks that the three agree. It lives here, not in {@code internal}, because
 * it names {@link GeneratedKey}, and {@code internal} must not depend on this package (no cycles).
 */
final class GeneratedKeyCodecs {

    /** {@code {"challengeId", "key", "oracle"}}. */
    static final Codec<GeneratedKey> GENERATED_KEY = Codec.of(
            g -> object().value("challengeId", g.challengeId(), ChallengeCodecs.CHALLENGE_ID)
                    .value("key", g.key(), AnswerKeyCodecs.ANSWER_KEY)
                    .value("oracle", g.oracle(), SubmissionCodecs.SUBMISSION).build(),
            n -> n.object(Set.of("challengeId", "key", "oracle")).build(() -> {
                ChallengeId id = ChallengeCodecs.CHALLENGE_ID.decode(n.field("challengeId"));
                GeneratedKey generated = new GeneratedKey(AnswerKeyCodecs.ANSWER_KEY.decode(n.field("key")),
                        SubmissionCodecs.SUBMISSION.decode(n.field("oracle")));
                if (!generated.challengeId().equals(id)) {
                    throw new IllegalArgumentException("challengeId " + id + " differs from the key's "
                            + generated.challengeId());
                }
                return generated;
            }));

    private GeneratedKeyCodecs() {
    }
}
