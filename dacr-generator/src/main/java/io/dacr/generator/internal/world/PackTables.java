package io.dacr.generator.internal.world;

import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.EntityKind;
import io.dacr.generator.internal.pack.NumberSpec;
import io.dacr.generator.internal.pack.Place;
import io.dacr.generator.internal.pack.Template;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Per-pack tables for world sampling and world lookups, derived once per {@link DomainPack} instance
 * and cached on its identity: every item of a pack samples its world from the same kinds, templates
 * and reserved texts, so resolving them by name for every item (as string-keyed maps did) was pure
 * overhead. Immutable and shared between threads.
 */
final class PackTables {

    /** Cache entries; replaced as a whole (copy on write), read without a lock. */
    private static volatile Entry[] cache = new Entry[0];

    final List<EntityKind> kinds;
    final String[] kindIds;
    final KindTable[] kindTables;
    final String[] relationIds;
    /** True if some kind's alias templates spell out an entity reference. */
    final boolean aliasesReadReferences;
    /** Distinct number attribute ids over all kinds: the sampler keeps numbers distinct per id. */
    final int numberSlots;
    /**
     * Per slot: true if every attribute of that id draws plain multiples of one and the same non-zero
     * precision (none is a sum), so two of its values are equal exactly when their step counts are.
     */
    final boolean[] slotBySteps;
    /** The country of each city, as {@link DomainPack#countryOf} answers (the first place that lists it). */
    private final Map<String, String> countryOfCity;
    /** Every non-empty substring of every reserved text: an alias inside one of them is one of these. */
    private final Set<String> reservedInfixes;
    /** The first reserved text's length (the longest when the pack keeps them longest first), or -1. */
    private final int firstReservedLength;
    /** The pack's places with their cities, in pack order. */
    final PlaceCities[] places;
    /** The people's given and family names, or null if the pack has no people. */
    final String[] givenNames;
    final String[] familyNames;
    /** The people's name patterns; per placeholder, true for a given name, false for a family name. */
    final TemplateParts[] personPatterns;
    final boolean[][] personGiven;
    /** The number specs of the pack's attributes, each with its slot in {@link #numberSpecMemo}; looked up only. */
    private final Map<NumberSpec, Integer> numberSpecSlots = new IdentityHashMap<>();
    /** Per number spec: what a later stage derived from it ({@link #derived}), filled on first use. */
    private final AtomicReferenceArray<Object> numberSpecMemo;

    private PackTables(DomainPack pack) {
        kinds = pack.kinds();
        List<String> numberIds = new ArrayList<>();
        for (EntityKind kind : kinds) {
            for (var a : kind.attributes()) {
                if (a.isNumber() && !numberIds.contains(a.id())) {
                    numberIds.add(a.id());
                }
            }
        }
        numberSlots = numberIds.size();
        slotBySteps = new boolean[numberSlots];
        for (int slot = 0; slot < numberSlots; slot++) {
            java.math.BigDecimal precision = null;
            boolean bySteps = true;
            for (EntityKind kind : kinds) {
                for (var a : kind.attributes()) {
                    if (a.isNumber() && a.id().equals(numberIds.get(slot))) {
                        java.math.BigDecimal p = a.number().precision();
                        bySteps &= a.sumOf().isEmpty() && p.signum() != 0 && (precision == null || precision.compareTo(p) == 0);
                        precision = p;
                    }
                }
            }
            slotBySteps[slot] = bySteps;
        }
        kindIds = new String[kinds.size()];
        kindTables = new KindTable[kinds.size()];
        for (int k = 0; k < kindTables.length; k++) {
            kindIds[k] = kinds.get(k).id();
            kindTables[k] = new KindTable(k, kinds.get(k), kinds, numberIds);
        }
        boolean readsReferences = false;
        for (KindTable kt : kindTables) {
            readsReferences |= kt.aliasesReadReferences;
        }
        aliasesReadReferences = readsReferences;
        relationIds = new String[pack.relations().size()];
        for (int r = 0; r < relationIds.length; r++) {
            relationIds[r] = pack.relations().get(r).id();
        }
        Map<String, String> countries = new HashMap<>();
        for (Place p : pack.places()) {
            for (String city : p.cities()) {
                countries.putIfAbsent(city, p.name());
            }
        }
        countryOfCity = countries;
        places = new PlaceCities[pack.places().size()];
        for (int p = 0; p < places.length; p++) {
            Place place = pack.places().get(p);
            places[p] = new PlaceCities(place.name(), place.cities().toArray(new String[0]));
        }
        givenNames = pack.people() == null ? null : pack.people().givenNames().toArray(new String[0]);
        familyNames = pack.people() == null ? null : pack.people().familyNames().toArray(new String[0]);
        List<String> reserved = pack.reservedTexts();
        Set<String> infixes = new HashSet<>();
        for (String r : reserved) {
            for (int from = 0; from < r.length(); from++) {
                for (int to = from + 1; to <= r.length(); to++) {
                    infixes.add(r.substring(from, to));
                }
            }
        }
        reservedInfixes = infixes;
        firstReservedLength = reserved.isEmpty() ? -1 : reserved.get(0).length();
        for (EntityKind kind : kinds) {
            for (var a : kind.attributes()) {
                if (a.isNumber()) {
                    numberSpecSlots.putIfAbsent(a.number(), numberSpecSlots.size());
                }
            }
        }
        numberSpecMemo = new AtomicReferenceArray<>(numberSpecSlots.size());
        List<Template> people = pack.people() == null ? List.of() : pack.people().patterns();
        personPatterns = new TemplateParts[people.size()];
        personGiven = new boolean[people.size()][];
        for (int t = 0; t < personPatterns.length; t++) {
            personPatterns[t] = TemplateParts.of(people.get(t));
            personGiven[t] = new boolean[personPatterns[t].size()];
            for (int i = 0; i < personGiven[t].length; i++) {
                personGiven[t][i] = personPatterns[t].name(i).equals("given");
            }
        }
    }

