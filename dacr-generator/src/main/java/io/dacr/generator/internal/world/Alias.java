package io.dacr.generator.internal.world;

import java.util.List;

/**
 * One alias of an entity.
 *
 * @param kind the alias kind's index in the entity kind's alias list
 * @param text the alias as written
 * @param embeds the ids of the entity's own attributes whose values the alias spells out ("the
 *     Kelmara-based retail group" embeds {@code hq_city} and {@code sector}); a sentence stating one of
 *     those attributes never names its subject by this alias, which would restate the value
 *     tautologically and hand it to a reader for free
 */
public record Alias(int kind, String text, List<String> embeds) {

    /** Copies {@code embeds}. */
    public Alias {
        embeds = List.copyOf(embeds);
    }

    /**
     * @param attributeId an attribute or relation id, or null
     * @return true if a sentence about that attribute may name its subject by this alias
     */
    public boolean fitsStatementOf(String attributeId) {
        return attributeId == null || !embeds.contains(attributeId);
    }
}
