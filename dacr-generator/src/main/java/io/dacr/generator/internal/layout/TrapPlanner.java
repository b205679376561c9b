package io.dacr.generator.internal.layout;

import io.dacr.api.TrapKind;
import io.dacr.api.internal.CanonicalJson;
import io.dacr.generator.internal.pack.Attribute;
import io.dacr.generator.internal.pack.AttributeType;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.NumberSpec;
import io.dacr.generator.internal.pack.Place;
import io.dacr.generator.internal.pack.SurfaceForm;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
        // Each number fact's feasible wrong numbers, computed once (by the focus choice or by the first
        // kind that tries the fact) and looked up by identity only, never iterated; no draw is made.
        Map<WorldFact, WrongNumbers> feasible = new IdentityHashMap<>();
        // How each spec writes its grid values: a pure function of the (immutable) spec, derived once per pack.
        Function<NumberSpec, GridWriting> grids = spec -> world.derived(spec, GridWriting::of);
        Attribute first = focus(candidates, null, feasible, grids);
        Attribute second = focus(candidates, first, feasible, grids);
        List<WorldFact> one = new ArrayList<>();
        List<WorldFact> two = new ArrayList<>();
        List<WorldFact> rest = new ArrayList<>();
        List<WorldFact> restText = new ArrayList<>();
        for (WorldFact f : candidates) {
            (f.attribute() == first ? one : f.attribute() == second ? two : f.attribute().isNumber() ? rest : restText).add(f);
        }
        rest.addAll(restText);
        candidates = new ArrayList<>();
        for (int i = 0; i < Math.max(one.size(), Math.max(two.size(), linked.size())); i++) {
            for (List<WorldFact> group : List.of(one, two, linked)) {
                if (i < group.size()) {
                    candidates.add(group.get(i));
                }
            }
        }
        candidates.addAll(rest);
        // Every name in the world, made only when a near-miss name is first drawn.
        Set<String> taken = null;
        Set<Entity> nearMissed = new HashSet<>();
        List<TrapPlan> plans = new ArrayList<>();
        for (TrapKind kind : chosen) {
            for (int i = 0; i < candidates.size(); i++) {
                WorldFact f = candidates.get(i);
                if (kind == TrapKind.COUNTERFACTUAL && !f.attribute().isNumber()) {
                    continue;
                }
                WrongNumbers numbers = null;
                if (f.attribute().type() == AttributeType.NUMBER) {
                    numbers = feasibleOf(f, feasible, grids);
                    if (numbers.size() == 0) {
                        // No 8–40 % change moves this value to a valid wrong one: skipped without a draw.
                        continue;
                    }
                }
                String nearMiss = null;
                if (kind == TrapKind.NEAR_MISS_NAME) {
                    if (nearMissed.contains(f.subject())) {
                        continue;
                    }
                    if (taken == null) {
                        taken = new HashSet<>();
                        for (Entity e : world.entities()) {
                            taken.addAll(e.names());
                        }
                    }
                    nearMiss = nearMissName(f.subject(), world.pack(), rng, taken);
                    if (nearMiss == null) {
                        continue;
                    }
                }
                TrapPlan plan = wrong(world, "t" + (plans.size() + 1), kind, f, nearMiss, numbers, rng);
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

    /**
     * The first number attribute in the shuffled facts other than {@code not}, preferring whole numbers,
     * taken from a fact that can be trapped. Generator v6: a fact no 8–40 % change can move (a year,
     * mostly) no longer names the attribute, so each focus attribute has at least one trappable fact
     * (either may still be null in a world with too few number attributes); in v5 a year attribute
     * was often chosen and got none.
     */
    private static Attribute focus(List<WorldFact> candidates, Attribute not, Map<WorldFact, WrongNumbers> feasible,
                                   Function<NumberSpec, GridWriting> grids) {
        Attribute hot = null;
        boolean hotWhole = false;
        for (WorldFact f : candidates) {
            Attribute a = f.attribute();
            if (hotWhole) {
                break;
            }
            if (!a.isNumber() || a == not || a == hot
                    || feasibleOf(f, feasible, grids).size() == 0) {
                continue;
            }
            // NumberSpec.scale() strips trailing zeros on every call: asked once per attribute seen.
            if (hot == null || a.number().scale() == 0) {
                hot = a;
                hotWhole = a.number().scale() == 0;
            }
        }
        return hot;
    }

    /** A number fact's feasible wrong numbers, computed once per fact and once per spec's grid. */
    private static WrongNumbers feasibleOf(WorldFact f, Map<WorldFact, WrongNumbers> feasible,
                                           Function<NumberSpec, GridWriting> grids) {
        WrongNumbers known = feasible.get(f);
        if (known == null) {
            NumberSpec spec = f.attribute().number();
            known = wrongNumbers(grids.apply(spec), spec, f.number());
            feasible.put(f, known);
        }
        return known;
    }

    private static TrapPlan wrong(World world, String id, TrapKind kind, WorldFact f, String nearMiss, WrongNumbers numbers,
                                  Xoshiro256 rng) {
        Attribute a = f.attribute();
        DomainPack pack = world.pack();
        switch (a.type()) {
            case NUMBER -> {
                BigDecimal w = numbers.draw(rng);
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

    /** The smallest and largest change, in percent, of a wrong number. */
    static final int MIN_PERCENT = 8;
    static final int MAX_PERCENT = 40;
    /** How many (percent, direction) pairs a wrong number is drawn from: 8 % to 40 %, down or up. */
    static final int PAIRS = 2 * (MAX_PERCENT - MIN_PERCENT + 1);

    /**
     * A wrong number 8 % to 40 % away from the right one, on the precision grid and in range, at least
     * 5 % away so that it is clearly a different figure, and exactly writable if and only if the right
     * one is.
     *
     * <p>Generator v6: one draw from the feasible set. The change is a (percent, direction) pair, 33
     * percentages down or up; {@link #wrongNumbers} lists the wrong number of every pair that meets the
     * conditions above, and one uniform draw picks an entry. Generator v5 drew pairs until one met them
     * (up to 64 tries), which gives the same distribution over pairs when it succeeds, but spent all 64
     * draws on a value no pair can move (a small count, a value at the edge of its range) every time
     * the value was tried.
     *
     * @param spec the number spec
     * @param value the right value
     * @param rng the {@code traps} stream; not drawn from when no pair is feasible
     * @return the wrong value, or null if no change moves this value to a valid wrong one
     */
    static BigDecimal wrongNumber(NumberSpec spec, BigDecimal value, Xoshiro256 rng) {
        return wrongNumbers(spec, value).draw(rng);
    }

    /**
     * @param spec the number spec
     * @param value the right value
     * @return the wrong number of every feasible (percent, direction) pair, in pair order
     */
    static WrongNumbers wrongNumbers(NumberSpec spec, BigDecimal value) {
        return wrongNumbers(GridWriting.of(spec), spec, value);
    }

    /**
     * @param grid how the spec writes grid values ({@link GridWriting#of}), shared by the facts of one spec
     * @param spec the number spec
     * @param value the right value
     * @return the wrong number of every feasible (percent, direction) pair, in pair order
     */
    static WrongNumbers wrongNumbers(GridWriting grid, NumberSpec spec, BigDecimal value) {
        long k = steps(value, spec.precision());
        if (k == OFF_GRID) {
            return wrongNumbersExact(spec, value, Surfaces.exactlyWritable(spec, value));
        }
        // The value is k steps of the precision: value × (100 ± p) / 100 / precision = k × (100 ± p) / 100
        // exactly, rounded half-up (ties away from zero) as the exact path rounds it. Within one
        // direction the result moves monotonically with the percentage, so a direction whose 8 % and
        // 40 % ends both leave the range on the same side has no entry (years, mostly).
        boolean down = overlaps(changed(k, 100 - MIN_PERCENT), changed(k, 100 - MAX_PERCENT), spec);
        boolean up = overlaps(changed(k, 100 + MIN_PERCENT), changed(k, 100 + MAX_PERCENT), spec);
        if (!down && !up) {
            return new WrongNumbers(spec.precision(), null, 0, null);
        }
        boolean valueWritable = grid.writable(k);
        long[] feasible = new long[PAIRS];
        int size = 0;
        for (int percent = MIN_PERCENT; percent <= MAX_PERCENT; percent++) {
            for (int direction = 0; direction < 2; direction++) {
                long q = changed(k, direction == 1 ? 100 + percent : 100 - percent);
                long gap = Math.abs(q - k);
                // In range, and |w − value| ≥ 5 % of |value|, in steps: 20 × gap ≥ |k|.
                if (q >= spec.minSteps() && q <= spec.maxSteps() && gap > 0 && 20 * gap >= Math.abs(k)
                        && grid.writable(q) == valueWritable) {
                    feasible[size++] = q;
                }
            }
        }
        return new WrongNumbers(spec.precision(), feasible, size, null);
    }

    /** {@link #steps}'s answer for a value off the grid or too large for step arithmetic. */
    private static final long OFF_GRID = Long.MIN_VALUE;

    /** @return {@code k × factor / 100} rounded half-up (ties away from zero) */
    private static long changed(long k, int factor) {
        long scaled = k * factor;
        return (Math.abs(scaled) + 50) / 100 * Long.signum(scaled);
    }

    /** @return true if the steps between {@code a} and {@code b} (either order) meet the spec's range */
    private static boolean overlaps(long a, long b, NumberSpec spec) {
        return Math.max(a, b) >= spec.minSteps() && Math.min(a, b) <= spec.maxSteps();
    }

    /**
     * @return {@code value / precision} if that is a whole number below 2^50 in magnitude (so that
     *     {@code k × 140} cannot overflow), else {@link #OFF_GRID}
     */
    static long steps(BigDecimal value, BigDecimal precision) {
        if (value.precision() <= 18 && precision.precision() <= 18) {
            long v = value.unscaledValue().longValue();
            long p = precision.unscaledValue().longValue();
            int shift = value.scale() - precision.scale();
            try {
                for (; shift > 0; shift--) {
                    p = Math.multiplyExact(p, 10L);
                }
                for (; shift < 0; shift++) {
                    v = Math.multiplyExact(v, 10L);
                }
            } catch (ArithmeticException overflow) {
                return slowSteps(value, precision);
            }
            if (v % p != 0) {
                return OFF_GRID;
            }
            long k = v / p;
            return Math.abs(k) < 1L << 50 ? k : OFF_GRID;
        }
        return slowSteps(value, precision);
    }

    private static long slowSteps(BigDecimal value, BigDecimal precision) {
        BigDecimal[] steps = value.divideAndRemainder(precision);
        return steps[1].signum() != 0 || steps[0].toBigInteger().bitLength() > 50 ? OFF_GRID : steps[0].longValueExact();
    }

    /**
     * Whether a grid value (a whole number of precision steps) is exactly writable, decided in whole
     * steps: {@link Surfaces#exactlyWritable} without a BigDecimal per value, for the 66 candidates
     * of every fact. A power-of-ten form admits a range of steps and writes a value without loss when
     * its digits after the point, once trailing zeros are stripped, fit the form's decimals; other
     * forms (and products that do not fit a long) are asked through BigDecimal.
     */
    static final class GridWriting {

        private final NumberSpec spec;
        /** Per form: the first and last step it admits. */
        private final long[] fromStep;
        private final long[] toStep;
        /** The precision as unit × 10^-scale with unit not a multiple of 10. */
        private final long unit;
        private final int scale;
        /** True if some unrestricted power-of-ten form writes every grid value without loss. */
        private final boolean everyStep;

        private GridWriting(NumberSpec spec) {
            this.spec = spec;
            BigDecimal stripped = spec.precision().stripTrailingZeros();
            this.unit = stripped.unscaledValue().bitLength() < 32 ? stripped.unscaledValue().longValue() : 0;
            this.scale = stripped.scale();
            List<SurfaceForm> forms = spec.surfaceForms();
            this.fromStep = new long[forms.size()];
            this.toStep = new long[forms.size()];
            boolean every = false;
            for (int i = 0; i < forms.size(); i++) {
                SurfaceForm f = forms.get(i);
                fromStep[i] = f.minValue() == null ? Long.MIN_VALUE
                        : clamp(f.minValue().divide(spec.precision(), 0, RoundingMode.CEILING));
                toStep[i] = f.maxValue() == null ? Long.MAX_VALUE
                        : clamp(f.maxValue().divide(spec.precision(), 0, RoundingMode.FLOOR));
                // A multiple of the precision has at most max(scale, 0) digits after the point once
                // trailing zeros are stripped (0 has none).
                every |= f.unrestricted() && f.shift() >= 0 && f.lossless(Math.max(scale, 0));
            }
            this.everyStep = every;
        }

        /**
         * @param spec a number spec
         * @return how it writes grid values
         */
        static GridWriting of(NumberSpec spec) {
            return new GridWriting(spec);
        }

        private static long clamp(BigDecimal steps) {
            if (steps.compareTo(BigDecimal.valueOf(Long.MIN_VALUE / 2)) < 0) {
                return Long.MIN_VALUE;
            }
            return steps.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0 ? Long.MAX_VALUE : steps.longValueExact();
        }

        /**
         * @param q a number of precision steps
         * @return true if {@code q × precision} is exactly writable ({@link Surfaces#exactlyWritable})
         */
        boolean writable(long q) {
            if (everyStep) {
                return true;
            }
            List<SurfaceForm> forms = spec.surfaceForms();
            int strippedScale = Integer.MIN_VALUE;
            for (int i = 0; i < forms.size(); i++) {
                if (q < fromStep[i] || q > toStep[i]) {
                    continue;
                }
                SurfaceForm f = forms.get(i);
                if (f.shift() < 0 || unit == 0) {
                    if (f.lossless(BigDecimal.valueOf(q).multiply(spec.precision()))) {
                        return true;
                    }
                    continue;
                }
                if (strippedScale == Integer.MIN_VALUE) {
                    strippedScale = strippedScale(q);
                }
                if (strippedScale == Integer.MAX_VALUE ? f.lossless(BigDecimal.valueOf(q).multiply(spec.precision()))
                        : f.lossless(strippedScale)) {
                    return true;
                }
            }
            return false;
        }

        /** @return the scale of {@code (q × precision).stripTrailingZeros()}, or MAX_VALUE if q × unit overflows */
        private int strippedScale(long q) {
            if (q == 0) {
                return 0;
            }
            long m;
            try {
                m = Math.multiplyExact(q, unit);
            } catch (ArithmeticException overflow) {
                return Integer.MAX_VALUE;
            }
            int s = scale;
            while (m % 10 == 0) {
                m /= 10;
                s--;
            }
            return s;
        }
    }

    /**
     * {@link #wrongNumbers} for a value off the precision grid (a sum of finer parts): BigDecimal
     * throughout. Also the reference the step arithmetic is tested against.
     *
     * @param spec the number spec
     * @param value the right value
     * @param valueWritable whether the right value is exactly writable
     * @return the wrong number of every feasible pair, in pair order
     */
    static WrongNumbers wrongNumbersExact(NumberSpec spec, BigDecimal value, boolean valueWritable) {
        BigDecimal[] feasible = new BigDecimal[PAIRS];
        int size = 0;
        for (int percent = MIN_PERCENT; percent <= MAX_PERCENT; percent++) {
            for (int up = 0; up < 2; up++) {
                BigDecimal factor = BigDecimal.valueOf(up == 1 ? 100 + percent : 100 - percent).movePointLeft(2);
                BigDecimal w = value.multiply(factor).divide(spec.precision(), 0, RoundingMode.HALF_UP).multiply(spec.precision());
                if (w.compareTo(spec.min()) < 0 || w.compareTo(spec.max()) > 0) {
                    continue;
                }
                BigDecimal gap = w.subtract(value).abs();
                if (gap.signum() > 0 && gap.compareTo(value.abs().movePointLeft(2).multiply(BigDecimal.valueOf(5))) >= 0
                        && Surfaces.exactlyWritable(spec, w) == valueWritable) {
                    feasible[size++] = w;
                }
            }
        }
        return new WrongNumbers(spec.precision(), null, size, feasible);
    }

    /**
     * The feasible wrong numbers of one value, one entry per feasible (percent, direction) pair in pair
     * order (percent 8 to 40, down before up): a value two pairs reach appears twice, so a uniform
     * pick of an entry is a uniform pick of a feasible pair. Held as precision steps where the value
     * is on the grid, so no BigDecimal is made for entries that are not drawn.
     */
    static final class WrongNumbers {

        private final BigDecimal precision;
        private final long[] steps;
        private final int size;
        private final BigDecimal[] exact;

        private WrongNumbers(BigDecimal precision, long[] steps, int size, BigDecimal[] exact) {
            this.precision = precision;
            this.steps = steps;
            this.size = size;
            this.exact = exact;
        }

        /** @return how many feasible pairs there are */
        int size() {
            return size;
        }

        /**
         * @param i an entry, from 0
         * @return its wrong number, on the precision grid
         */
        BigDecimal get(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return exact != null ? exact[i] : BigDecimal.valueOf(steps[i]).multiply(precision);
        }

        /**
         * @param rng the stream; one {@code nextInt(size)} draw, none when empty
         * @return a uniformly drawn entry, or null if there is none
         */
        BigDecimal draw(Xoshiro256 rng) {
            return size == 0 ? null : get(rng.nextInt(size));
        }
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
