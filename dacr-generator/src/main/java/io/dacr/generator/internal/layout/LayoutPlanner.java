package io.dacr.generator.internal.layout;

import io.dacr.api.GenerationException;
import io.dacr.api.GroundedMention;
import io.dacr.api.GroundingIndex;
import io.dacr.api.Trap;
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
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.TreeSet;

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

    /** Paragraph, then rank: what {@code comparingInt(Unit::paragraph).thenComparingDouble(Unit::rank)} orders by. */
    private static final Comparator<Unit> BY_POSITION = (a, b) -> a.paragraph() != b.paragraph()
            ? Integer.compare(a.paragraph(), b.paragraph()) : Double.compare(a.rank(), b.rank());

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
        Map<WorldFact, TrapPlan> trapped = new IdentityHashMap<>();
        for (TrapPlan p : plans) {
            trapped.put(p.fact(), p);
        }
        List<Unit> units = new ArrayList<>();
        List<Unit[]> ordered = new ArrayList<>();
        Map<TrapPlan, List<Unit>> trapUnits = new IdentityHashMap<>();
        for (WorldFact f : world.facts()) {
            TrapPlan trap = trapped.get(f);
            if (trap == null) {
                units.add(statement(f, Surfaces.subjectName(f.subject(), f.attributeId(), density, rng), correctText(f, density, rng), true));
                // Some facts are stated twice, consistently (often in another surface form): not a conflict.
                if (rng.chance(1, 4)) {
                    units.add(statement(f, Surfaces.subjectName(f.subject(), f.attributeId(), density, rng), correctText(f, density, rng), true));
                }
                continue;
            }
            List<Unit> own = new ArrayList<>();
            String wrong = wrongText(trap, density, rng);
            String right = correctText(f, density, rng);
            // Generator v5: every trap is compound. Besides the statements its kind needs, the wrong
            // value opens the fact (under the canonical name) and closes it, and the true value is
            // stated once, under an alias unlike the name: a reader that believes the first, the
            // last or the most frequent statement, or reads names only, reads the wrong value
            // whatever the kind; only the authority cues tell the values apart.
            String truthName = rng.pick(unlikeAliases(f)).text();
            switch (trap.kind()) {
                case SUPERSEDED -> {
                    Unit early = statement(f, f.subject().canonical(), wrong, false);
                    Unit late = wrapped(cues, f, Cue.CORRECTION, pack, truthName, right, true, wrong);
                    Unit tail = echo(cues, f, pack, density, rng, wrong);
                    own.addAll(List.of(early, late, tail));
                    ordered.add(new Unit[] {early, late, tail});
                }
                case PRELIMINARY -> {
                    Unit early = wrapped(cues, f, Cue.PRELIMINARY, pack, f.subject().canonical(), wrong, false, null);
                    Unit late = wrapped(cues, f, Cue.FINAL, pack, truthName, right, true, null);
                    Unit tail = echo(cues, f, pack, density, rng, wrong);
                    own.addAll(List.of(early, late, tail));
                    ordered.add(new Unit[] {early, late, tail});
                }
                case CORRECTION_FIRST -> {
                    Unit lead = lead(cues, f, pack, wrong);
                    Unit early = wrapped(cues, f, Cue.CORRECTION, pack, truthName, right, true, wrong);
                    Unit late = wrapped(cues, f, Cue.PRELIMINARY, pack, Surfaces.subjectName(f.subject(), f.attributeId(), density, rng), wrong, false, null);
                    own.addAll(List.of(lead, early, late));
                    ordered.add(new Unit[] {lead, early, late});
                }
                case HEARSAY -> {
                    Unit lead = wrapped(cues, f, Cue.HEARSAY, pack, f.subject().canonical(), wrong, false, null);
                    Unit truth = wrapped(cues, f, Cue.FINAL, pack, truthName, right, true, null);
                    Unit tail = echo(cues, f, pack, density, rng, wrong);
                    own.addAll(List.of(lead, truth, tail));
                    ordered.add(new Unit[] {lead, truth, tail});
                    if (rng.chance(1, 2)) {
                        own.add(echo(cues, f, pack, density, rng, wrong));
                    }
                }
                case COUNTERFACTUAL -> {
                    Unit lead = lead(cues, f, pack, wrong);
                    Unit truth = statement(f, truthName, right, true);
                    int t = cues.nextInt(pack.cues().hypothetical().size());
                    Unit hypothetical = new Unit(Unit.Kind.HYPOTHETICAL, Cue.HYPOTHETICAL, t, f, f.subject(),
                            Surfaces.subjectName(f.subject(), f.attributeId(), density, rng), wrong, false, null, null);
                    Unit tail = echo(cues, f, pack, density, rng, wrong);
                    own.addAll(List.of(lead, truth, hypothetical, tail));
                    // After the true statement: a reader that keeps the last value it saw keeps the hypothetical one.
                    ordered.add(new Unit[] {lead, truth, hypothetical, tail});
                }
                case NEAR_MISS_NAME -> {
                    Unit lead = lead(cues, f, pack, wrong);
                    Unit truth = statement(f, truthName, right, true);
                    Unit stranger = new Unit(Unit.Kind.STATEMENT, null, 0, f, null, trap.nearMissName(), wrong, false, null, null);
                    Unit tail = echo(cues, f, pack, density, rng, wrong);
                    own.addAll(List.of(lead, truth, stranger, tail));
                    // After the true statement: a reader that files it under the name it contains overwrites the truth.
                    ordered.add(new Unit[] {lead, truth, stranger, tail});
                }
                case ALIAS_ONLY -> {
                    // The fact under an alias unlike the name; the name itself carries only hearsay of the
                    // wrong value, which a reader who knows the alias outranks and a name-only reader believes.
                    Unit lead = lead(cues, f, pack, wrong);
                    Unit truth = statement(f, truthName, right, true);
                    Unit tail = wrapped(cues, f, Cue.HEARSAY, pack, f.subject().canonical(), wrong, false, null);
                    own.addAll(List.of(lead, truth, tail));
                    ordered.add(new Unit[] {lead, truth, tail});
                }
                default -> throw new IllegalStateException(trap.kind().name());
            }
            units.addAll(own);
            trapUnits.put(trap, own);
        }
        int paragraphs = settings.paragraphs();
        if (units.size() < paragraphs && pack.lexicon().fillerSentences().isEmpty()) {
            throw new GenerationException("pack '" + pack.id() + "' has no filler sentences and states only "
                    + units.size() + " facts, too few for " + paragraphs + " paragraphs");
        }
        rng.shuffle(units);
        for (int i = 0; i < units.size(); i++) {
            // Spread evenly: with at least as many units as paragraphs, every paragraph gets one.
            units.get(i).place((int) ((long) i * paragraphs / units.size()), i);
        }
        for (Unit[] chain : ordered) {
            order(chain);
        }
        if (!disperse(world, units, ordered, paragraphs, rng)) {
            return null;
        }
        introduceAliases(world, units, paragraphs, pack, rng);
        units.sort(BY_POSITION);
        return finish(world, paragraphs, units, plans, trapUnits, pack);
    }

    private static boolean after(Unit a, Unit b) {
        return a.paragraph() > b.paragraph() || (a.paragraph() == b.paragraph() && a.rank() > b.rank());
    }

    /** Gives the chain's units their own places, sorted, in chain order. */
    private static void order(Unit[] chain) {
        Unit[] byPlace = chain.clone();
        Arrays.sort(byPlace, Comparator.comparingInt(Unit::paragraph).thenComparingDouble(Unit::rank));
        int[] paragraphs = new int[chain.length];
        double[] ranks = new double[chain.length];
        for (int i = 0; i < chain.length; i++) {
            paragraphs[i] = byPlace[i].paragraph();
            ranks[i] = byPlace[i].rank();
        }
        for (int i = 0; i < chain.length; i++) {
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
    private static boolean disperse(World world, List<Unit> units, List<Unit[]> ordered, int paragraphs, Xoshiro256 rng) {
        if (paragraphs < 3) {
            return false;
        }
        for (int pass = 0; pass < 4; pass++) {
            boolean moved = false;
            Map<Entity, List<Unit>> bySubject = groundedBySubject(units);
            for (Entity e : world.entities()) {
                List<Unit> own = bySubject.getOrDefault(e, List.of());
                if (own.size() < 2 || spread(own) >= 2) {
                    continue;
                }
                Unit mover = own.get(own.size() - 1);
                int target = (mover.paragraph() + paragraphs / 2) % paragraphs;
                Unit partner = null;
                for (Unit u : units) {
                    if (u.paragraph() == target && u.subject() != e && !inPair(u, ordered)) {
                        partner = u;
                        break;
                    }
                }
                if (partner == null || inPair(mover, ordered)) {
                    return false;
                }
                swap(mover, partner);
                moved = true;
            }
            if (!moved) {
                return true;
            }
        }
        Map<Entity, List<Unit>> bySubject = groundedBySubject(units);
        for (Entity e : world.entities()) {
            List<Unit> own = bySubject.getOrDefault(e, List.of());
            if (own.size() >= 2 && spread(own) < 2) {
                return false;
            }
        }
        return true;
    }

    /** Only looked up by key, never iterated, so identity order cannot reach the output. */
    private static Map<Entity, List<Unit>> groundedBySubject(List<Unit> units) {
        Map<Entity, List<Unit>> out = new IdentityHashMap<>();
        for (Unit u : units) {
            if (u.grounded() && u.subject() != null) {
                out.computeIfAbsent(u.subject(), k -> new ArrayList<>()).add(u);
            }
        }
        return out;
    }

    private static int spread(List<Unit> own) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Unit u : own) {
            min = Math.min(min, u.paragraph());
            max = Math.max(max, u.paragraph());
        }
        return max - min;
    }

    private static boolean inPair(Unit u, List<Unit[]> ordered) {
        for (Unit[] chain : ordered) {
            for (Unit c : chain) {
                if (c == u) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Puts each alias's introduction right before its first use, or anywhere if it is never used. */
    private static void introduceAliases(World world, List<Unit> units, int paragraphs, DomainPack pack, Xoshiro256 rng) {
        // Alias texts are unique in a world (the sampler refuses clashes), so each names one slot.
        Map<String, Integer> slots = new HashMap<>();
        for (Entity e : world.entities()) {
            for (Alias alias : e.aliases()) {
                slots.put(alias.text(), slots.size());
            }
        }
        Unit[] firstUse = firstUses(units, slots);
        List<Unit> intros = new ArrayList<>();
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
        units.addAll(intros);
    }

    /**
     * The earliest unit that uses each alias (see {@link Unit#uses}), ties to the first in list order,
     * in one pass over the units.
     */
    private static Unit[] firstUses(List<Unit> units, Map<String, Integer> slots) {
        Unit[] first = new Unit[slots.size()];
        for (Unit u : units) {
            noteUse(first, slots, u.subjectName(), u);
            if (u.kind() != Unit.Kind.INTRO) {
                noteUse(first, slots, u.valueText(), u);
                // A correction cue names the value it corrects ({previousValue}): when that is an
                // entity's alias, it must be introduced by then too (generator v1 missed this).
                noteUse(first, slots, u.previousValue(), u);
            }
        }
        return first;
    }

    private static void noteUse(Unit[] first, Map<String, Integer> slots, String name, Unit u) {
        if (name == null) {
            return;
        }
        Integer slot = slots.get(name);
        if (slot != null && (first[slot] == null || after(first[slot], u))) {
            first[slot] = u;
        }
    }

    private static Layout finish(World world, int paragraphs, List<Unit> units, List<TrapPlan> plans,
                                 Map<TrapPlan, List<Unit>> trapUnits, DomainPack pack) {
        String[] ids = new String[paragraphs];
        for (int p = 0; p < paragraphs; p++) {
            ids[p] = ParagraphIds.of(p + 1);
        }
        List<GroundedMention> mentions = new ArrayList<>();
        // Looked up by fact id only, never iterated.
        Map<String, String> citation = new HashMap<>();
        for (Unit u : units) {
            if (u.grounded()) {
                String pid = ids[u.paragraph()];
                mentions.add(new GroundedMention(pid, u.fact().id(), u.subjectName(), u.valueText()));
                citation.putIfAbsent(u.fact().id(), pid);
            }
        }
        List<Trap> traps = new ArrayList<>();
        for (TrapPlan p : plans) {
            TreeSet<Integer> numbers = new TreeSet<>();
            for (Unit u : trapUnits.get(p)) {
                numbers.add(u.paragraph() + 1);
            }
            List<String> trapParagraphs = new ArrayList<>();
            for (int n : numbers) {
                trapParagraphs.add(ids[n - 1]);
            }
            traps.add(new Trap(p.id(), p.kind(), p.fact().id(), p.fact().fact().value(), p.wrongValue(), trapParagraphs,
                    cue(p, trapUnits.get(p), pack)));
        }
        return new Layout(paragraphs, List.copyOf(units), List.copyOf(traps), plans, new GroundingIndex(mentions),
                citation);
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
                cue.append(u.cue().name().toLowerCase(java.util.Locale.ROOT)).append(": ");
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
     * The fitting aliases that share no first word with the canonical name and do not contain it, so
     * that a fuzzy name matcher cannot tie them back to it; all fitting aliases when none is unlike it.
     */
    private static List<Alias> unlikeAliases(WorldFact f) {
        List<Alias> fitting = Surfaces.fittingAliases(f.subject(), f.attributeId());
        String canonical = f.subject().canonical().toLowerCase(java.util.Locale.ROOT);
        String first = canonical.split(" ")[0];
        List<Alias> unlike = new ArrayList<>();
        for (Alias a : fitting) {
            String text = a.text().toLowerCase(java.util.Locale.ROOT);
            if (!text.split(" ")[0].equals(first) && !text.contains(first)) {
                unlike.add(a);
            }
        }
        return unlike.isEmpty() ? fitting : unlike;
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
