package io.dacr.generator.internal.layout;

import io.dacr.api.GenerationException;
import io.dacr.api.GroundedMention;
import io.dacr.api.GroundingIndex;
import io.dacr.api.Trap;
import io.dacr.api.internal.Checks;
import io.dacr.generator.internal.spec.Settings;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.random.SeedDerivation;
import io.dacr.generator.internal.random.Xoshiro256;
import io.dacr.generator.internal.world.Alias;
import io.dacr.generator.internal.world.Entity;
import io.dacr.generator.internal.world.World;
import io.dacr.generator.internal.world.WorldFact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * Lays the world and its traps out as a document: which sentence states what, under which name and
 * surface form, in which paragraph. Rules: every paragraph has a sentence or room for filler; the
 * two statements of a superseded, preliminary or correction-first trap come in the order the trap
 * needs; an entity's grounded facts span at least two non-adjacent paragraphs; every alias is
 * introduced in the sentence before its first use (or somewhere, if never used). Uses the
 * {@code layout} stream; a layout that breaks a rule is re-drawn with the next draw counter.
 */
public final class LayoutPlanner {

    private static final int MAX_DRAWS = 16;

    /** Each cue class's name in lower case, as the recorded cue starts with it. */
    private static final String[] CUE_NAMES = new String[Cue.values().length];

