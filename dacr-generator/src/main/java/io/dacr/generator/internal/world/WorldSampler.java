package io.dacr.generator.internal.world;

import io.dacr.api.Fact;
import io.dacr.api.GenerationException;
import io.dacr.generator.internal.spec.Settings;
import io.dacr.generator.internal.pack.Attribute;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.NumberSpec;
import io.dacr.generator.internal.pack.Relation;
import io.dacr.generator.internal.random.SeedDerivation;
import io.dacr.generator.internal.random.Xoshiro256;
import io.dacr.api.internal.CanonicalJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    /** Extra rounds for an alias kind that ran dry: with 4 of 20 serials taken, all 16 fail about once in 10^11. */
    private static final int ALIAS_RETRIES = 16;
    private static final String[] FACT_IDS = factIds(512);

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
        PackTables tables = PackTables.of(pack);
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            World world = tryDraw(pack, tables, settings, seeds, draw);
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

    /**
     * One draw of a world.
     *
     * @return the world, or null if this draw cannot meet the rules (names, aliases or values collide)
     */
    static World tryDraw(DomainPack pack, PackTables tables, Settings settings, SeedDerivation seeds, int draw) {
        Xoshiro256 rng = seeds.stream("world", draw);
        KindTable[] kinds = tables.kindTables;
        // Entities of kind k are entities.get(kindStart[k]) up to kindStart[k + 1], in order.
        int[] kindStart = new int[kinds.length + 1];
        int total = 0;
        for (int k = 0; k < kinds.length; k++) {
            total += countOf(k, settings.entities());
        }
        List<Entity> entities = new ArrayList<>(total);
        // Names and aliases; asked only whether a text is in it, never iterated.
        TextSet taken = new TextSet(total * 4);
        NameScratch scratch = new NameScratch();
        for (int k = 0; k < kinds.length; k++) {
            kindStart[k] = entities.size();
            for (int n = 0; n < countOf(k, settings.entities()); n++) {
                Entity e = newEntity(entities.size(), kinds[k], rng, taken, scratch);
                if (e == null) {
                    return null;
                }
                entities.add(e);
            }
        }
        kindStart[kinds.length] = entities.size();
        TextSet people = new TextSet(total * 2);
        // The numbers drawn so far per attribute id (a slot per distinct id), across kinds.
        Drawn drawn = new Drawn(tables.slotBySteps);
        // The alias stream is separate from the world stream, and an entity's aliases read only its
        // names and its own attribute values: when no alias template reads an entity reference (drawn
        // after all values), each entity's aliases can be drawn right after its values, so a draw whose
        // aliases fail stops there instead of drawing the rest of the world first. Same draws, same result.
        boolean aliasesEarly = !tables.aliasesReadReferences;
        Aliases aliases = new Aliases(tables, seeds, draw, kinds, taken);
        for (Entity e : entities) {
            KindTable kt = e.table();
            for (int i = 0; i < kt.attributes.length; i++) {
                if (kt.sampled[i] && !sampleValue(pack, tables, e, i, drawn, rng, people, scratch.text)) {
                    return null;
                }
            }
            for (int i = 0; i < kt.attributes.length; i++) {
                if (kt.sumParts[i] != null && !sampleSum(e, i, drawn, rng)) {
                    return null;
                }
            }
            if (aliasesEarly && !aliases.add(e)) {
                return null;
            }
        }
        for (Entity e : entities) {
            KindTable kt = e.table();
            for (int i = 0; i < kt.attributes.length; i++) {
                if (kt.reference[i]) {
                    // A uniform pick among the entities of the referenced kind other than e, in entity order.
                    int rk = kt.referredKind[i];
                    int start = rk < 0 ? 0 : kindStart[rk];
                    int poolSize = rk < 0 ? 0 : kindStart[rk + 1] - start;
                    int self = rk >= 0 && kt.index == rk ? e.index() - start : -1;
                    int size = self < 0 ? poolSize : poolSize - 1;
                    if (size == 0) {
                        return null;
                    }
                    int k = rng.nextInt(size);
                    e.setReference(i, entities.get(start + (self >= 0 && k >= self ? k + 1 : k)));
                }
            }
        }
        if (!aliasesEarly) {
            for (Entity e : entities) {
                if (!aliases.add(e)) {
                    return null;
                }
            }
        }
        int factCount = 0;
        for (Entity e : entities) {
            factCount += e.table().attributes.length;
        }
        List<WorldFact> facts = new ArrayList<>(factCount + entities.size());
        List<List<WorldFact>> byEntity = new ArrayList<>(entities.size());
        WorldFact[][] bySlot = new WorldFact[entities.size()][];
        for (Entity e : entities) {
            KindTable kt = e.table();
            List<WorldFact> own = new ArrayList<>(kt.attributes.length + 2);
            WorldFact[] slots = new WorldFact[tables.factSlots(kt)];
            for (int i = 0; i < kt.attributes.length; i++) {
                Attribute a = kt.attributes[i];
                String unit = a.isNumber() ? a.number().unit() : "";
                Fact fact = new Fact(factId(facts.size() + 1), e.canonical(), a.id(), e.valueAt(i), unit);
                WorldFact f = new WorldFact(fact, e, a, null, e.numberAt(i), e.referenceAt(i));
                facts.add(f);
                own.add(f);
                slots[i] = f;
            }
            byEntity.add(own);
            bySlot[e.index()] = slots;
        }
        List<Entity> candidates = new ArrayList<>();
        for (Relation r : pack.relations()) {
            // Many-to-many links and links with properties are not drawn (generator versions 1 to 6); the
            // pack format documents this.
            if (!r.manyToOne() || !r.propertyIds().isEmpty()) {
                continue;
            }
            // The entities of each kind, in entity order (as filtering the entity list would give them).
            int fromKind = tables.kindIndex(r.from());
            int toKind = tables.kindIndex(r.to());
            int fromStart = fromKind < 0 ? 0 : kindStart[fromKind];
            int fromEnd = fromKind < 0 ? 0 : kindStart[fromKind + 1];
            int toStart = toKind < 0 ? 0 : kindStart[toKind];
            int toEnd = toKind < 0 ? 0 : kindStart[toKind + 1];
            boolean sameKind = r.from().equals(r.to());
            for (int c = fromStart; c < fromEnd; c++) {
                Entity child = entities.get(c);
                if (!rng.chance(1, 3)) {
                    continue;
                }
                // Acyclic within one kind: a parent always comes earlier in the entity list.
                candidates.clear();
                for (int t = toStart; t < toEnd; t++) {
                    Entity p = entities.get(t);
                    if (p != child && (!sameKind || !r.acyclic() || p.index() < child.index())) {
                        candidates.add(p);
                    }
                }
                if (candidates.isEmpty()) {
                    continue;
                }
                Entity parent = rng.pick(candidates);
                Fact fact = new Fact(factId(facts.size() + 1), child.canonical(), r.id(), parent.canonical(), "");
                WorldFact f = new WorldFact(fact, child, null, r, null, parent);
                facts.add(f);
                byEntity.get(child.index()).add(f);
                // The fact slot of the relation, unless the id is also one of the child's attributes
                // (whose fact then comes first, as World.fact's fact-order answer would have it).
                int slot = tables.factSlot(child.table(), r.id());
                if (bySlot[child.index()][slot] == null) {
                    bySlot[child.index()][slot] = f;
                }
            }
        }
        return new World(pack, tables, List.copyOf(entities), List.copyOf(facts), kindStart, byEntity, bySlot);
    }

    private static int maxAliasTemplates(KindTable[] kinds) {
        int most = 0;
        for (KindTable k : kinds) {
            most = Math.max(most, k.maxAliasTemplates);
        }
        return most;
    }

    /** @return {@code "f" + n}, shared for the first few hundred ids */
    static String factId(int n) {
        return n < FACT_IDS.length ? FACT_IDS[n] : "f" + n;
    }

    private static String[] factIds(int count) {
        String[] ids = new String[count];
        for (int n = 1; n < count; n++) {
            ids[n] = "f" + n;
        }
        return ids;
    }

    /** Per-attempt buffers of {@link #newEntity}, reused across attempts and entities of one draw. */
    private static final class NameScratch {
        String[] firstUse = new String[8];
        int[] order = new int[8];
        String[] used = new String[8];
        final StringBuilder text = new StringBuilder(64);
    }

    private static Entity newEntity(int index, KindTable kind, Xoshiro256 rng, TextSet taken, NameScratch scratch) {
        int parts = kind.partNames.length;
        if (scratch.firstUse.length < parts) {
            scratch.firstUse = new String[parts];
            scratch.order = new int[parts];
        }
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            int pattern = rng.nextInt(kind.namePatterns.size());
            Arrays.fill(scratch.firstUse, 0, parts, null);
            int used = drawName(kind, pattern, rng, scratch);
            String name = used < 0 ? null : scratch.text.toString();
            if (name != null && taken.add(name)) {
                return new Entity(index, kind, name, Arrays.copyOf(scratch.firstUse, parts),
                        Arrays.copyOf(scratch.order, used));
            }
        }
        return null;
    }

    /**
     * Renders a name pattern into {@code scratch.text}, drawing each placeholder afresh from its list
     * without reusing an entry (entries compared by equality), and records in {@code scratch.firstUse}
     * the entry chosen at each part's first use (positions in {@code scratch.order}). A part list that
     * runs out of entries renders empty and fails the name, but the rest is still drawn, so the stream
     * advances the same way either way.
     *
     * @return the number of parts used, or -1 if a part list ran out of entries
     */
    private static int drawName(KindTable kind, int pattern, Xoshiro256 rng, NameScratch scratch) {
        TemplateParts t = kind.namePatterns.get(pattern);
        int[] partOf = kind.namePatternParts[pattern];
        StringBuilder out = scratch.text;
        out.setLength(0);
        if (scratch.used.length < t.size()) {
            scratch.used = new String[t.size()];
        }
        String[] used = scratch.used;
        int usedCount = 0;
        int parts = 0;
        boolean failed = false;
        for (int i = 0; i < t.size(); i++) {
            out.append(t.literal(i));
            int part = partOf[i];
            String[] entries = part < 0 ? null : kind.entries(part);
            String chosen = null;
            for (int attempt = 0; attempt < MAX_TRIES && chosen == null; attempt++) {
                String entry = rng.pick(entries);
                if (!contains(used, usedCount, entry)) {
                    chosen = entry;
                }
            }
            if (chosen == null) {
                failed = true;
                continue;
            }
            used[usedCount++] = chosen;
            if (scratch.firstUse[part] == null) {
                scratch.firstUse[part] = chosen;
                scratch.order[parts++] = part;
            }
            out.append(chosen);
        }
        out.append(t.literal(t.size()));
        return failed ? -1 : parts;
    }

    private static boolean contains(String[] texts, int count, String text) {
        for (int i = 0; i < count; i++) {
            if (texts[i].equals(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The numbers drawn so far in one draw, per slot (a distinct number attribute id). A slot whose
     * values are all multiples of one precision compares step counts, which is the same comparison as
     * the values' and cheaper; other slots compare the values.
     */
    private static final class Drawn {
        private final boolean[] bySteps;
        private final long[][] steps;
        private final BigDecimal[][] values;
        private final int[] counts;

        Drawn(boolean[] bySteps) {
            this.bySteps = bySteps;
            steps = new long[bySteps.length][];
            values = new BigDecimal[bySteps.length][];
            counts = new int[bySteps.length];
        }

        boolean taken(int slot, long step, BigDecimal value) {
            if (bySteps[slot]) {
                long[] ss = steps[slot];
                for (int i = 0; i < counts[slot]; i++) {
                    if (ss[i] == step) {
                        return true;
                    }
                }
                return false;
            }
            return taken(slot, value);
        }

        boolean taken(int slot, BigDecimal value) {
            BigDecimal[] vs = values[slot];
            for (int i = 0; i < counts[slot]; i++) {
                if (vs[i].compareTo(value) == 0) {
                    return true;
                }
            }
            return false;
        }

        void add(int slot, long step, BigDecimal value) {
            int n = counts[slot];
            if (bySteps[slot]) {
                long[] ss = steps[slot];
                if (ss == null || n == ss.length) {
                    ss = ss == null ? new long[16] : Arrays.copyOf(ss, n * 2);
                    steps[slot] = ss;
                }
                ss[n] = step;
            } else {
                BigDecimal[] vs = values[slot];
                if (vs == null || n == vs.length) {
                    vs = vs == null ? new BigDecimal[16] : Arrays.copyOf(vs, n * 2);
                    values[slot] = vs;
                }
                vs[n] = value;
            }
            counts[slot] = n + 1;
        }
    }

    private static boolean sampleValue(DomainPack pack, PackTables tables, Entity e, int i, Drawn drawn,
                                       Xoshiro256 rng, TextSet people, StringBuilder text) {
        KindTable kt = e.table();
        Attribute a = kt.attributes[i];
        switch (a.type()) {
            case NUMBER -> {
                // Distinct values per attribute, so comparisons and near-miss values never tie.
                int slot = kt.numberSlot[i];
                for (int t = 0; t < MAX_TRIES; t++) {
                    long steps = drawSteps(a.number(), rng);
                    BigDecimal v = value(kt, i, steps);
                    if (!drawn.taken(slot, steps, v)) {
                        drawn.add(slot, steps, v);
                        e.setNumber(i, v, text(kt, i, steps, v));
                        return true;
                    }
                }
                return false;
            }
            case CATEGORICAL -> e.setText(i, kt.vocabulary[i] != null ? rng.pick(kt.vocabulary[i]) : rng.pick(a.vocabulary()));
            case PERSON -> {
                for (int t = 0; t < MAX_TRIES; t++) {
                    String person = drawPerson(tables, pack, rng, text);
                    if (people.add(person)) {
                        e.setText(i, person);
                        return true;
                    }
                }
                return false;
            }
            case PLACE -> {
                if (a.placeLevel().equals("city")) {
                    PackTables.PlaceCities country = rng.pick(tables.places);
                    e.setText(i, rng.pick(country.cities()));
                } else if (a.placeOf() != null) {
                    int city = kt.placeOf[i];
                    e.setText(i, tables.countryOf(pack, city < 0 ? null : e.valueAt(city)));
                } else {
                    e.setText(i, rng.pick(tables.places).name());
                }
            }
            default -> throw new IllegalStateException(a.type().name());
        }
        return true;
    }

    /** @return the step count of a number draw, as {@link #drawNumber} draws it */
    private static long drawSteps(NumberSpec spec, Xoshiro256 rng) {
        return spec.minSteps() + rng.nextLong(spec.maxSteps() - spec.minSteps() + 1);
    }

    /** @return {@code precision × steps}, the same value with the same scale as {@link #drawNumber} gives */
    private static BigDecimal value(KindTable kt, int i, long steps) {
        int scale = kt.precisionScale[i];
        if (scale != Integer.MIN_VALUE) {
            long unscaled = kt.precisionUnscaled[i];
            long m = unscaled * steps;
            // No overflow: then BigDecimal.multiply makes exactly this value with this scale.
            if (Math.multiplyHigh(unscaled, steps) == (m >> 63)) {
                return BigDecimal.valueOf(m, scale);
            }
        }
        return kt.attributes[i].number().precision().multiply(BigDecimal.valueOf(steps));
    }

    /** @return the canonical text of a drawn value, as {@link CanonicalJson#number} writes it */
    private static String text(KindTable kt, int i, long steps, BigDecimal value) {
        String[] cache = kt.texts[i];
        if (cache != null) {
            int at = (int) (steps - kt.attributes[i].number().minSteps());
            String text = cache[at];
            if (text == null) {
                text = uncachedText(kt, i, steps, value);
                cache[at] = text;
            }
            return text;
        }
        return uncachedText(kt, i, steps, value);
    }

    private static String uncachedText(KindTable kt, int i, long steps, BigDecimal value) {
        int scale = kt.precisionScale[i];
        if (scale != Integer.MIN_VALUE) {
            long unscaled = kt.precisionUnscaled[i];
            long m = unscaled * steps;
            if (Math.multiplyHigh(unscaled, steps) == (m >> 63)) {
                String text = NumberText.canonical(m, scale);
                if (text != null) {
                    return text;
                }
            }
        }
        return CanonicalJson.number(value);
    }

    /**
     * Draws the parts of a sum attribute and sets the sum to their total, so the figures agree (four
     * quarters add up to the year). Parts are re-drawn until the total is in the sum's range and, like
     * every number, distinct per attribute.
     */
    private static boolean sampleSum(Entity e, int sum, Drawn drawn, Xoshiro256 rng) {
        KindTable kt = e.table();
        int[] parts = kt.sumParts[sum];
        NumberSpec sumSpec = kt.attributes[sum].number();
        BigDecimal[] values = new BigDecimal[parts.length];
        long[] steps = new long[parts.length];
        for (int t = 0; t < MAX_TRIES; t++) {
            BigDecimal total = BigDecimal.ZERO;
            boolean clash = false;
            for (int k = 0; k < parts.length; k++) {
                int part = parts[k];
                steps[k] = drawSteps(kt.attributes[part].number(), rng);
                values[k] = value(kt, part, steps[k]);
                clash |= drawn.taken(kt.numberSlot[part], steps[k], values[k]);
                total = total.add(values[k]);
            }
            if (clash || total.compareTo(sumSpec.min()) < 0 || total.compareTo(sumSpec.max()) > 0
                    || drawn.taken(kt.numberSlot[sum], total)) {
                continue;
            }
            for (int k = 0; k < parts.length; k++) {
                drawn.add(kt.numberSlot[parts[k]], steps[k], values[k]);
                e.setNumber(parts[k], values[k], text(kt, parts[k], steps[k], values[k]));
            }
            drawn.add(kt.numberSlot[sum], 0, total);
            e.setNumber(sum, total, CanonicalJson.number(total));
            return true;
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
        return drawPerson(PackTables.of(pack), pack, rng, new StringBuilder(32));
    }

    /** {@link #drawPerson(DomainPack, Xoshiro256)} with the pack's tables at hand. */
    private static String drawPerson(PackTables tables, DomainPack pack, Xoshiro256 rng, StringBuilder out) {
        // pack.people() answers as before for a pack without people (and so fails the same way).
        int pattern = rng.nextInt(pack.people().patterns().size());
        TemplateParts t = tables.personPatterns[pattern];
        boolean[] given = tables.personGiven[pattern];
        out.setLength(0);
        for (int i = 0; i < t.size(); i++) {
            out.append(t.literal(i)).append(rng.pick(given[i] ? tables.givenNames : tables.familyNames));
        }
        return out.append(t.literal(t.size())).toString();
    }

    /** Alias drawing for one world draw: its stream (derived on first use) and buffers. */
    private static final class Aliases {
        private final PackTables tables;
        private final SeedDerivation seeds;
        private final int draw;
        private final TextSet taken;
        private final int[] order;
        private final StringBuilder text = new StringBuilder(64);
        private Xoshiro256 rng;

        Aliases(PackTables tables, SeedDerivation seeds, int draw, KindTable[] kinds, TextSet taken) {
            this.tables = tables;
            this.seeds = seeds;
            this.draw = draw;
            this.taken = taken;
            this.order = new int[Math.max(1, maxAliasTemplates(kinds))];
        }

        /** @return true if the entity got at least two aliases */
        boolean add(Entity e) {
            if (rng == null) {
                // Derived only when needed: a draw that failed earlier never needs it.
                rng = seeds.stream("aliases", draw);
            }
            return addAliases(tables, e, rng, taken, order, text);
        }
    }

    /**
     * Gives the entity one alias per alias kind where it can: the kind's templates in a shuffled order,
     * the first that renders a text that is not blank, not inside a reserved text, not the canonical
     * name and not yet taken.
     *
     * @return true if the entity has at least two aliases (so of two kinds)
     */
    private static boolean addAliases(PackTables tables, Entity e, Xoshiro256 rng, TextSet taken, int[] order,
                                      StringBuilder text) {
        KindTable kt = e.table();
        KindTable.AliasTemplate[][] kinds = kt.aliasTemplates;
        for (int k = 0; k < kinds.length; k++) {
            KindTable.AliasTemplate[] templates = kinds[k];
            // Xoshiro256.shuffle's Fisher-Yates over the template positions: the same draws, the same order.
            for (int t = 0; t < templates.length; t++) {
                order[t] = t;
            }
            for (int i = templates.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            boolean added = false;
            for (int t = 0; t < templates.length && !added; t++) {
                added = tryAlias(tables, e, k, templates[order[t]], rng, taken, text);
            }
            // A kind whose every template gave a taken text gets more tries of the templates that draw
            // a name part afresh ("policy {serial}" when the policy's name has no serial): without them
            // two policies drawing the same serial failed the whole world, about one insurance-law draw
            // in two. Only a kind that ran dry draws more, so every other world is unchanged.
            for (int round = 0; round < ALIAS_RETRIES && !added && drawsAfresh(templates, e); round++) {
                for (int t = 0; t < templates.length && !added; t++) {
                    KindTable.AliasTemplate template = templates[order[t]];
                    added = drawsAfresh(template, e) && tryAlias(tables, e, k, template, rng, taken, text);
                }
            }
        }
        return e.aliases().size() >= 2;
    }

    /** Renders one alias template and keeps the text if it is usable: not blank, not reserved, not taken. */
    private static boolean tryAlias(PackTables tables, Entity e, int kind, KindTable.AliasTemplate template,
                                    Xoshiro256 rng, TextSet taken, StringBuilder text) {
        String alias = render(template, e, rng, text);
        if (!isBlank(alias) && !tables.reserved(alias) && !alias.equals(e.canonical()) && taken.add(alias)) {
            e.aliases().add(new Alias(kind, alias, embeds(template, e)));
            return true;
        }
        return false;
    }

    private static boolean drawsAfresh(KindTable.AliasTemplate[] templates, Entity e) {
        for (KindTable.AliasTemplate t : templates) {
            if (drawsAfresh(t, e)) {
                return true;
            }
        }
        return false;
    }

    /** @return true if rendering the template for this entity draws a name part its name did not use */
    private static boolean drawsAfresh(KindTable.AliasTemplate template, Entity e) {
        int parts = e.table().partNames.length;
        for (int m : template.meaning()) {
            if (m >= 0 && m < parts && e.partEntry(m) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Renders an alias template: {@code initials} and {@code noun} as named, a name part as the entry
     * the canonical name used (else a fresh draw from its list), an attribute as the entity's value.
     */
    private static String render(KindTable.AliasTemplate template, Entity e, Xoshiro256 rng, StringBuilder out) {
        TemplateParts t = template.parts();
        int[] meaning = template.meaning();
        KindTable kt = e.table();
        int parts = kt.partNames.length;
        out.setLength(0);
        for (int i = 0; i < meaning.length; i++) {
            out.append(t.literal(i));
            int m = meaning[i];
            if (m == KindTable.INITIALS) {
                out.append(e.initials());
            } else if (m == KindTable.NOUN) {
                out.append(kt.kind.singular());
            } else if (m >= 0 && m < parts) {
                String kept = e.partEntry(m);
                out.append(kept != null ? kept : rng.pick(kt.entries(m)));
            } else if (m >= parts) {
                String value = e.valueAt(m - parts);
                if (value != null) {
                    out.append(value);
                }
            }
        }
        return out.append(t.literal(meaning.length)).toString();
    }

    /** The attribute ids the alias spells out: the template's attribute placeholders that have a value. */
    private static List<String> embeds(KindTable.AliasTemplate template, Entity e) {
        int[] at = template.embeddedAt();
        boolean all = true;
        for (int a : at) {
            all &= e.valueAt(a) != null;
        }
        if (all) {
            return template.embeds();
        }
        List<String> out = new ArrayList<>(at.length);
        for (int i = 0; i < at.length; i++) {
            if (e.valueAt(at[i]) != null) {
                out.add(template.embeds().get(i));
            }
        }
        return out;
    }

    /**
     * @param name a canonical name
     * @return the first letter of each capitalised word, {@code &} kept
     */
    public static String initials(String name) {
        int length = name.length();
        // A word's first code point is never longer than the word: the initials fit in the name's length.
        char[] out = new char[length];
        int n = 0;
        int i = 0;
        while (i < length) {
            while (i < length && isWhitespace(name.charAt(i))) {
                i++;
            }
            if (i >= length) {
                break;
            }
            char c = name.charAt(i);
            if (c < 0x80) {
                if (c == '&' || (c >= 'A' && c <= 'Z')) {
                    out[n++] = c;
                }
            } else {
                int cp = name.codePointAt(i);
                if (Character.isUpperCase(cp)) {
                    n += Character.toChars(cp, out, n);
                }
            }
            while (i < length && !isWhitespace(name.charAt(i))) {
                i++;
            }
        }
        return new String(out, 0, n);
    }

    /** {@link Character#isWhitespace(char)}, answered without its tables for ASCII. */
    private static boolean isWhitespace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c);
    }

    /** {@link String#isBlank()}, answered at the first character for the usual text. */
    private static boolean isBlank(String text) {
        if (!text.isEmpty()) {
            char c = text.charAt(0);
            if (c < 0x80 && !isWhitespace(c)) {
                return false;
            }
        }
        return text.isBlank();
    }
}
