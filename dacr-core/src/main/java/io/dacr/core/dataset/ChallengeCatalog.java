package io.dacr.core.dataset;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.DacrException;
import io.dacr.api.internal.Checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The challenges (and, where known, answer keys) an export draws prompts and ground truth from, by
 * challenge id. Challenge formats export every challenge in the order given.
 */
public final class ChallengeCatalog {

    private final List<Challenge> challenges;
    private final Map<String, Challenge> byId = new HashMap<>();
    private final Map<String, AnswerKey> keys = new HashMap<>();

    private ChallengeCatalog(Collection<Challenge> challenges, Collection<AnswerKey> keys) {
        this.challenges = Collections.unmodifiableList(new ArrayList<>(challenges));
        for (Challenge c : this.challenges) {
            Checks.requireArgument(byId.putIfAbsent(c.id().toString(), c) == null, "challenge %s is given twice", c.id());
        }
        for (AnswerKey k : keys) {
            Checks.requireArgument(this.keys.putIfAbsent(k.challengeId().toString(), k) == null,
                    "the key of %s is given twice", k.challengeId());
        }
    }

    /**
     * @param challenges the challenges, in export order
     * @param keys their answer keys (some or all; none for SFT, DPO and TRL)
     * @return the catalog
     * @throws IllegalArgumentException if a challenge or key is given twice
     */
    public static ChallengeCatalog of(Collection<Challenge> challenges, Collection<AnswerKey> keys) {
        return new ChallengeCatalog(Checks.notNull(challenges, "challenges"), Checks.notNull(keys, "keys"));
    }

    /** @return the challenges, in the order given */
    public List<Challenge> challenges() {
        return challenges;
    }

    /**
     * @param id a challenge id
     * @return the challenge
     * @throws DacrException if the catalog lacks it: the records and the challenges given do not match
     */
    public Challenge challenge(String id) {
        Challenge c = byId.get(id);
        if (c == null) {
            throw new DacrException("challenge " + id + " is not among the " + challenges.size()
                    + " challenges given; pass the challenges file the attempts were made on");
        }
        return c;
    }

    /**
     * @param id a challenge id
     * @return its answer key, or null when not given
     */
    public AnswerKey key(String id) {
        return keys.get(id);
    }
}
