package io.dacr.generator.internal.world;

import io.dacr.api.GenerationException;
import io.dacr.api.internal.CanonicalJson;
import io.dacr.generator.internal.pack.AliasKind;
import io.dacr.generator.internal.pack.Attribute;
import io.dacr.generator.internal.pack.AttributeType;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.EntityKind;
import io.dacr.generator.internal.pack.Place;
import io.dacr.generator.internal.pack.Relation;
import io.dacr.generator.internal.pack.Template;
import io.dacr.generator.internal.random.SeedDerivation;
import io.dacr.generator.internal.random.Xoshiro256;
import io.dacr.generator.internal.spec.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The world sampler of generator version 5 as first written, on string-keyed maps, kept as the
 * specification the indexed {@link WorldSampler} must match draw for draw: same streams, same
 * decisions, same world. It renders its world in {@link WorldDump}'s format.
 */
final class ReferenceWorldSampler {

    private static final int MAX_DRAWS = 128;
    private static final int MAX_TRIES = 64;

    private ReferenceWorldSampler() {
    }

    /** An entity as the reference builds it. */
    static final class RefEntity {
        final int index;
        final EntityKind kind;
        final String canonical;
        final Map<String, String> nameParts;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        final Map<String, RefEntity> references = new LinkedHashMap<>();
        final List<Alias> aliases = new ArrayList<>();

        RefEntity(int index, EntityKind kind, String canonical, Map<String, String> nameParts) {
            this.index = index;
            this.kind = kind;
            this.canonical = canonical;
            this.nameParts = nameParts;
        }
    }

    /** A fact as the reference builds it. */
    record RefFact(String id, RefEntity subject, String attributeId, String value, String unit, Attribute attribute,
                   Relation relation, BigDecimal number, RefEntity target) {
    }

