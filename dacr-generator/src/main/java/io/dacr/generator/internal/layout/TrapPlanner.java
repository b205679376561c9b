package io.dacr.generator.internal.layout;

import io.dacr.api.TrapKind;
import io.dacr.api.internal.CanonicalJson;
import io.dacr.generator.internal.pack.Attribute;
import io.dacr.generator.internal.pack.AttributeType;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.NumberSpec;
import io.dacr.generator.internal.pack.Place;
import io.dacr.generator.internal.random.Xoshiro256;
import io.dacr.generator.internal.world.Entity;
import io.dacr.generator.internal.world.World;
import io.dacr.generator.internal.world.WorldFact;
import io.dacr.generator.internal.world.WorldSampler;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses which facts carry which traps and the wrong value of each. With seven or more traps every
 * kind of {@link TrapKind} appears at least once, further traps weighted towards hearsay and
 * correction-first; fewer traps take distinct kinds.
 */
public final class TrapPlanner {

    private static final int MAX_TRIES = 64;

    /**
     * Traps beyond one of each kind, weighted towards the kinds that mislead readers who believe the
     * first, the last or the most frequent statement (hearsay misleads all three).
     */
    private static final List<TrapKind> EXTRA_KINDS = List.of(TrapKind.HEARSAY, TrapKind.HEARSAY, TrapKind.HEARSAY,
            TrapKind.CORRECTION_FIRST, TrapKind.CORRECTION_FIRST, TrapKind.SUPERSEDED);

    private TrapPlanner() {
    }

