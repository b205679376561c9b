package io.dacr.generator.internal.world;

import io.dacr.api.Fact;
import io.dacr.api.GenerationException;
import io.dacr.generator.internal.spec.Settings;
import io.dacr.generator.internal.pack.AliasKind;
import io.dacr.generator.internal.pack.Attribute;
import io.dacr.generator.internal.pack.AttributeType;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.EntityKind;
import io.dacr.generator.internal.pack.NumberSpec;
import io.dacr.generator.internal.pack.Place;
import io.dacr.generator.internal.pack.Relation;
import io.dacr.generator.internal.pack.Template;
import io.dacr.generator.internal.random.SeedDerivation;
import io.dacr.generator.internal.random.Xoshiro256;
import io.dacr.api.internal.CanonicalJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Samples a world from a pack: entities with unique canonical names, at least two aliases of two
 * kinds, attribute values on the pack's precision grid, and many-to-one relation links without
 * cycles. Uses the {@code world} stream for entities and values and the {@code aliases} stream for
 * aliases; a world that cannot meet the rules is re-drawn with the next draw counter.
 */
public final class WorldSampler {

    // A draw fails when names or aliases collide; for small packs about half do, so 16 draws left
    // roughly one item in 40,000 unbuildable. Items that succeed earlier are unaffected by this bound.
    private static final int MAX_DRAWS = 128;
    private static final int MAX_TRIES = 64;

    private WorldSampler() {
    }