    /**
     * @return the world in {@link WorldDump}'s format
     * @throws GenerationException as the sampler throws it
     */
    static String sample(DomainPack pack, Settings settings, SeedDerivation seeds) {
        List<String> reserved = pack.reservedTexts();
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            String world = tryDraw(pack, settings, seeds.stream("world", draw), seeds.stream("aliases", draw), reserved);
            if (world != null) {
                return world;
            }
        }
        throw new GenerationException("could not sample a world of pack '" + pack.id() + "' with "
                + settings.entities() + " entities in " + MAX_DRAWS + " draws: the pack has too few names or aliases");
    }

    private static String tryDraw(DomainPack pack, Settings settings, Xoshiro256 rng, Xoshiro256 aliasRng,
                                  List<String> reserved) {
        List<RefEntity> entities = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int k = 0; k < pack.kinds().size(); k++) {
            EntityKind kind = pack.kinds().get(k);
            for (int n = 0; n < WorldSampler.countOf(k, settings.entities()); n++) {
                RefEntity e = newEntity(entities.size(), kind, rng, taken);
                if (e == null) {
                    return null;
                }
                entities.add(e);
            }
        }
        Set<String> people = new HashSet<>();
        Map<String, List<BigDecimal>> drawn = new HashMap<>();
        for (RefEntity e : entities) {
            for (Attribute a : e.kind.attributes()) {
                if (a.type() != AttributeType.ENTITY_REF && a.sumOf().isEmpty() && !e.kind.isSumPart(a.id())
                        && !sampleValue(pack, e, a, drawn, rng, people)) {
                    return null;
                }
            }
            for (Attribute a : e.kind.attributes()) {
                if (!a.sumOf().isEmpty() && !sampleSum(e, a, drawn, rng)) {
                    return null;
                }
            }
        }
        Map<String, List<RefEntity>> byKind = new HashMap<>();
        for (RefEntity e : entities) {
            byKind.computeIfAbsent(e.kind.id(), k -> new ArrayList<>()).add(e);
        }
        for (RefEntity e : entities) {
            for (Attribute a : e.kind.attributes()) {
                if (a.type() == AttributeType.ENTITY_REF) {
                    List<RefEntity> pool = byKind.getOrDefault(a.refersTo(), List.of());
                    int self = pool.indexOf(e);
                    int size = self < 0 ? pool.size() : pool.size() - 1;
                    if (size == 0) {
                        return null;
                    }
                    int k = rng.nextInt(size);
                    RefEntity target = pool.get(self >= 0 && k >= self ? k + 1 : k);
                    e.references.put(a.id(), target);
                    e.values.put(a.id(), target.canonical);
                }
            }
        }
        for (RefEntity e : entities) {
            if (!addAliases(e, aliasRng, taken, reserved)) {
                return null;
            }
        }
        List<RefFact> facts = new ArrayList<>();
        for (RefEntity e : entities) {
            for (Attribute a : e.kind.attributes()) {
                String unit = a.isNumber() ? a.number().unit() : "";
                facts.add(new RefFact("f" + (facts.size() + 1), e, a.id(), e.values.get(a.id()), unit, a, null,
                        e.numbers.get(a.id()), e.references.get(a.id())));
            }
        }
        for (Relation r : pack.relations()) {
            if (!r.manyToOne() || !r.propertyIds().isEmpty()) {
                continue;
            }
            List<RefEntity> from = byKind.getOrDefault(r.from(), List.of());
            List<RefEntity> to = byKind.getOrDefault(r.to(), List.of());
            boolean sameKind = r.from().equals(r.to());
            List<RefEntity> candidates = new ArrayList<>();
            for (RefEntity child : from) {
                if (!rng.chance(1, 3)) {
                    continue;
                }
                candidates.clear();
                for (RefEntity p : to) {
                    if (p != child && (!sameKind || !r.acyclic() || p.index < child.index)) {
                        candidates.add(p);
                    }
                }
                if (candidates.isEmpty()) {
                    continue;
                }
                RefEntity parent = rng.pick(candidates);
                facts.add(new RefFact("f" + (facts.size() + 1), child, r.id(), parent.canonical, "", null, r, null, parent));
            }
        }
        return dump(pack, entities, facts);
    }

    private static RefEntity newEntity(int index, EntityKind kind, Xoshiro256 rng, Set<String> taken) {
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            Map<String, String> parts = new LinkedHashMap<>();
            String name = drawName(kind, rng.pick(kind.namePatterns()), rng, parts);
            if (name != null && taken.add(name)) {
                return new RefEntity(index, kind, name, parts);
            }
        }
        return null;
    }

    private static String drawName(EntityKind kind, Template pattern, Xoshiro256 rng, Map<String, String> firstUse) {
        Set<String> used = new HashSet<>();
        boolean[] failed = {false};
        String name = pattern.render(part -> {
            List<String> entries = kind.nameParts().get(part);
            for (int i = 0; i < MAX_TRIES; i++) {
                String entry = rng.pick(entries);
                if (used.add(entry)) {
                    firstUse.putIfAbsent(part, entry);
                    return entry;
                }
            }
            failed[0] = true;
            return "";
        });
        return failed[0] ? null : name;
    }

    private static boolean sampleValue(DomainPack pack, RefEntity e, Attribute a, Map<String, List<BigDecimal>> drawn,
                                       Xoshiro256 rng, Set<String> people) {
        switch (a.type()) {
            case NUMBER -> {
                List<BigDecimal> taken = drawn.computeIfAbsent(a.id(), k -> new ArrayList<>());
                for (int i = 0; i < MAX_TRIES; i++) {
                    BigDecimal v = WorldSampler.drawNumber(a.number(), rng);
                    boolean clash = false;
                    for (BigDecimal o : taken) {
                        if (o.compareTo(v) == 0) {
                            clash = true;
                            break;
                        }
                    }
                    if (!clash) {
                        taken.add(v);
                        e.numbers.put(a.id(), v);
                        e.values.put(a.id(), CanonicalJson.number(v));
                        return true;
                    }
                }
                return false;
            }
            case CATEGORICAL -> e.values.put(a.id(), rng.pick(a.vocabulary()));
            case PERSON -> {
                for (int i = 0; i < MAX_TRIES; i++) {
                    Template pattern = rng.pick(pack.people().patterns());
                    String person = pattern.render(p -> rng.pick(p.equals("given")
                            ? pack.people().givenNames() : pack.people().familyNames()));
                    if (people.add(person)) {
                        e.values.put(a.id(), person);
                        return true;
                    }
                }
                return false;
            }
            case PLACE -> {
                if (a.placeLevel().equals("city")) {
                    Place country = rng.pick(pack.places());
                    e.values.put(a.id(), rng.pick(country.cities()));
                } else if (a.placeOf() != null) {
                    e.values.put(a.id(), pack.countryOf(e.values.get(a.placeOf())));
                } else {
                    e.values.put(a.id(), rng.pick(pack.places()).name());
                }
            }
            default -> throw new IllegalStateException(a.type().name());
        }
        return true;
    }

    private static boolean sampleSum(RefEntity e, Attribute sum, Map<String, List<BigDecimal>> drawn, Xoshiro256 rng) {
        List<Attribute> parts = new ArrayList<>();
        for (String id : sum.sumOf()) {
            parts.add(e.kind.attribute(id));
        }
        BigDecimal[] values = new BigDecimal[parts.size()];
        for (int i = 0; i < MAX_TRIES; i++) {
            BigDecimal total = BigDecimal.ZERO;
            boolean clash = false;
            for (int k = 0; k < parts.size(); k++) {
                values[k] = WorldSampler.drawNumber(parts.get(k).number(), rng);
                clash |= taken(drawn, parts.get(k).id(), values[k]);
                total = total.add(values[k]);
            }
            if (clash || total.compareTo(sum.number().min()) < 0 || total.compareTo(sum.number().max()) > 0
                    || taken(drawn, sum.id(), total)) {
                continue;
            }
            for (int k = 0; k < parts.size(); k++) {
                drawn.computeIfAbsent(parts.get(k).id(), x -> new ArrayList<>()).add(values[k]);
                e.numbers.put(parts.get(k).id(), values[k]);
                e.values.put(parts.get(k).id(), CanonicalJson.number(values[k]));
            }
            drawn.computeIfAbsent(sum.id(), x -> new ArrayList<>()).add(total);
            e.numbers.put(sum.id(), total);
            e.values.put(sum.id(), CanonicalJson.number(total));
            return true;
        }
        return false;
    }

    private static boolean taken(Map<String, List<BigDecimal>> drawn, String attributeId, BigDecimal value) {
        for (BigDecimal o : drawn.getOrDefault(attributeId, List.of())) {
            if (o.compareTo(value) == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean addAliases(RefEntity e, Xoshiro256 rng, Set<String> taken, List<String> reserved) {
        List<AliasKind> kinds = e.kind.aliases();
        for (int k = 0; k < kinds.size(); k++) {
            List<Template> templates = new ArrayList<>(kinds.get(k).templates());
            rng.shuffle(templates);
            boolean added = false;
            for (Template t : templates) {
                String alias = t.render(p -> aliasPart(e, p, rng));
                if (!alias.isBlank() && !reserved(alias, reserved) && !alias.equals(e.canonical) && taken.add(alias)) {
                    e.aliases.add(new Alias(k, alias, embeddedAttributes(e, t)));
                    added = true;
                    break;
                }
            }
            // A kind that ran dry: up to 16 more rounds over the (shuffled) templates that draw a name part
            // the entity's name did not use, skipping the others.
            for (int round = 0; round < 16 && !added && templates.stream().anyMatch(t -> drawsAfresh(e, t)); round++) {
                for (Template t : templates) {
                    if (!drawsAfresh(e, t)) {
                        continue;
                    }
                    String alias = t.render(p -> aliasPart(e, p, rng));
                    if (!alias.isBlank() && !reserved(alias, reserved) && !alias.equals(e.canonical) && taken.add(alias)) {
                        e.aliases.add(new Alias(k, alias, embeddedAttributes(e, t)));
                        added = true;
                        break;
                    }
                }
            }
        }
        return e.aliases.size() >= 2;
    }

    private static boolean drawsAfresh(RefEntity e, Template t) {
        for (String p : t.placeholders()) {
            if (!p.equals("initials") && !p.equals("noun") && !e.nameParts.containsKey(p) && e.kind.nameParts().containsKey(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reserved(String alias, List<String> reserved) {
        if (reserved.isEmpty() || alias.length() > reserved.get(0).length()) {
            return false;
        }
        for (String r : reserved) {
            if (r.contains(alias)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> embeddedAttributes(RefEntity e, Template t) {
        List<String> out = new ArrayList<>();
        for (String p : t.placeholders()) {
            if (!p.equals("initials") && !p.equals("noun") && !e.nameParts.containsKey(p)
                    && !e.kind.nameParts().containsKey(p) && e.values.get(p) != null && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static String aliasPart(RefEntity e, String placeholder, Xoshiro256 rng) {
        if (placeholder.equals("initials")) {
            return initials(e.canonical);
        }
        if (placeholder.equals("noun")) {
            return e.kind.singular();
        }
        String kept = e.nameParts.get(placeholder);
        if (kept != null) {
            return kept;
        }
        List<String> entries = e.kind.nameParts().get(placeholder);
        if (entries != null) {
            return rng.pick(entries);
        }
        String value = e.values.get(placeholder);
        return value == null ? "" : value;
    }

    /** The initials rule as first written (first letter of each capitalised word, {@code &} kept). */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            while (i < name.length() && Character.isWhitespace(name.charAt(i))) {
                i++;
            }
            if (i >= name.length()) {
                break;
            }
            int cp = name.codePointAt(i);
            if (cp == '&' || Character.isUpperCase(cp)) {
                out.appendCodePoint(cp);
            }
            while (i < name.length() && !Character.isWhitespace(name.charAt(i))) {
                i++;
            }
        }
        return out.toString();
    }

    private static String dump(DomainPack pack, List<RefEntity> entities, List<RefFact> facts) {
        WorldDump out = new WorldDump();
        for (RefEntity e : entities) {
            out.entity(e.index, e.kind.id(), e.canonical, e.nameParts, e.aliases);
            for (Attribute a : e.kind.attributes()) {
                RefEntity target = e.references.get(a.id());
                out.value(a.id(), e.values.get(a.id()), e.numbers.get(a.id()), target == null ? -1 : target.index);
            }
        }
        for (RefFact f : facts) {
            out.fact(f.id(), f.subject().canonical, f.attributeId(), f.value(), f.unit(), f.subject().index,
                    f.attribute() == null ? null : f.attribute().id(), f.relation() == null ? null : f.relation().id(),
                    f.number(), f.target() == null ? -1 : f.target().index);
        }
        for (RefEntity e : entities) {
            for (String id : WorldDump.lookupIds(pack, e.kind)) {
                RefFact found = null;
                for (RefFact f : facts) {
                    if (f.subject() == e && f.attributeId().equals(id)) {
                        found = f;
                        break;
                    }
                }
                out.lookup(e.index, id, found == null ? null : found.id());
            }
        }
        for (EntityKind k : pack.kinds()) {
            List<Integer> indexes = new ArrayList<>();
            for (RefEntity e : entities) {
                if (e.kind.id().equals(k.id())) {
                    indexes.add(e.index);
                }
            }
            out.ofKind(k.id(), indexes);
        }
        return out.toString();
    }
}