    /**
     * Data derived from one of the pack's number specs, computed once per pack rather than once per
     * item: packs are immutable, so {@code derive} (a pure function of the spec, giving an immutable
     * value) answers the same every time. Two threads may both compute it on first use; either
     * result is kept.
     *
     * @param spec a number spec
     * @param derive what to derive
     * @return the derived value; computed afresh for a spec that is not one of the pack's attributes'
     */
    <T> T derived(NumberSpec spec, Function<NumberSpec, T> derive) {
        Integer slot = numberSpecSlots.get(spec);
        if (slot == null) {
            return derive.apply(spec);
        }
        @SuppressWarnings("unchecked") // each caller derives one type per pack (see World#derived)
        T value = (T) numberSpecMemo.get(slot);
        if (value == null) {
            value = derive.apply(spec);
            numberSpecMemo.set(slot, value);
        }
        return value;
    }

    /**
     * @param pack a pack
     * @return its tables, built on first use
     */
    static PackTables of(DomainPack pack) {
        for (Entry e : cache) {
            if (e.pack.get() == pack) {
                return e.tables;
            }
        }
        return add(pack);
    }

    private static synchronized PackTables add(DomainPack pack) {
        List<Entry> live = new ArrayList<>();
        for (Entry e : cache) {
            DomainPack p = e.pack.get();
            if (p == pack) {
                return e.tables;
            }
            // Tables of packs nobody holds any more are dropped with them.
            if (p != null) {
                live.add(e);
            }
        }
        PackTables tables = new PackTables(pack);
        live.add(new Entry(new WeakReference<>(pack), tables));
        cache = live.toArray(new Entry[0]);
        return tables;
    }

    /**
     * @param kindId a kind id
     * @return the kind's position in the pack, or -1
     */
    int kindIndex(String kindId) {
        for (int k = 0; k < kindIds.length; k++) {
            if (kindIds[k] == kindId) {
                return k;
            }
        }
        for (int k = 0; k < kindIds.length; k++) {
            if (kindIds[k].equals(kindId)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where an entity of a kind keeps its fact about an attribute or relation: attributes first (as
     * facts are ordered), then the pack's relations.
     *
     * @param kind the entity's kind table
     * @param id an attribute or relation id
     * @return the slot, or -1 if the id is neither
     */
    int factSlot(KindTable kind, String id) {
        int a = kind.attributeIndex(id);
        if (a >= 0) {
            return a;
        }
        for (int r = 0; r < relationIds.length; r++) {
            if (relationIds[r] == id || relationIds[r].equals(id)) {
                return kind.attributes.length + r;
            }
        }
        return -1;
    }

    /** @return the number of fact slots of an entity of that kind */
    int factSlots(KindTable kind) {
        return kind.attributes.length + relationIds.length;
    }

    /**
     * @param pack the pack these tables belong to
     * @param city a city
     * @return its country, exactly as {@link DomainPack#countryOf} answers
     */
    String countryOf(DomainPack pack, String city) {
        String country = city == null ? null : countryOfCity.get(city);
        // A miss (or no city) is rare: the pack answers it, with the same result or error.
        return country != null ? country : pack.countryOf(city);
    }

    /**
     * @param alias a non-empty text
     * @return true if it occurs inside a reserved text, with the reserved-text rule's shortcut for an
     *     alias longer than the first reserved text
     */
    boolean reserved(String alias) {
        if (firstReservedLength < 0 || alias.length() > firstReservedLength) {
            return false;
        }
        return reservedInfixes.contains(alias);
    }

    /**
     * A place as the sampler draws from it.
     *
     * @param name the country's name
     * @param cities its cities
     */
    record PlaceCities(String name, String[] cities) {
    }

    private record Entry(WeakReference<DomainPack> pack, PackTables tables) {
    }
}