    /**
     * @param world the world
     * @param count how many traps
     * @param rng the {@code traps} stream
     * @return the planned traps, ids {@code t1}… (fewer if the world has too few suitable facts)
     */
    public static List<TrapPlan> plan(World world, int count, Xoshiro256 rng) {
        List<TrapKind> kinds = new ArrayList<>(Arrays.asList(TrapKind.values()));
        rng.shuffle(kinds);
        List<TrapKind> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(i < kinds.size() ? kinds.get(i) : rng.pick(EXTRA_KINDS));
        }
        List<WorldFact> candidates = new ArrayList<>();
        String primary = world.pack().kinds().get(0).id();
        for (WorldFact f : world.facts()) {
            if (f.attribute() != null && f.subject().kind().id().equals(primary)) {
                candidates.add(f);
            }
        }
        rng.shuffle(candidates);
        // Generator v5: beyond the primary kind's facts, the number facts of entities that a link
        // points at, so that multi-hop questions can end on a trapped fact in every pack.
        Set<Entity> linkedTo = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (WorldFact f : world.facts()) {
            if (f.target() != null && f.target() != f.subject()) {
                linkedTo.add(f.target());
            }
        }
        List<WorldFact> linked = new ArrayList<>();
        for (WorldFact f : world.facts()) {
            if (f.attribute() != null && f.attribute().isNumber() && !f.subject().kind().id().equals(primary)
                    && linkedTo.contains(f.subject())) {
                linked.add(f);
            }
        }
        rng.shuffle(linked);
        // Traps gather on the number facts of two attributes of the primary kind (whole-number ones
        // where the kind has them, so that answers built on them can feed the constraints), taken in
        // turn with the number facts of linked entities: questions that compare, filter or combine
        // an attribute across entities depend on several traps at once, and multi-hop questions can
        // end on a trapped fact in every pack. The rest follow, numbers first (stable sort: the
        // shuffled order holds within each group).
        Attribute first = focus(candidates, null);
        Attribute second = focus(candidates, first);
        List<WorldFact> one = new ArrayList<>();
        List<WorldFact> two = new ArrayList<>();
        List<WorldFact> rest = new ArrayList<>();
        for (WorldFact f : candidates) {
            (f.attribute() == first ? one : f.attribute() == second ? two : rest).add(f);
        }
        rest.sort(java.util.Comparator.comparingInt(f -> f.attribute().isNumber() ? 0 : 1));
        candidates = new ArrayList<>();
        for (int i = 0; i < Math.max(one.size(), Math.max(two.size(), linked.size())); i++) {
            for (List<WorldFact> group : List.of(one, two, linked)) {
                if (i < group.size()) {
                    candidates.add(group.get(i));
                }
            }
        }
        candidates.addAll(rest);
        Set<String> taken = new HashSet<>();
        for (Entity e : world.entities()) {
            taken.addAll(e.names());
        }
        Set<Entity> nearMissed = new HashSet<>();
        List<TrapPlan> plans = new ArrayList<>();
        for (TrapKind kind : chosen) {
            for (int i = 0; i < candidates.size(); i++) {
                WorldFact f = candidates.get(i);
                if (kind == TrapKind.COUNTERFACTUAL && !f.attribute().isNumber()) {
                    continue;
                }
                String nearMiss = null;
                if (kind == TrapKind.NEAR_MISS_NAME) {
                    if (nearMissed.contains(f.subject())) {
                        continue;
                    }
                    nearMiss = nearMissName(f.subject(), world.pack(), rng, taken);
                    if (nearMiss == null) {
                        continue;
                    }
                }
                TrapPlan plan = wrong(world, "t" + (plans.size() + 1), kind, f, nearMiss, rng);
                if (plan == null) {
                    continue;
                }
                if (nearMiss != null) {
                    taken.add(nearMiss);
                    nearMissed.add(f.subject());
                }
                plans.add(plan);
                candidates.remove(i);
                break;
            }
        }
        return List.copyOf(plans);
    }

    /** The first number attribute in the shuffled facts other than {@code not}, preferring whole numbers. */
    private static Attribute focus(List<WorldFact> candidates, Attribute not) {
        Attribute hot = null;
        for (WorldFact f : candidates) {
            Attribute a = f.attribute();
            if (a.isNumber() && a != not && (hot == null || hot.number().scale() > 0 && a.number().scale() == 0)) {
                hot = a;
            }
        }
        return hot;
    }

    private static TrapPlan wrong(World world, String id, TrapKind kind, WorldFact f, String nearMiss, Xoshiro256 rng) {
        Attribute a = f.attribute();
        DomainPack pack = world.pack();
        switch (a.type()) {
            case NUMBER -> {
                BigDecimal w = wrongNumber(a.number(), f.number(), rng);
                return w == null ? null : new TrapPlan(id, kind, f, CanonicalJson.number(w), w, null, nearMiss);
            }
            case ENTITY_REF -> {
                List<Entity> others = world.ofKind(a.refersTo()).stream()
                        .filter(e -> e != f.target() && e != f.subject()).toList();
                if (others.isEmpty()) {
                    return null;
                }
                Entity w = rng.pick(others);
                return new TrapPlan(id, kind, f, w.canonical(), null, w, nearMiss);
            }
            default -> {
                String w = wrongText(pack, a, f.fact().value(), world, rng);
                return w == null ? null : new TrapPlan(id, kind, f, w, null, null, nearMiss);
            }
        }
    }

    /**
     * A wrong number 8 % to 40 % away from the right one, on the precision grid and in range, and at
     * least 5 % away so that it is clearly a different figure.
     */
    static BigDecimal wrongNumber(NumberSpec spec, BigDecimal value, Xoshiro256 rng) {
        boolean valueWritable = Surfaces.exactlyWritable(spec, value);
        BigDecimal[] steps = value.divideAndRemainder(spec.precision());
        if (steps[1].signum() != 0 || steps[0].toBigInteger().bitLength() > 50) {
            return wrongNumberExact(spec, value, valueWritable, rng);
        }
        // The value is k steps of the precision: the same arithmetic in whole steps, without a
        // BigDecimal per draw. value × (100 ± p) / 100 / precision = k × (100 ± p) / 100 exactly,
        // rounded half-up (ties away from zero) as the exact path rounds it.
        long k = steps[0].longValue();
        for (int i = 0; i < MAX_TRIES; i++) {
            int percent = rng.between(8, 40);
            boolean up = rng.chance(1, 2);
            long scaled = k * (up ? 100 + percent : 100 - percent);
            long q = (Math.abs(scaled) + 50) / 100 * Long.signum(scaled);
            if (q < spec.minSteps() || q > spec.maxSteps()) {
                continue;
            }
            long gap = Math.abs(q - k);
            // |w − value| ≥ 5 % of |value|, in steps: 20 × gap ≥ |k|.
            if (gap > 0 && 20 * gap >= Math.abs(k)) {
                BigDecimal w = BigDecimal.valueOf(q).multiply(spec.precision());
                if (Surfaces.exactlyWritable(spec, w) == valueWritable) {
                    return w;
                }
            }
        }
        return null;
    }

    /** {@link #wrongNumber} for a value off the precision grid (a sum of finer parts): BigDecimal throughout. */
    static BigDecimal wrongNumberExact(NumberSpec spec, BigDecimal value, boolean valueWritable, Xoshiro256 rng) {
        for (int i = 0; i < MAX_TRIES; i++) {
            int percent = rng.between(8, 40);
            boolean up = rng.chance(1, 2);
            BigDecimal factor = BigDecimal.valueOf(up ? 100 + percent : 100 - percent).movePointLeft(2);
            BigDecimal w = value.multiply(factor).divide(spec.precision(), 0, RoundingMode.HALF_UP).multiply(spec.precision());
            if (w.compareTo(spec.min()) < 0 || w.compareTo(spec.max()) > 0) {
                continue;
            }
            BigDecimal gap = w.subtract(value).abs();
            if (gap.signum() > 0 && gap.compareTo(value.abs().movePointLeft(2).multiply(BigDecimal.valueOf(5))) >= 0
                    && Surfaces.exactlyWritable(spec, w) == valueWritable) {
                return w;
            }
        }
        return null;
    }

    private static String wrongText(DomainPack pack, Attribute a, String value, World world, Xoshiro256 rng) {
        List<String> options = new ArrayList<>();
        if (a.type() == AttributeType.CATEGORICAL) {
            options.addAll(a.vocabulary());
        } else if (a.type() == AttributeType.PLACE) {
            for (Place p : pack.places()) {
                if (a.placeLevel().equals("city")) {
                    options.addAll(p.cities());
                } else {
                    options.add(p.name());
                }
            }
        } else if (a.type() == AttributeType.PERSON) {
            Set<String> used = new HashSet<>();
            for (WorldFact f : world.facts()) {
                if (f.attribute() != null && f.attribute().type() == AttributeType.PERSON) {
                    used.add(f.fact().value());
                }
            }
            for (int i = 0; i < MAX_TRIES; i++) {
                String person = WorldSampler.drawPerson(pack, rng);
                if (!used.contains(person)) {
                    return person;
                }
            }
            return null;
        }
        options.remove(value);
        return options.isEmpty() ? null : rng.pick(options);
    }

    /**
     * A similar name that contains the whole canonical name plus a distinguishing place ("Kelmar
     * Holdings" → "Kelmar Holdings Norway"): a reader that matches names as substrings, or fuzzily by
     * their first words, takes it for the entity itself.
     */
    static String nearMissName(Entity e, DomainPack pack, Xoshiro256 rng, Set<String> taken) {
        List<String> places = new ArrayList<>();
        for (Place p : pack.places()) {
            places.add(p.name());
        }
        if (places.isEmpty()) {
            return null;
        }
        for (int i = 0; i < MAX_TRIES; i++) {
            String name = e.canonical() + " " + rng.pick(places);
            if (!taken.contains(name)) {
                return name;
            }
        }
        return null;
    }
}
