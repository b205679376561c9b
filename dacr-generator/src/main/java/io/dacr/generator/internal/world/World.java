package io.dacr.generator.internal.world;

import io.dacr.generator.internal.pack.DomainPack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sampled world: entities with aliases and values, and the facts they make. Immutable once built;
 * lookups by kind and by (entity, attribute) are indexed once, because question planning asks them
 * hundreds of times per challenge.
 */
public final class World {

    private final DomainPack pack;
    private final List<Entity> entities;
    private final List<WorldFact> facts;
    /** Looked up by kind id only, never iterated. */
    private final Map<String, List<Entity>> byKind = new HashMap<>();
    /** For each entity (by index), its facts in fact order. */
    private final List<List<WorldFact>> byEntity;

    /**
     * @param pack the pack it was sampled from
     * @param entities all entities, primary kind first, {@code entities.get(i).index() == i}
     * @param facts all facts, ids {@code f1}… in order
     */
    public World(DomainPack pack, List<Entity> entities, List<WorldFact> facts) {
        this.pack = pack;
        this.entities = List.copyOf(entities);
        this.facts = List.copyOf(facts);
        List<List<WorldFact>> own = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            own.add(new ArrayList<>());
        }
        for (WorldFact f : this.facts) {
            own.get(f.subject().index()).add(f);
        }
        this.byEntity = own;
        Map<String, List<Entity>> kinds = new HashMap<>();
        for (Entity e : this.entities) {
            kinds.computeIfAbsent(e.kind().id(), k -> new ArrayList<>()).add(e);
        }
        kinds.forEach((k, v) -> byKind.put(k, List.copyOf(v)));
    }

    /** @return the pack it was sampled from */
    public DomainPack pack() {
        return pack;
    }

    /** @return all entities, primary kind first */
    public List<Entity> entities() {
        return entities;
    }

    /** @return all facts, ids {@code f1}… in order */
    public List<WorldFact> facts() {
        return facts;
    }

    /**
     * @param entity an entity
     * @return its facts (attribute values, then relation links), in fact order
     */
    public List<WorldFact> factsOf(Entity entity) {
        return byEntity.get(entity.index());
    }

    /**
     * @param entity an entity
     * @param attributeId an attribute or relation id
     * @return the fact, or null
     */
    public WorldFact fact(Entity entity, String attributeId) {
        for (WorldFact f : byEntity.get(entity.index())) {
            if (f.attributeId().equals(attributeId)) {
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
        return byKind.getOrDefault(kindId, List.of());
    }
}