    /**
     * @param pack the pack
     * @param settings sizes
     * @param seeds the item's seed derivation
     * @return the world
     * @throws GenerationException if no valid world could be drawn
     */
    public static World sample(DomainPack pack, Settings settings, SeedDerivation seeds) {
        List<String> reserved = pack.reservedTexts();
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            World world = tryDraw(pack, settings, seeds.stream("world", draw), seeds.stream("aliases", draw), reserved);
            if (world != null) {
                return world;
            }
        }
        throw new GenerationException("could not sample a world of pack '" + pack.id() + "' with "
                + settings.entities() + " entities in " + MAX_DRAWS + " draws: the pack has too few names or aliases");
    }

    /**
     * @param kindIndex a kind's position in the pack
     * @param entities entities of the primary kind
     * @return how many entities of that kind the world has: all of them for the primary kind, a third
     *     (at least two) for every other kind
     */
    public static int countOf(int kindIndex, int entities) {
        return kindIndex == 0 ? entities : Math.max(2, (entities + 2) / 3);
    }

    private static World tryDraw(DomainPack pack, Settings settings, Xoshiro256 rng, Xoshiro256 aliasRng,
                                 List<String> reserved) {
        List<Entity> entities = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int k = 0; k < pack.kinds().size(); k++) {
            EntityKind kind = pack.kinds().get(k);
            for (int n = 0; n < countOf(k, settings.entities()); n++) {
                Entity e = newEntity(entities.size(), kind, rng, taken);
                if (e == null) {
                    return null;
                }
                entities.add(e);
            }
        }
        Set<String> people = new HashSet<>();
        // The numbers drawn so far per attribute id, across kinds: looked up by id, never iterated.
        Map<String, List<BigDecimal>> drawn = new HashMap<>();
        for (Entity e : entities) {
            for (Attribute a : e.kind().attributes()) {
                if (a.type() != AttributeType.ENTITY_REF && a.sumOf().isEmpty() && !e.kind().isSumPart(a.id())
                        && !sampleValue(pack, e, a, drawn, rng, people)) {
                    return null;
                }
            }
            for (Attribute a : e.kind().attributes()) {
                if (!a.sumOf().isEmpty() && !sampleSum(e, a, drawn, rng)) {
                    return null;
                }
            }
        }
        Map<String, List<Entity>> byKind = new HashMap<>();
        for (Entity e : entities) {
            byKind.computeIfAbsent(e.kind().id(), k -> new ArrayList<>()).add(e);
        }
        for (Entity e : entities) {
            for (Attribute a : e.kind().attributes()) {
                if (a.type() == AttributeType.ENTITY_REF) {
                    // A uniform pick among the entities of the referenced kind other than e, in entity order.
                    List<Entity> pool = byKind.getOrDefault(a.refersTo(), List.of());
                    int self = pool.indexOf(e);
                    int size = self < 0 ? pool.size() : pool.size() - 1;
                    if (size == 0) {
                        return null;
                    }
                    int k = rng.nextInt(size);
                    e.setReference(a.id(), pool.get(self >= 0 && k >= self ? k + 1 : k));
                }
            }
        }
        for (Entity e : entities) {
            if (!addAliases(pack, e, aliasRng, taken, reserved)) {
                return null;
            }
        }
        List<WorldFact> facts = new ArrayList<>();
        for (Entity e : entities) {
            for (Attribute a : e.kind().attributes()) {
                String unit = a.isNumber() ? a.number().unit() : "";
                Fact fact = new Fact("f" + (facts.size() + 1), e.canonical(), a.id(), e.value(a.id()), unit);
                facts.add(new WorldFact(fact, e, a, null, e.number(a.id()), e.reference(a.id())));
            }
        }
        for (Relation r : pack.relations()) {
            // Many-to-many links and links with properties are not rendered by generator version 1.
            if (!r.manyToOne() || !r.propertyIds().isEmpty()) {
                continue;
            }
            // The entities of each kind, in entity order (as filtering the entity list would give them).
            List<Entity> from = byKind.getOrDefault(r.from(), List.of());
            List<Entity> to = byKind.getOrDefault(r.to(), List.of());
            boolean sameKind = r.from().equals(r.to());
            List<Entity> candidates = new ArrayList<>(to.size());
            for (Entity child : from) {
                if (!rng.chance(1, 3)) {
                    continue;
                }
                // Acyclic within one kind: a parent always comes earlier in the entity list.
                candidates.clear();
                for (Entity p : to) {
                    if (p != child && (!sameKind || !r.acyclic() || p.index() < child.index())) {
                        candidates.add(p);
                    }
                }
                if (candidates.isEmpty()) {
                    continue;
                }
                Entity parent = rng.pick(candidates);
                Fact fact = new Fact("f" + (facts.size() + 1), child.canonical(), r.id(), parent.canonical(), "");
                facts.add(new WorldFact(fact, child, null, r, null, parent));
            }
        }
        return new World(pack, List.copyOf(entities), List.copyOf(facts));
    }

    private static Entity newEntity(int index, EntityKind kind, Xoshiro256 rng, Set<String> taken) {
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            Map<String, String> parts = new LinkedHashMap<>();
            String name = drawName(kind, rng.pick(kind.namePatterns()), rng, parts);
            if (name != null && taken.add(name)) {
                return new Entity(index, kind, name, parts);
            }
        }
        return null;
    }

    /**
     * Renders a name pattern, drawing each placeholder afresh from its list without reusing an entry.
     *
     * @param kind the kind
     * @param pattern the pattern
     * @param rng the stream
     * @param firstUse receives the entry chosen at each part's first use
     * @return the name, or null if a part list ran out of entries
     */
    static String drawName(EntityKind kind, Template pattern, Xoshiro256 rng, Map<String, String> firstUse) {
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

    private static boolean sampleValue(DomainPack pack, Entity e, Attribute a, Map<String, List<BigDecimal>> drawn,
                                       Xoshiro256 rng, Set<String> people) {
        switch (a.type()) {
            case NUMBER -> {
                // Distinct values per attribute, so comparisons and near-miss values never tie.
                List<BigDecimal> taken = drawn.computeIfAbsent(a.id(), k -> new ArrayList<>());
                for (int i = 0; i < MAX_TRIES; i++) {
                    BigDecimal v = drawNumber(a.number(), rng);
                    boolean clash = false;
                    for (BigDecimal o : taken) {
                        if (o.compareTo(v) == 0) {
                            clash = true;
                            break;
                        }
                    }
                    if (!clash) {
                        taken.add(v);
                        e.setNumber(a.id(), v, CanonicalJson.number(v));
                        return true;
                    }
                }
                return false;
            }
            case CATEGORICAL -> e.setText(a.id(), rng.pick(a.vocabulary()));
            case PERSON -> {
                for (int i = 0; i < MAX_TRIES; i++) {
                    String person = drawPerson(pack, rng);
                    if (people.add(person)) {
                        e.setText(a.id(), person);
                        return true;
                    }
                }
                return false;
            }
            case PLACE -> {
                if (a.placeLevel().equals("city")) {
                    Place country = rng.pick(pack.places());
                    e.setText(a.id(), rng.pick(country.cities()));
                } else if (a.placeOf() != null) {
                    e.setText(a.id(), pack.countryOf(e.value(a.placeOf())));
                } else {
                    e.setText(a.id(), rng.pick(pack.places()).name());
                }
            }
            default -> throw new IllegalStateException(a.type().name());
        }
        return true;
    }

    /**
     * Draws the parts of a sum attribute and sets the sum to their total, so the figures agree (four
     * quarters add up to the year). Parts are re-drawn until the total is in the sum's range and, like
     * every number, distinct per attribute.
     */
    private static boolean sampleSum(Entity e, Attribute sum, Map<String, List<BigDecimal>> drawn, Xoshiro256 rng) {
        List<Attribute> parts = new ArrayList<>();
        for (String id : sum.sumOf()) {
            parts.add(e.kind().attribute(id));
        }
        BigDecimal[] values = new BigDecimal[parts.size()];
        for (int i = 0; i < MAX_TRIES; i++) {
            BigDecimal total = BigDecimal.ZERO;
            boolean clash = false;
            for (int k = 0; k < parts.size(); k++) {
                values[k] = drawNumber(parts.get(k).number(), rng);
                clash |= taken(drawn, parts.get(k).id(), values[k]);
                total = total.add(values[k]);
            }
            if (clash || total.compareTo(sum.number().min()) < 0 || total.compareTo(sum.number().max()) > 0
                    || taken(drawn, sum.id(), total)) {
                continue;
            }
            for (int k = 0; k < parts.size(); k++) {
                drawn.computeIfAbsent(parts.get(k).id(), x -> new ArrayList<>()).add(values[k]);
                e.setNumber(parts.get(k).id(), values[k], CanonicalJson.number(values[k]));
            }
            drawn.computeIfAbsent(sum.id(), x -> new ArrayList<>()).add(total);
            e.setNumber(sum.id(), total, CanonicalJson.number(total));
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

    /**
     * @param spec a number spec
     * @param rng the stream
     * @return a uniform multiple of the precision in the range
     */
    public static BigDecimal drawNumber(NumberSpec spec, Xoshiro256 rng) {
        long k = spec.minSteps() + rng.nextLong(spec.maxSteps() - spec.minSteps() + 1);
        return spec.precision().multiply(BigDecimal.valueOf(k));
    }

    /**
     * @param pack the pack
     * @param rng the stream
     * @return a person's name
     */
    public static String drawPerson(DomainPack pack, Xoshiro256 rng) {
        Template pattern = rng.pick(pack.people().patterns());
        return pattern.render(p -> rng.pick(p.equals("given") ? pack.people().givenNames() : pack.people().familyNames()));
    }

    private static boolean addAliases(DomainPack pack, Entity e, Xoshiro256 rng, Set<String> taken, List<String> reserved) {
        List<AliasKind> kinds = e.kind().aliases();
        for (int k = 0; k < kinds.size(); k++) {
            AliasKind kind = kinds.get(k);
            List<Template> templates = new ArrayList<>(kind.templates());
            rng.shuffle(templates);
            for (Template t : templates) {
                String alias = t.render(p -> aliasPart(e, p, rng));
                if (!alias.isBlank() && !reserved(alias, reserved) && !alias.equals(e.canonical()) && taken.add(alias)) {
                    e.aliases().add(new Alias(k, alias, embeddedAttributes(e, t)));
                    break;
                }
            }
        }
        return e.aliases().size() >= 2;
    }

    /** @return true if the alias occurs inside a reserved text (the pack keeps the longest first) */
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

    /** The placeholders of an alias template that {@link #aliasPart} fills with the entity's own attribute values. */
    private static List<String> embeddedAttributes(Entity e, Template t) {
        List<String> out = new ArrayList<>();
        for (String p : t.placeholders()) {
            if (!p.equals("initials") && !p.equals("noun") && !e.nameParts().containsKey(p)
                    && !e.kind().nameParts().containsKey(p) && e.value(p) != null && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static String aliasPart(Entity e, String placeholder, Xoshiro256 rng) {
        if (placeholder.equals("initials")) {
            return initials(e.canonical());
        }
        if (placeholder.equals("noun")) {
            return e.kind().singular();
        }
        String kept = e.nameParts().get(placeholder);
        if (kept != null) {
            return kept;
        }
        List<String> entries = e.kind().nameParts().get(placeholder);
        if (entries != null) {
            return rng.pick(entries);
        }
        String value = e.value(placeholder);
        return value == null ? "" : value;
    }

    /**
     * @param name a canonical name
     * @return the first letter of each capitalised word, {@code &} kept
     */
    public static String initials(String name) {
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
}