    static {
        for (Cue c : Cue.values()) {
            CUE_NAMES[c.ordinal()] = c.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private LayoutPlanner() {
    }

    /**
     * @param world the world
     * @param plans the traps
     * @param settings sizes
     * @param seeds the item's seeds
     * @return the layout
     * @throws GenerationException if no layout meets the rules
     */
    public static Layout plan(World world, List<TrapPlan> plans, Settings settings, SeedDerivation seeds) {
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            Layout layout = tryPlan(world, plans, settings, seeds.stream("layout", draw), seeds.stream("cues", draw));
            if (layout != null) {
                return layout;
            }
        }
        throw new GenerationException("could not lay out " + settings.paragraphs() + " paragraphs for pack '"
                + world.pack().id() + "' in " + MAX_DRAWS + " draws");
    }

    private static Layout tryPlan(World world, List<TrapPlan> plans, Settings settings, Xoshiro256 rng, Xoshiro256 cues) {
        DomainPack pack = world.pack();
        int density = settings.aliasDensity();
        List<WorldFact> facts = world.facts();
        // For each fact (by position), the index of the plan that traps it, or -1.
        int[] trapped = new int[facts.size()];
        Arrays.fill(trapped, -1);
        for (int i = 0; i < plans.size(); i++) {
            int at = positionOf(facts, plans.get(i).fact());
            if (at >= 0) {
                trapped[at] = i;
            }
        }
        List<Unit> units = new ArrayList<>(facts.size() * 2 + plans.size() * 3);
        List<Unit[]> ordered = new ArrayList<>(plans.size());
        // For each plan (by index), its units.
        List<List<Unit>> trapUnits = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            trapUnits.add(null);
        }
        for (int at = 0, factCount = facts.size(); at < factCount; at++) {
            WorldFact f = facts.get(at);
            int planIndex = trapped[at];
            if (planIndex < 0) {
                Unit once = statement(f, Surfaces.subjectName(f.subject(), f.attributeId(), density, rng), correctText(f, density, rng), true);
                once.factPosition = at;
                units.add(once);
                // Some facts are stated twice, consistently (often in another surface form): not a conflict.
                if (rng.chance(1, 4)) {
                    Unit twice = statement(f, Surfaces.subjectName(f.subject(), f.attributeId(), density, rng), correctText(f, density, rng), true);
                    twice.factPosition = at;
                    units.add(twice);
                }
                continue;
            }
            TrapPlan trap = plans.get(planIndex);
            List<Unit> own = new ArrayList<>(4);
            String wrong = wrongText(trap, density, rng);
            String right = correctText(f, density, rng);
            // Generator v5: every trap is compound. Besides the statements its kind needs, the wrong
            // value opens the fact (under the canonical name) and closes it, and the true value is
            // stated once, under an alias unlike the name: a reader that believes the first, the
            // last or the most frequent statement, or reads names only, reads the wrong value
            // whatever the kind; only the authority cues tell the values apart.
            String truthName = unlikeAlias(f, rng).text();
            Unit[] chain;
            switch (trap.kind()) {
                case SUPERSEDED -> {
                    Unit early = statement(f, f.subject().canonical(), wrong, false);
                    Unit late = wrapped(cues, f, Cue.CORRECTION, pack, truthName, right, true, wrong);
                    Unit tail = echo(cues, f, pack, density, rng, wrong);
                    chain = new Unit[] {early, late, tail};
                }
                case PRELIMINARY -> {
                    Unit early = wrapped(cues, f, Cue.PRELIMINARY, pack, f.subject().canonical(), wrong, false, null);
                    Unit late = wrapped(cues, f, Cue.FINAL, pack, truthName, right, true, null);
                    Unit tail = echo(cues, f, pack, density, rng, wrong);
                    chain = new Unit[] {early, late, tail};
                }
                case CORRECTION_FIRST -> {
                    Unit lead = lead(cues, f, pack, wrong);
                    Unit early = wrapped(cues, f, Cue.CORRECTION, pack, truthName, right, true, wrong);
                    Unit late = wrapped(cues, f, Cue.PRELIMINARY, pack, Surfaces.subjectName(f.subject(), f.attributeId(), density, rng), wrong, false, null);
                    chain = new Unit[] {lead, early, late};
                }
                case HEARSAY -> {
                    Unit lead = wrapped(cues, f, Cue.HEARSAY, pack, f.subject().canonical(), wrong, false, null);
                    Unit truth = wrapped(cues, f, Cue.FINAL, pack, truthName, right, true, null);
                    Unit tail = echo(cues, f, pack, density, rng, wrong);
                    chain = new Unit[] {lead, truth, tail};
                }
                case COUNTERFACTUAL -> {
                    Unit lead = lead(cues, f, pack, wrong);
                    Unit truth = statement(f, truthName, right, true);
                    int t = cues.nextInt(pack.cues().hypothetical().size());
                    Unit hypothetical = new Unit(Unit.Kind.HYPOTHETICAL, Cue.HYPOTHETICAL, t, f, f.subject(),
                            Surfaces.subjectName(f.subject(), f.attributeId(), density, rng), wrong, false, null, null);
                    Unit tail = echo(cues, f, pack, density, rng, wrong);
                    // After the true statement: a reader that keeps the last value it saw keeps the hypothetical one.
                    chain = new Unit[] {lead, truth, hypothetical, tail};
                }
                case NEAR_MISS_NAME -> {
                    Unit lead = lead(cues, f, pack, wrong);
                    Unit truth = statement(f, truthName, right, true);
                    Unit stranger = new Unit(Unit.Kind.STATEMENT, null, 0, f, null, trap.nearMissName(), wrong, false, null, null);
                    Unit tail = echo(cues, f, pack, density, rng, wrong);
                    // After the true statement: a reader that files it under the name it contains overwrites the truth.
                    chain = new Unit[] {lead, truth, stranger, tail};
                }
                case ALIAS_ONLY -> {
                    // The fact under an alias unlike the name; the name itself carries only hearsay of the
                    // wrong value, which a reader who knows the alias outranks and a name-only reader believes.
                    Unit lead = lead(cues, f, pack, wrong);
                    Unit truth = statement(f, truthName, right, true);
                    Unit tail = wrapped(cues, f, Cue.HEARSAY, pack, f.subject().canonical(), wrong, false, null);
                    chain = new Unit[] {lead, truth, tail};
                }
                default -> throw new IllegalStateException(trap.kind().name());
            }
            for (Unit u : chain) {
                u.chained = true;
                own.add(u);
            }
            ordered.add(chain);
            if (trap.kind() == io.dacr.api.TrapKind.HEARSAY && rng.chance(1, 2)) {
                // An extra rumour, outside the chain: it may go anywhere.
                own.add(echo(cues, f, pack, density, rng, wrong));
            }
            for (Unit u : own) {
                u.factPosition = at;
            }
            units.addAll(own);
            trapUnits.set(planIndex, own);
        }
        int paragraphs = settings.paragraphs();
        if (units.size() < paragraphs && pack.lexicon().fillerSentences().isEmpty()) {
            throw new GenerationException("pack '" + pack.id() + "' has no filler sentences and states only "
                    + units.size() + " facts, too few for " + paragraphs + " paragraphs");
        }
        rng.shuffle(units);
        int n = units.size();
        for (int i = 0; i < n; i++) {
            // Spread evenly: with at least as many units as paragraphs, every paragraph gets one.
            units.get(i).place((int) ((long) i * paragraphs / n), i);
        }
        for (Unit[] chain : ordered) {
            order(chain);
        }
        if (!disperse(world, units, paragraphs)) {
            return null;
        }
        // Alias introductions are wording: nothing in the key depends on them (they state no fact, and
        // they never tie with a statement's place), so they are placed only when the prose asks, from
        // the layout stream as this point leaves it (nothing else draws from it).
        List<Unit> statements = sortByPosition(units, paragraphs);
        return finish(facts, paragraphs, statements, plans, trapUnits, pack, new Introductions(world, statements, paragraphs, rng));
    }

