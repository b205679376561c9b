package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * Which facts each paragraph states, so citations can be checked without rendering prose again.
 *
 * @param mentions every statement of a fact, in document order
 */
public record GroundingIndex(List<GroundedMention> mentions) {

    /** Copies. */
    public GroundingIndex {
        mentions = Checks.immutableList(mentions, "mentions");
    }

    /**
     * Linear in the number of mentions; verifiers that check many citations index it once.
     *
     * @param paragraphId a paragraph id
     * @param factId a fact id
     * @return true if the paragraph states the fact
     */
    public boolean states(String paragraphId, String factId) {
        for (GroundedMention m : mentions) {
            if (m.paragraphId().equals(paragraphId) && m.factId().equals(factId)) {
                return true;
            }
        }
        return false;
    }
}
