package io.dacr.generator.internal.world;

import io.dacr.generator.internal.pack.DomainPack;
import java.util.List;

/**
 * A sampled world: entities with aliases and values, and the facts they make.
 *
 * @param pack the pack it was sampled from
 * @param entities all entities, primary kind first
 * @param facts all facts, ids {@code f1}… in order
 */
public record World(DomainPack pack, List<Entity> entities, List<WorldFact> facts) {

    /**
     * @param entity an entity
     * @param attributeId an attribute or relation id
     * @return the fact, or null
     */
    public WorldFact fact(Entity entity, String attributeId) {
        for (WorldFact f : facts) {
            if (f.subject() == entity && f.attributeId().equals(attributeId)) {
                return f;
            }
        }
        return null;
    }

    /**
     * @param kindId a kind id
     * @return the entities of that kind, in order
     */
    public List<Entity> ofKind(String kindId) {
        return entities.stream().filter(e -> e.kind().id().equals(kindId)).toList();
    }
}
