package io.dacr.generator.internal.world;

import io.dacr.generator.internal.pack.DomainPack;
import java.util.ArrayList;
import java.util.List;

/**
 * A sampled world: entities with aliases and values, and the facts they make. Immutable once built;
 * lookups by kind and by (entity, attribute) are indexed once, because question planning asks them
 * hundreds of times per challenge: an entity's facts sit in an array by attribute position (then by
 * relation position), so {@link #fact} is an array read once the id's position is known.
 */
public final class World {

    private final DomainPack pack;
    private final PackTables tables;
    private final List<Entity> entities;
    private final List<WorldFact> facts;
    /** Per kind position in the pack, its entities in order. */
    private final List<List<Entity>> byKind;
    /** For each entity (by index), its facts in fact order. */
    private final List<List<WorldFact>> byEntity;
    /** For each entity (by index), its first fact per fact slot ({@link PackTables#factSlot}). */
    private final WorldFact[][] bySlot;

    /**
     * @param pack the pack it was sampled from
     * @param entities all entities, primary kind first, {@code entities.get(i).index() == i}
     * @param facts all facts, ids {@code f1}… in order
     */
    public World(DomainPack pack, List<Entity> entities, List<WorldFact> facts) {
        this.pack = pack;
        this.tables = PackTables.of(pack);
        this.entities = List.copyOf(entities);
        this.facts = List.copyOf(facts);
        int n = this.entities.size();
        List<List<WorldFact>> own = new ArrayList<>(n);
        WorldFact[][] slots = new WorldFact[n][];
        for (int i = 0; i < n; i++) {
            own.add(new ArrayList<>());
            slots[i] = new WorldFact[tables.factSlots(this.entities.get(i).table())];
        }
        for (WorldFact f : this.facts) {
            Entity subject = f.subject();
            own.get(subject.index()).add(f);
            int slot = tables.factSlot(subject.table(), f.attributeId());
            if (slot >= 0 && slots[subject.index()][slot] == null) {
                slots[subject.index()][slot] = f;
            }
        }
        this.byEntity = own;
        this.bySlot = slots;
        List<List<Entity>> kinds = new ArrayList<>(tables.kindIds.length);
        for (int k = 0; k < tables.kindIds.length; k++) {
            List<Entity> ofKind = new ArrayList<>();
            for (Entity e : this.entities) {
                if (e.table().index == k) {
                    ofKind.add(e);
                }
            }
            kinds.add(List.copyOf(ofKind));
        }
        this.byKind = kinds;
    }

    /**
     * The sampler's constructor: it already knows what the public constructor would derive.
     *
     * @param entities immutable, kind by kind in pack order
     * @param facts immutable
     * @param kindStart the entities of kind k are {@code entities.subList(kindStart[k], kindStart[k + 1])}
     * @param byEntity each entity's facts in fact order
     * @param bySlot each entity's facts by {@link PackTables#factSlot}
     */
    World(DomainPack pack, PackTables tables, List<Entity> entities, List<WorldFact> facts, int[] kindStart,
          List<List<WorldFact>> byEntity, WorldFact[][] bySlot) {
        this.pack = pack;
        this.tables = tables;
        this.entities = entities;
        this.facts = facts;
        this.byEntity = byEntity;
        this.bySlot = bySlot;
        List<List<Entity>> kinds = new ArrayList<>(kindStart.length - 1);
        for (int k = 0; k + 1 < kindStart.length; k++) {
            kinds.add(List.copyOf(entities.subList(kindStart[k], kindStart[k + 1])));
        }
        this.byKind = kinds;
    }

    /** @return the pack it was sampled from */
    public DomainPack pack() {
        return pack;
    }

    /**
     * What the trap planner derives from a number spec of the pack (how the spec writes values on its
     * grid), computed once per pack instead of once per item. One use only: a spec's memo holds one
     * derived value, so no other stage may store another kind of value through this method.
     *
     * @param spec a number spec of this world's pack
     * @param derive a pure function of the spec, giving an immutable value
     * @return the value, computed on first use
     */
    public <T> T derived(io.dacr.generator.internal.pack.NumberSpec spec, java.util.function.Function<io.dacr.generator.internal.pack.NumberSpec, T> derive) {
        return tables.derived(spec, derive);
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
        int slot = tables.factSlot(entity.table(), attributeId);
        if (slot >= 0) {
            return bySlot[entity.index()][slot];
        }
        // An id that is neither an attribute of the kind nor a relation of the pack: only a world built
        // by hand can have such a fact.
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
        int k = tables.kindIndex(kindId);
        return k < 0 ? List.of() : byKind.get(k);
    }
}
