package io.dacr.generator.internal.world;

import io.dacr.generator.internal.pack.Attribute;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.EntityKind;
import io.dacr.generator.internal.pack.Relation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A world written out as text, everything a planner can ask of it: entities with name parts, aliases
 * (kind, text, embedded attributes) and values (text, number with its scale, reference), the facts in
 * order, every (entity, attribute or relation id) lookup and every kind's entity list. Two worlds are
 * the same for every reader exactly when their dumps are equal.
 */
final class WorldDump {

    private final StringBuilder out = new StringBuilder(16_384);

    /** @return the dump of a sampled world */
    static String of(World world) {
        WorldDump out = new WorldDump();
        for (Entity e : world.entities()) {
            out.entity(e.index(), e.kind().id(), e.canonical(), e.nameParts(), e.aliases());
            for (Attribute a : e.kind().attributes()) {
                Entity target = e.reference(a.id());
                out.value(a.id(), e.value(a.id()), e.number(a.id()), target == null ? -1 : target.index());
            }
        }
        for (WorldFact f : world.facts()) {
            out.fact(f.id(), f.fact().entity(), f.attributeId(), f.fact().value(), f.fact().unit(), f.subject().index(),
                    f.attribute() == null ? null : f.attribute().id(), f.relation() == null ? null : f.relation().id(),
                    f.number(), f.target() == null ? -1 : f.target().index());
        }
        for (Entity e : world.entities()) {
            for (String id : lookupIds(world.pack(), e.kind())) {
                WorldFact found = world.fact(e, id);
                out.lookup(e.index(), id, found == null ? null : found.id());
            }
        }
        for (EntityKind k : world.pack().kinds()) {
            List<Integer> indexes = new ArrayList<>();
            for (Entity e : world.ofKind(k.id())) {
                indexes.add(e.index());
            }
            out.ofKind(k.id(), indexes);
        }
        return out.toString();
    }

    /** The ids a planner may look up for an entity: its attributes, every relation, and one unknown id. */
    static List<String> lookupIds(DomainPack pack, EntityKind kind) {
        List<String> ids = new ArrayList<>();
        for (Attribute a : kind.attributes()) {
            // A fresh copy too, so that lookups by an equal but distinct string are covered.
            ids.add(a.id());
            ids.add(new String(a.id()));
        }
        for (Relation r : pack.relations()) {
            ids.add(r.id());
        }
        ids.add("no_such_attribute");
        return ids;
    }

    void entity(int index, String kind, String canonical, Map<String, String> nameParts, List<Alias> aliases) {
        out.append("E").append(index).append(' ').append(kind).append(' ').append(canonical).append(' ')
                .append(nameParts).append('\n');
        for (Alias a : aliases) {
            out.append("  alias ").append(a.kind()).append(' ').append(a.text()).append(' ').append(a.embeds()).append('\n');
        }
    }

    void value(String attribute, String value, BigDecimal number, int target) {
        out.append("  ").append(attribute).append('=').append(value).append(" number=").append(number)
                .append(" target=").append(target).append('\n');
    }

    void fact(String id, String entity, String attributeId, String value, String unit, int subject, String attribute,
              String relation, BigDecimal number, int target) {
        out.append(id).append(' ').append(entity).append(' ').append(attributeId).append('=').append(value)
                .append(" unit=").append(unit).append(" subject=").append(subject).append(" attribute=").append(attribute)
                .append(" relation=").append(relation).append(" number=").append(number).append(" target=").append(target)
                .append('\n');
    }

    void lookup(int entity, String id, String factId) {
        out.append("fact(E").append(entity).append(", ").append(id).append(")=").append(factId).append('\n');
    }

    void ofKind(String kind, List<Integer> indexes) {
        out.append("ofKind(").append(kind).append(")=").append(indexes).append('\n');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