    /** Places the alias introductions among the statements when the prose first asks for every unit. */
    private static final class Introductions implements java.util.function.Supplier<List<Unit>> {

        private final World world;
        private final List<Unit> statements;
        private final int paragraphs;
        private final Xoshiro256 rng;

        Introductions(World world, List<Unit> statements, int paragraphs, Xoshiro256 rng) {
            this.world = world;
            this.statements = statements;
            this.paragraphs = paragraphs;
            this.rng = rng;
        }

        @Override
        public List<Unit> get() {
            return withIntroductions(world, statements, paragraphs, rng);
        }
    }

    /**
     * @return the position of {@code fact} (by identity) in {@code facts}, or -1: found at once where
     *     the world numbers its facts {@code f1}, {@code f2}, … in list order, else by a scan
     */
    static int positionOf(List<WorldFact> facts, WorldFact fact) {
        int n = numberOf(fact.id());
        if (n >= 1 && n <= facts.size() && facts.get(n - 1) == fact) {
            return n - 1;
        }
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) == fact) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the position in {@code facts} of the first fact with id {@code id}, or -1: found at once
     *     where the world numbers its facts {@code f1}, {@code f2}, … in list order, else by a scan
     */
    static int positionOfId(List<WorldFact> facts, String id) {
        int n = numberOf(id);
        if (n >= 1 && n <= facts.size() && facts.get(n - 1).id().equals(id)) {
            // Fact ids are unique in a world: no earlier fact has it.
            return n - 1;
        }
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** @return n for an id {@code f<n>} (n without leading zeros, at most nine digits), else -1 */
    private static int numberOf(String id) {
        return Checks.idNumber(id, "f");
    }

    private static boolean after(Unit a, Unit b) {
        return a.paragraph() > b.paragraph() || (a.paragraph() == b.paragraph() && a.rank() > b.rank());
    }

    /** Gives the chain's units their own places, sorted, in chain order. */
    private static void order(Unit[] chain) {
        int n = chain.length;
        int[] paragraphs = new int[n];
        double[] ranks = new double[n];
        // Insertion sort of the (paragraph, rank) places: chains have three or four units.
        for (int i = 0; i < n; i++) {
            int p = chain[i].paragraph();
            double r = chain[i].rank();
            int j = i;
            while (j > 0 && (paragraphs[j - 1] > p || (paragraphs[j - 1] == p && Double.compare(ranks[j - 1], r) > 0))) {
                paragraphs[j] = paragraphs[j - 1];
                ranks[j] = ranks[j - 1];
                j--;
            }
            paragraphs[j] = p;
            ranks[j] = r;
        }
        for (int i = 0; i < n; i++) {
            chain[i].place(paragraphs[i], ranks[i]);
        }
    }

    private static void swap(Unit a, Unit b) {
        int p = a.paragraph();
        double r = a.rank();
        a.place(b.paragraph(), b.rank());
        b.place(p, r);
    }

    /** Moves one grounded statement of each entity whose grounded statements crowd one or two adjacent paragraphs. */
    private static boolean disperse(World world, List<Unit> units, int paragraphs) {
        if (paragraphs < 3) {
            return false;
        }
        // Each entity's grounded statements in list order. Moving swaps places, never list positions
        // or what a unit states, so these stay the same through every pass.
        List<Entity> entities = world.entities();
        Unit[][] bySubject = groundedBySubject(entities, units);
        for (int pass = 0; pass < 4; pass++) {
            boolean moved = false;
            for (Entity e : entities) {
                Unit[] own = bySubject[e.index()];
                if (own.length < 2 || spread(own) >= 2) {
                    continue;
                }
                Unit mover = own[own.length - 1];
                int target = (mover.paragraph() + paragraphs / 2) % paragraphs;
                Unit partner = null;
                for (int i = 0, n = units.size(); i < n; i++) {
                    Unit u = units.get(i);
                    if (u.paragraph() == target && u.subject() != e && !u.chained) {
                        partner = u;
                        break;
                    }
                }
                if (partner == null || mover.chained) {
                    return false;
                }
                swap(mover, partner);
                moved = true;
            }
            if (!moved) {
                return true;
            }
        }
        for (Entity e : entities) {
            Unit[] own = bySubject[e.index()];
            if (own.length >= 2 && spread(own) < 2) {
                return false;
            }
        }
        return true;
    }

    /** For each entity (by {@link Entity#index}), its grounded statements in list order. */
    private static Unit[][] groundedBySubject(List<Entity> entities, List<Unit> units) {
        int[] counts = new int[entities.size()];
        for (int i = 0, n = units.size(); i < n; i++) {
            Unit u = units.get(i);
            if (u.grounded() && u.subject() != null) {
                counts[u.subject().index()]++;
            }
        }
        Unit[][] out = new Unit[counts.length][];
        for (int e = 0; e < counts.length; e++) {
            out[e] = new Unit[counts[e]];
            counts[e] = 0;
        }
        for (int i = 0, n = units.size(); i < n; i++) {
            Unit u = units.get(i);
            if (u.grounded() && u.subject() != null) {
                int e = u.subject().index();
                out[e][counts[e]++] = u;
            }
        }
        return out;
    }

    private static int spread(Unit[] own) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Unit u : own) {
            min = Math.min(min, u.paragraph());
            max = Math.max(max, u.paragraph());
        }
        return max - min;
    }

    /**
     * Sorts by paragraph, then rank, stably (what {@code List.sort} with that order gives): a counting
     * sort by paragraph, then an insertion sort by rank within each paragraph, which holds a handful.
     *
     * @param units the units, each placed in a paragraph below {@code paragraphs}
     * @param paragraphs the number of paragraphs
     * @return the units in document order, unmodifiable
     */
    static List<Unit> sortByPosition(List<Unit> units, int paragraphs) {
        int[] start = new int[paragraphs + 1];
        for (int i = 0, n = units.size(); i < n; i++) {
            start[units.get(i).paragraph() + 1]++;
        }
        for (int p = 0; p < paragraphs; p++) {
            start[p + 1] += start[p];
        }
        Unit[] out = new Unit[units.size()];
        int[] next = start.clone();
        for (int i = 0, n = units.size(); i < n; i++) {
            Unit u = units.get(i);
            out[next[u.paragraph()]++] = u;
        }
        for (int p = 0; p < paragraphs; p++) {
            for (int i = start[p] + 1; i < start[p + 1]; i++) {
                Unit u = out[i];
                double r = u.rank();
                int j = i;
                while (j > start[p] && Double.compare(out[j - 1].rank(), r) > 0) {
                    out[j] = out[j - 1];
                    j--;
                }
                out[j] = u;
            }
        }
        return java.util.Collections.unmodifiableList(Arrays.asList(out));
    }

    /**
     * @param world the world
     * @param statements every unit but the introductions, in document order
     * @param paragraphs the number of paragraphs
     * @param rng the layout stream, as the layout left it
     * @return the statements and the alias introductions, in document order
     */
    private static List<Unit> withIntroductions(World world, List<Unit> statements, int paragraphs, Xoshiro256 rng) {
        // The statements in document order rather than in the planner's list order: the first uses
        // cannot tell the difference (statements never share a place).
        List<Unit> intros = introduceAliases(world, statements, paragraphs, rng);
        // What a stable sort of statements-then-introductions gives: a merge of the two sorted runs,
        // statements first on a tie (introductions never take a statement's place anyway).
        List<Unit> sortedIntros = sortByPosition(intros, paragraphs);
        Unit[] all = new Unit[statements.size() + intros.size()];
        int i = 0;
        int j = 0;
        for (int k = 0; k < all.length; k++) {
            if (j == sortedIntros.size() || (i < statements.size() && !after(statements.get(i), sortedIntros.get(j)))) {
                all[k] = statements.get(i++);
            } else {
                all[k] = sortedIntros.get(j++);
            }
        }
        return java.util.Collections.unmodifiableList(Arrays.asList(all));
    }

    /**
     * Places each alias's introduction right before its first use, or anywhere if it is never used.
     *
     * @return the introductions, in the order they were made
     */
    private static List<Unit> introduceAliases(World world, List<Unit> units, int paragraphs, Xoshiro256 rng) {
        // Alias texts are unique in a world (the sampler refuses clashes), so each names one slot.
        Map<String, Integer> slots = new HashMap<>();
        boolean aliasDigits = false;
        for (Entity e : world.entities()) {
            for (Alias alias : e.aliases()) {
                slots.put(alias.text(), slots.size());
                aliasDigits |= hasDigit(alias.text());
            }
        }
        Unit[] firstUse = firstUses(units, slots, aliasDigits);
        List<Unit> intros = new ArrayList<>(slots.size());
        int slot = 0;
        for (Entity e : world.entities()) {
            for (Alias alias : e.aliases()) {
                Unit first = firstUse[slot++];
                // Which introduction sentence is wording, chosen by the prose stage.
                Unit intro = new Unit(Unit.Kind.INTRO, null, 0, null, e, e.canonical(), alias.text(), false, null, alias);
                if (first != null) {
                    intro.place(first.paragraph(), first.rank() - 0.5 + intros.size() * 1e-6);
                } else {
                    intro.place(rng.nextInt(paragraphs), rng.nextInt(1000) - 0.25);
                }
                intros.add(intro);
            }
        }
        return intros;
    }

    /**
     * The earliest unit that uses each alias (see {@link Unit#uses}), ties to the first in list order,
     * in one pass over the units.
     *
     * @param aliasDigits whether some alias has a digit: if none has, a text with a digit (every
     *     number as written) names no alias and is not looked up
     */
    private static Unit[] firstUses(List<Unit> units, Map<String, Integer> slots, boolean aliasDigits) {
        Unit[] first = new Unit[slots.size()];
        for (int i = 0, n = units.size(); i < n; i++) {
            Unit u = units.get(i);
            // Names are looked up whatever they hold: they are rarely numbers.
            noteUse(first, slots, u.subjectName(), u, true);
            if (u.kind() != Unit.Kind.INTRO) {
                noteUse(first, slots, u.valueText(), u, aliasDigits);
                // A correction cue names the value it corrects ({previousValue}): when that is an
                // entity's alias, it must be introduced by then too (generator v1 missed this).
                noteUse(first, slots, u.previousValue(), u, aliasDigits);
            }
        }
        return first;
    }

    private static void noteUse(Unit[] first, Map<String, Integer> slots, String name, Unit u, boolean aliasDigits) {
        if (name == null || (!aliasDigits && hasDigit(name))) {
            return;
        }
        Integer slot = slots.get(name);
        if (slot != null && (first[slot] == null || after(first[slot], u))) {
            first[slot] = u;
        }
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static Layout finish(List<WorldFact> facts, int paragraphs, List<Unit> statements, List<TrapPlan> plans,
                                 List<List<Unit>> trapUnits, DomainPack pack, java.util.function.Supplier<List<Unit>> units) {
        List<GroundedMention> mentions = new ArrayList<>(statements.size());
        // For each fact (by position), the first paragraph that states its correct value.
        String[] citation = new String[facts.size()];
        for (int i = 0, n = statements.size(); i < n; i++) {
            Unit u = statements.get(i);
            if (u.grounded()) {
                String pid = ParagraphIds.of(u.paragraph() + 1);
                mentions.add(new GroundedMention(pid, u.fact().id(), u.subjectName(), u.valueText()));
                int at = u.factPosition >= 0 ? u.factPosition : positionOf(facts, u.fact());
                if (citation[at] == null) {
                    citation[at] = pid;
                }
            }
        }
        List<Trap> traps = new ArrayList<>(plans.size());
        for (int t = 0; t < plans.size(); t++) {
            TrapPlan p = plans.get(t);
            List<Unit> own = trapUnits.get(t);
            traps.add(new Trap(p.id(), p.kind(), p.fact().id(), p.fact().fact().value(), p.wrongValue(),
                    paragraphIds(own), cue(p, own, pack)));
        }
        return new Layout(paragraphs, statements, List.copyOf(traps), plans, new GroundingIndex(mentions),
                new Citations(facts, citation), units);
    }

    /** @return the ids of the paragraphs the units stand in, in document order, each once */
    private static List<String> paragraphIds(List<Unit> own) {
        int n = own.size();
        int[] numbers = new int[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = own.get(i).paragraph();
        }
        Arrays.sort(numbers);
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i == 0 || numbers[i] != numbers[i - 1]) {
                ids.add(ParagraphIds.of(numbers[i] + 1));
            }
        }
        return ids;
    }

    /**
     * What resolves the trap, in the words the document shows: for cue-wrapped and hypothetical
     * sentences the cue as rendered ({@code …} where the wrapped statement stands), prefixed by its
     * class.
     */
    private static String cue(TrapPlan p, List<Unit> own, DomainPack pack) {
        StringBuilder cue = new StringBuilder();
        switch (p.kind()) {
            case NEAR_MISS_NAME -> cue.append("a different, similarly named entity: ").append(p.nearMissName());
            case ALIAS_ONLY -> cue.append("stated only under the alias ").append(truth(own).subjectName())
                    .append("; under its own name only as hearsay");
            case HEARSAY -> cue.append("an unreliable source repeats the wrong value ").append(own.size() - 1)
                    .append(" times; the authoritative source: ");
            default -> {
            }
        }
        boolean first = true;
        for (Unit u : own) {
            if (u.cue() != null && (u.grounded() || u.cue() == Cue.HYPOTHETICAL)) {
                if (!first) {
                    cue.append("; ");
                }
                first = false;
                cue.append(CUE_NAMES[u.cue().ordinal()]).append(": ");
                CueWords.append(pack, u, cue);
            }
        }
        return cue.toString();
    }

    /**
     * @param pack the pack
     * @param cue a cue class
     * @return its templates
     */
    public static List<io.dacr.generator.internal.pack.Template> templates(DomainPack pack, Cue cue) {
        return switch (cue) {
            case FINAL -> pack.cues().finalCues();
            case CORRECTION -> pack.cues().correction();
            case PRELIMINARY -> pack.cues().preliminary();
            case HEARSAY -> pack.cues().hearsay();
            case HYPOTHETICAL -> pack.cues().hypothetical();
        };
    }

    /**
     * Picks one of the fitting aliases that share no first word with the canonical name and do not
     * contain it, so that a fuzzy name matcher cannot tie them back to it; one of all fitting aliases
     * when none is unlike it. Draws what {@code rng.pick} of that list draws.
     *
     * <p>An alias whose first word (lower case) equals the name's first word contains it, so "does
     * not contain the name's first word" alone decides.
     */
    static Alias unlikeAlias(WorldFact f, Xoshiro256 rng) {
        Entity subject = f.subject();
        List<Alias> all = subject.aliases();
        String attributeId = f.attributeId();
        String first = firstWord(subject.canonical().toLowerCase(java.util.Locale.ROOT));
        boolean firstAscii = isAscii(first);
        // Bit i: alias i fits; alias i fits and is unlike the name (entities have a handful of aliases).
        long fitting = 0;
        long unlike = 0;
        for (int i = 0; i < all.size(); i++) {
            Alias a = all.get(i);
            if (a.fitsStatementOf(attributeId)) {
                long bit = i < 64 ? 1L << i : 0;
                if (bit == 0) {
                    return unlikeAliasOfMany(all, attributeId, first, rng);
                }
                fitting |= bit;
                if (!containsLowerCase(a.text(), first, firstAscii)) {
                    unlike |= bit;
                }
            }
        }
        long pool = unlike != 0 ? unlike : fitting;
        if (pool == 0) {
            throw new IllegalArgumentException("cannot pick from an empty list");
        }
        int k = rng.nextInt(Long.bitCount(pool));
        for (int i = 0; i < k; i++) {
            pool &= pool - 1;
        }
        return all.get(Long.numberOfTrailingZeros(pool));
    }

    /** {@link #unlikeAlias} for an entity with more than 64 aliases, with lists. */
    private static Alias unlikeAliasOfMany(List<Alias> all, String attributeId, String first, Xoshiro256 rng) {
        List<Alias> fitting = new ArrayList<>();
        List<Alias> unlike = new ArrayList<>();
        for (Alias a : all) {
            if (a.fitsStatementOf(attributeId)) {
                fitting.add(a);
                if (!containsLowerCase(a.text(), first)) {
                    unlike.add(a);
                }
            }
        }
        return rng.pick(unlike.isEmpty() ? fitting : unlike);
    }

    /** @return {@code text.split(" ")[0]} */
    static String firstWord(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return text;
        }
        if (space == 0 && text.chars().allMatch(c -> c == ' ')) {
            // Only spaces: split leaves no word at all (as String.split would fail on [0]).
            throw new ArrayIndexOutOfBoundsException("no first word in '" + text + "'");
        }
        return text.substring(0, space);
    }

    /**
     * @return {@code text.toLowerCase(Locale.ROOT).contains(part)}, without lower-casing when both are
     *     ASCII (where ignoring case is exactly lower-casing)
     */
    static boolean containsLowerCase(String text, String part) {
        return containsLowerCase(text, part, isAscii(part));
    }

    private static boolean containsLowerCase(String text, String part, boolean partAscii) {
        if (!partAscii || !isAscii(text)) {
            return text.toLowerCase(java.util.Locale.ROOT).contains(part);
        }
        int n = part.length();
        for (int from = 0; from + n <= text.length(); from++) {
            int i = 0;
            while (i < n && lowerAscii(text.charAt(from + i)) == part.charAt(i)) {
                i++;
            }
            if (i == n) {
                return true;
            }
        }
        return false;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Unit statement(WorldFact f, String name, String value, boolean grounded) {
        return new Unit(Unit.Kind.STATEMENT, null, 0, f, f.subject(), name, value, grounded, null, null);
    }

    private static Unit truth(List<Unit> own) {
        for (Unit u : own) {
            if (u.grounded()) {
                return u;
            }
        }
        throw new IllegalStateException("a trap without its true statement");
    }

    /** The wrong value first, under the canonical name, as an estimate or a rumour. */
    private static Unit lead(Xoshiro256 cues, WorldFact f, DomainPack pack, String wrong) {
        Cue cue = cues.chance(1, 2) ? Cue.PRELIMINARY : Cue.HEARSAY;
        return wrapped(cues, f, cue, pack, f.subject().canonical(), wrong, false, null);
    }

    /** The wrong value again, as a rumour, under any of the entity's names. */
    private static Unit echo(Xoshiro256 cues, WorldFact f, DomainPack pack, int density, Xoshiro256 rng, String wrong) {
        return wrapped(cues, f, Cue.HEARSAY, pack, Surfaces.subjectName(f.subject(), f.attributeId(), density, rng), wrong,
                false, null);
    }

    private static Unit wrapped(Xoshiro256 cues, WorldFact f, Cue cue, DomainPack pack, String name, String value,
                                boolean grounded, String previous) {
        int t = cues.nextInt(templates(pack, cue).size());
        return new Unit(Unit.Kind.WRAPPED, cue, t, f, f.subject(), name, value, grounded, previous, null);
    }

    private static String correctText(WorldFact f, int density, Xoshiro256 rng) {
        if (f.target() != null) {
            return Surfaces.name(f.target(), density, rng);
        }
        if (f.number() != null) {
            return Surfaces.number(f.attribute().number(), f.number(), rng);
        }
        return f.fact().value();
    }

    private static String wrongText(TrapPlan p, int density, Xoshiro256 rng) {
        if (p.wrongEntity() != null) {
            return Surfaces.name(p.wrongEntity(), density, rng);
        }
        if (p.wrongNumber() != null) {
            BigDecimal w = p.wrongNumber();
            return Surfaces.number(p.fact().attribute().number(), w, rng);
        }
        return p.fact().fact().value().equals(p.wrongValue()) ? null : p.wrongValue();
    }
}
