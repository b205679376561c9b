package io.dacr.core.verify.stateless.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.internal.Checks;
import io.dacr.core.verify.internal.KeyIndex;
import java.lang.ref.WeakReference;

/**
 * A regenerated answer key as the stateless cache holds it: the key, and the verifier's index of it
 * for the challenge it was last graded against, so that a warm verification indexes nothing. The index
 * keeps no paragraph text; the challenge it was built for is remembered weakly, only to recognise the
 * same object again without comparing content. Thread-safe: the index and its challenge are replaced
 * together, as one immutable pair.
 */
public final class RegeneratedKey {

    /** An index and the challenge object it was built for (or last found to fit). */
    private record Indexed(KeyIndex index, WeakReference<Challenge> challenge) {
    }

    private final AnswerKey key;
    private volatile Indexed indexed;

    /**
     * @param key the regenerated key
     * @throws NullPointerException if {@code key} is null
     */
    public RegeneratedKey(AnswerKey key) {
        this.key = Checks.notNull(key, "key");
    }

    /** @return the regenerated key */
    public AnswerKey key() {
        return key;
    }

    /**
     * @param challenge the challenge a submission answers
     * @return the index held, if it grades submissions to {@code challenge} as a fresh one would (it was
     *     built for that very object, or for one of equal questions, constraints, trace rules and
     *     paragraph count); else null
     */
    public KeyIndex indexFor(Challenge challenge) {
        Indexed held = indexed;
        if (held == null) {
            return null;
        }
        if (held.challenge().get() == challenge) {
            return held.index();
        }
        if (held.index().fits(challenge)) {
            indexed = new Indexed(held.index(), new WeakReference<>(challenge));
            return held.index();
        }
        return null;
    }

    /**
     * Holds {@code index}, built from this key for {@code challenge}, in place of any index held before.
     *
     * @param challenge the challenge it was built for
     * @param index the index
     */
    public void hold(Challenge challenge, KeyIndex index) {
        indexed = new Indexed(index, new WeakReference<>(challenge));
    }
}
