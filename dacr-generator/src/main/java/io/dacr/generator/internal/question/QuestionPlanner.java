package io.dacr.generator.internal.question;

import io.dacr.api.AnswerFormat;
import io.dacr.api.GenerationException;
import io.dacr.api.GoldAnswer;
import io.dacr.api.Question;
import io.dacr.api.QuestionCategory;
import io.dacr.api.ReasoningHop;
import io.dacr.api.Tolerance;
import io.dacr.api.internal.CanonicalJson;
import io.dacr.generator.internal.spec.Settings;
import io.dacr.generator.internal.layout.Layout;
import io.dacr.generator.internal.layout.Surfaces;
import io.dacr.generator.internal.layout.TrapPlan;
import io.dacr.generator.internal.pack.Attribute;
import io.dacr.generator.internal.pack.AttributeType;
import io.dacr.generator.internal.pack.EntityKind;
import io.dacr.generator.internal.pack.NumberSpec;
import io.dacr.generator.internal.pack.SurfaceForm;
import io.dacr.generator.internal.random.SeedDerivation;
import io.dacr.generator.internal.random.Xoshiro256;
import io.dacr.generator.internal.world.Alias;
import io.dacr.generator.internal.world.Entity;
import io.dacr.generator.internal.world.World;
import io.dacr.generator.internal.world.WorldFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the questions: every category of {@link QuestionCategory} when there are at least seven,
 * hops 1 to {@code max_hops}, gold chains citing the paragraphs that state each fact. Each candidate
 * passes the generation checks (every hop feeds the answer, argmax/argmin winners and filter
 * thresholds clear a {@value #MARGIN_PERCENT} % margin, no duplicate question) or is re-drawn from
 * the next draw counter of its own stream ({@code questions-<n>}); it is never emitted.
 */
public final class QuestionPlanner {

    /** The margin, in percent of the winner (or threshold), that comparisons must clear. */
    public static final int MARGIN_PERCENT = Choosers.MARGIN_PERCENT;

    private static final int MAX_DRAWS = 48;
    /** How many operand sets a filter question tries within one draw before it is re-drawn. */
    private static final int MAX_FILTER_SETS = 12;
    private static final Set<String> NON_ADDITIVE = Set.of("year", "ratio", "percent");

    private final World world;
    private final Layout layout;
    private final Settings settings;
    /**
     * What was asked, by kind ({@code direct}, {@code bridge}, {@code comparative}, {@code computation},
     * {@code threshold}, {@code filtered}, {@code cross}): the same decisions as one set of
     * {@code kind + ":" + key} texts (no kind contains ':', so a text names its kind), without
     * concatenating a text per look-up, and a kind nothing was asked of answers without building its key.
     * Looked up only, never iterated.
     */
    private final Map<String, Set<String>> asked = new HashMap<>();
    private final Set<String> trapsUsed = new HashSet<>();
    /** Whether a comparison or filter must change its answer under the traps' wrong values. */
    private boolean strict = true;

    /** Each cited fact's paragraph number; looked up by identity only, never iterated. */
    private final Map<WorldFact, Integer> paragraphs = new IdentityHashMap<>();
    /** Each trapped fact's plan; looked up by identity only, never iterated. */
    private final Map<WorldFact, TrapPlan> trapOf = new IdentityHashMap<>();
    /** The trapped facts in trap order (never hash order). */
    private final List<WorldFact> trapped;
    /** For each entity, the links that point at it, in world order; looked up only. */
    private final Map<Entity, List<WorldFact>> incoming = new IdentityHashMap<>();

    private QuestionPlanner(World world, Layout layout, Settings settings) {
        this.world = world;
        this.layout = layout;
        this.settings = settings;
        List<WorldFact> facts = new ArrayList<>();
        for (TrapPlan p : layout.plans()) {
            trapOf.putIfAbsent(p.fact(), p);
            facts.add(p.fact());
        }
        this.trapped = List.copyOf(facts);
        for (WorldFact f : world.facts()) {
            if (f.target() != null && f.subject() != f.target()) {
                incoming.computeIfAbsent(f.target(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /**
     * @param world the world
     * @param layout the layout (citations and traps)
     * @param settings sizes
     * @param seeds the item's seeds
     * @return the questions, ids {@code q1}…
     * @throws GenerationException if a question cannot be built
     */
    public static List<PlannedQuestion> plan(World world, Layout layout, Settings settings, SeedDerivation seeds) {
        return new QuestionPlanner(world, layout, settings).plan(seeds);
    }

    private List<PlannedQuestion> plan(SeedDerivation seeds) {
        Xoshiro256 rng = seeds.stream("questions", 0);
        List<QuestionCategory> all = new ArrayList<>(Arrays.asList(QuestionCategory.values()));
        rng.shuffle(all);
        List<QuestionCategory> categories = new ArrayList<>();
        for (int i = 0; i < settings.questions(); i++) {
            categories.add(i < all.size() ? all.get(i) : rng.pick(all));
        }
        rng.shuffle(categories);
        List<PlannedQuestion> out = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            String id = "q" + (i + 1);
            PlannedQuestion q = null;
            // A category that no draw can build in this world (no bridge ends on a trapped fact) goes
            // straight to the fallback: its draws would all fail, and they consume nothing else.
            for (int draw = possible(categories.get(i)) ? 0 : MAX_DRAWS; draw < MAX_DRAWS && q == null; draw++) {
                // The last quarter of the draws may keep a comparison or filter whose answer the traps
                // leave unchanged, rather than fall back to another category.
                strict = draw < MAX_DRAWS * 3 / 4;
                q = build(categories.get(i), id, seeds.stream("questions-" + (i + 1), draw));
            }
            // A category this world or max_hops cannot support falls back to direct extraction.
            for (int draw = MAX_DRAWS; draw < 2 * MAX_DRAWS && q == null; draw++) {
                q = build(QuestionCategory.DIRECT_EXTRACTION, id, seeds.stream("questions-" + (i + 1), draw));
            }
            if (q == null) {
                throw new GenerationException("could not build question " + id + " (" + categories.get(i).wireName()
                        + ") for pack '" + world.pack().id() + "'");
            }
            out.add(q);
        }
        return List.copyOf(out);
    }

    /** @return false only if every draw of the category must fail in this world */
    private boolean possible(QuestionCategory category) {
        return category != QuestionCategory.MULTI_HOP_BRIDGE || settings.maxHops() >= 2 && !bridgeEnds().isEmpty();
    }

    /** The trapped facts whose entity some link points at, in trap order (made on first use). */
    private List<WorldFact> bridgeEnds;

    private List<WorldFact> bridgeEnds() {
        if (bridgeEnds == null) {
            List<WorldFact> finals = new ArrayList<>();
            for (WorldFact t : trappedFacts()) {
                if (!incoming(t.subject()).isEmpty()) {
                    finals.add(t);
                }
            }
            bridgeEnds = List.copyOf(finals);
        }
        return bridgeEnds;
    }

    private PlannedQuestion build(QuestionCategory category, String id, Xoshiro256 rng) {
        return switch (category) {
            case DIRECT_EXTRACTION -> direct(id, rng);
            case MULTI_HOP_BRIDGE -> bridge(id, rng);
            case COMPARATIVE -> comparative(id, rng);
            case COMPUTATION -> computation(id, rng);
            case CONDITIONAL_FILTERED -> filtered(id, rng);
            case TRAP_TARGETED -> trapTargeted(id, rng);
            case CROSS_SECTION_SYNTHESIS -> crossSection(id, rng);
        };
    }

    // ---- categories -----------------------------------------------------------------------------

    private PlannedQuestion direct(String id, Xoshiro256 rng) {
        // Mostly about a trapped fact: a reader that believes the first, last or most frequent
        // statement must get such a question wrong.
        // Generator v5: always about a trapped fact while one is left to ask about.
        List<WorldFact> open = new ArrayList<>();
        for (WorldFact t : trappedFacts()) {
            if (!wasAsked("direct", t.id())) {
                open.add(t);
            }
        }
        WorldFact f = !open.isEmpty() ? rng.pick(open) : rng.pick(world.facts());
        if (!firstAsk("direct", f.id())) {
            return null;
        }
        String text = whatOrWho(f) + " the " + label(f) + " of " + f.subject().canonical() + "?";
        return single(id, QuestionCategory.DIRECT_EXTRACTION, text, f, null, null);
    }

    private PlannedQuestion trapTargeted(String id, Xoshiro256 rng) {
        List<TrapPlan> open = new ArrayList<>();
        for (TrapPlan p : layout.plans()) {
            if (!trapsUsed.contains(p.id())) {
                open.add(p);
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        TrapPlan trap = rng.pick(open);
        WorldFact f = trap.fact();
        if (!firstAsk("direct", f.id())) {
            return null;
        }
        trapsUsed.add(trap.id());
        String text = "According to the most authoritative statement in the document, "
                + whatOrWho(f).toLowerCase(java.util.Locale.ROOT) + " the " + label(f)
                + " of " + f.subject().canonical() + "?";
        return single(id, QuestionCategory.TRAP_TARGETED, text, f, trap.id(), trap.wrongValue());
    }

    private PlannedQuestion single(String id, QuestionCategory category, String text, WorldFact f, String trapId,
                                   String trapped) {
        List<ReasoningHop> chain = List.of(extract(f));
        return answerOf(id, category, text, f, chain, trapId, trapped);
    }

    private PlannedQuestion bridge(String id, Xoshiro256 rng) {
        if (settings.maxHops() < 2) {
            return null;
        }
        int depth = settings.maxHops() >= 3 && rng.chance(1, 2) ? 2 : 1;
        // Generator v5: built backwards from a trapped fact, so that the answer is the trapped value
        // and a reader that misreads it gets the question wrong however well it follows the links.
        List<WorldFact> finals = bridgeEnds();
        if (finals.isEmpty()) {
            return null;
        }
        WorldFact last = rng.pick(finals);
        List<WorldFact> path = new ArrayList<>();
        path.add(last);
        Entity at = last.subject();
        for (int d = 0; d < depth; d++) {
            List<WorldFact> edges = incoming(at);
            if (edges.isEmpty()) {
                break;
            }
            WorldFact edge = rng.pick(edges);
            if (edge.subject() == last.subject() || path.contains(edge)) {
                break;
            }
            path.add(0, edge);
            at = edge.subject();
        }
        if (path.size() < 2) {
            return null;
        }
        StringBuilder of = new StringBuilder(path.get(0).subject().canonical());
        for (int i = 0; i < path.size() - 1; i++) {
            of.insert(0, "the " + label(path.get(i)) + " of ");
        }
        StringBuilder key = new StringBuilder();
        for (WorldFact f : path) {
            key.append(f.id()).append(',');
        }
        if (!firstAsk("bridge", key.toString())) {
            return null;
        }
        List<ReasoningHop> chain = new ArrayList<>();
        for (WorldFact f : path) {
            chain.add(extract(f));
        }
        String text = whatOrWho(last) + " the " + label(last) + " of " + of + "?";
        return answerOf(id, QuestionCategory.MULTI_HOP_BRIDGE, text, last, chain, null, null);
    }

    /** The links (relations and references) that point at an entity, in world order. */
    private List<WorldFact> incoming(Entity target) {
        return incoming.getOrDefault(target, List.of());
    }

    private PlannedQuestion comparative(String id, Xoshiro256 rng) {
        int maxCandidates = Math.min(5, settings.maxHops() - 1);
        if (maxCandidates < 2) {
            return null;
        }
        int k = rng.between(2, maxCandidates);
        NumberPool pool = numberPool(rng, k);
        if (pool == null) {
            return null;
        }
        boolean highest = rng.chance(1, 2);
        // Generator v6: the operands are chosen to pass the checks below (a winner, others that trail
        // it by the margin, and in strict mode one whose misread value overtakes the winner's) instead
        // of taking the first k and re-drawing the question when a check fails.
        List<WorldFact> ordered = pool.ordered;
        BigDecimal[] truth = new BigDecimal[ordered.size()];
        BigDecimal[] misread = new BigDecimal[ordered.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = ordered.get(i).number();
            misread[i] = misread(ordered.get(i));
        }
        int[] picked = Choosers.comparison(truth, misread, k, highest, strict);
        if (picked == null) {
            return null;
        }
        List<WorldFact> facts = new ArrayList<>(k);
        for (int i : picked) {
            facts.add(ordered.get(i));
        }
        rng.shuffle(facts);
        NumberChoice choice = new NumberChoice(pool.kind, pool.attribute, List.copyOf(facts));
        facts = choice.facts;
        WorldFact winner = facts.get(0);
        for (WorldFact f : facts) {
            if (highest ? f.number().compareTo(winner.number()) > 0 : f.number().compareTo(winner.number()) < 0) {
                winner = f;
            }
        }
        WorldFact runnerUp = null;
        for (WorldFact f : facts) {
            if (f != winner && (runnerUp == null || (highest ? f.number().compareTo(runnerUp.number()) > 0
                    : f.number().compareTo(runnerUp.number()) < 0))) {
                runnerUp = f;
            }
        }
        WorldFact misreadWinner = facts.get(0);
        for (WorldFact f : facts) {
            if (highest ? misread(f).compareTo(misread(misreadWinner)) > 0 : misread(f).compareTo(misread(misreadWinner)) < 0) {
                misreadWinner = f;
            }
        }
        // The checks stay the final gate: mostly only where the trapped wrong values would crown
        // another entity.
        if (!clearMargin(winner.number(), runnerUp.number(), winner.number())
                || (misreadWinner == winner && strict)
                || !firstAsk("comparative", keyOf(facts) + highest)) {
            return null;
        }
        List<ReasoningHop> chain = new ArrayList<>();
        for (WorldFact f : facts) {
            chain.add(extract(f));
        }
        chain.add(new ReasoningHop(highest ? "max" : "min", List.of(), List.of(), CanonicalJson.number(winner.number())));
        String text = "Among " + names(facts) + ", which " + choice.kind.singular() + " has the "
                + (highest ? "highest " : "lowest ") + choice.attribute.label() + "?";
        Entity e = winner.subject();
        GoldAnswer gold = new GoldAnswer(id, e.canonical(), aliasesOf(e), chain, null);
        return new PlannedQuestion(new Question(id, text, QuestionCategory.COMPARATIVE, chain.size(), AnswerFormat.entity()),
                gold, null, e, null);
    }

    private PlannedQuestion computation(String id, Xoshiro256 rng) {
        if (settings.maxHops() < 3) {
            return null;
        }
        int k = settings.maxHops() >= 4 && rng.chance(1, 3) ? 3 : 2;
        NumberChoice choice = numberChoice(rng, k);
        if (choice == null) {
            return null;
        }
        // Sums of years, ratios or percentages mean nothing; those are compared by difference.
        String unit = choice.attribute.number().unit();
        boolean additive = !NON_ADDITIVE.contains(unit);
        if (!additive) {
            k = 2;
            choice = new NumberChoice(choice.kind, choice.attribute, choice.facts.subList(0, 2));
        }
        // Taken after the cut: a difference has exactly two operands (generator v1 kept three here,
        // so its oracle traces gave `subtract` three inputs and failed verification).
        List<WorldFact> facts = choice.facts;
        boolean subtract = !additive || (k == 2 && rng.chance(1, 2));
        String op;
        BigDecimal result;
        String text;
        if (subtract) {
            if (facts.get(0).number().compareTo(facts.get(1).number()) < 0) {
                facts = List.of(facts.get(1), facts.get(0));
            }
            op = "subtract";
            result = facts.get(0).number().subtract(facts.get(1).number());
            text = "By how much does the " + choice.attribute.label() + " of " + facts.get(0).subject().canonical()
                    + " exceed that of " + facts.get(1).subject().canonical() + "?";
        } else {
            op = k == 2 ? "add" : "sum";
            result = BigDecimal.ZERO;
            for (WorldFact f : facts) {
                result = result.add(f.number());
            }
            text = "What is the combined " + choice.attribute.label() + " of " + names(facts) + "?";
        }
        // Every operand must change the result: no zero term, no equal terms in a difference.
        for (WorldFact f : facts) {
            if (f.number().signum() == 0) {
                return null;
            }
        }
        BigDecimal misreadResult;
        if (subtract) {
            misreadResult = misread(facts.get(0)).subtract(misread(facts.get(1)));
        } else {
            misreadResult = BigDecimal.ZERO;
            for (WorldFact f : facts) {
                misreadResult = misreadResult.add(misread(f));
            }
        }
        if (result.signum() == 0 || misreadResult.compareTo(result) == 0
                || !firstAsk("computation", keyOf(facts) + op)) {
            return null;
        }
        List<ReasoningHop> chain = new ArrayList<>();
        for (WorldFact f : facts) {
            chain.add(extract(f));
        }
        chain.add(new ReasoningHop(op, List.of(), List.of(), CanonicalJson.number(result)));
        return numeric(id, QuestionCategory.COMPUTATION, text + unitNote(choice.attribute), choice.attribute, facts,
                chain, result);
    }

    private PlannedQuestion filtered(String id, Xoshiro256 rng) {
        int maxCandidates = Math.min(5, settings.maxHops() - 1);
        if (maxCandidates < 2) {
            return null;
        }
        int k = rng.between(Math.min(3, maxCandidates), maxCandidates);
        NumberPool pool = numberPool(rng, k);
        if (pool == null) {
            return null;
        }
        NumberSpec spec = pool.attribute.number();
        // Generator v6: the operands and the threshold are chosen to pass the checks below (margins
        // on both sides, exactly writable, not asked before, and in strict mode crossed by a trapped
        // wrong value). The operands are the first k of the pool, or failing that the next sets of k
        // among its first k + 3 in preference order; the threshold is drawn among the gaps between
        // their sorted values where it passes. Generator v5 drew one gap of the first k and re-drew
        // the whole question when a check failed.
        Set<String> thresholdsAsked = asked.get("threshold");
        String thresholdKey = pool.attribute.id() + ":";
        java.util.function.Predicate<BigDecimal> askedThreshold = thresholdsAsked == null || thresholdsAsked.isEmpty()
                ? t -> false : t -> thresholdsAsked.contains(thresholdKey + t.toPlainString());
        List<WorldFact> chosen = null;
        BigDecimal[] values = null;
        int[] splits = null;
        int[] combination = new int[k];
        for (int i = 0; i < k; i++) {
            combination[i] = i;
        }
        int window = Math.min(pool.ordered.size(), k + 3);
        for (int tried = 0; tried < MAX_FILTER_SETS; tried++) {
            List<WorldFact> set = new ArrayList<>(k);
            for (int i : combination) {
                set.add(pool.ordered.get(i));
            }
            BigDecimal[] sortedValues = new BigDecimal[k];
            BigDecimal[] misreadValues = new BigDecimal[k];
            for (int i = 0; i < k; i++) {
                sortedValues[i] = set.get(i).number();
                misreadValues[i] = misread(set.get(i));
            }
            java.util.Arrays.sort(sortedValues);
            int[] passing = Choosers.filterSplits(sortedValues, misreadValues, spec, strict, askedThreshold);
            if (passing.length > 0) {
                chosen = set;
                values = sortedValues;
                splits = passing;
                break;
            }
            if (!nextCombination(combination, window)) {
                break;
            }
        }
        if (chosen == null) {
            return null;
        }
        rng.shuffle(chosen);
        NumberChoice choice = new NumberChoice(pool.kind, pool.attribute, List.copyOf(chosen));
        List<BigDecimal> sorted = Arrays.asList(values);
        int split = splits[rng.nextInt(splits.length)];
        BigDecimal threshold = Choosers.threshold(values, split, spec);
        int misreadCount = 0;
        for (WorldFact f : choice.facts) {
            if (misread(f).compareTo(threshold) > 0) {
                misreadCount++;
            }
        }
        // The checks stay the final gate: mostly only where the trapped wrong values would cross the
        // threshold and change the count.
        if (misreadCount == sorted.size() - split && strict
                || !clearMargin(threshold, sorted.get(split - 1), threshold) || !clearMargin(sorted.get(split), threshold, threshold)
                || !Surfaces.exactlyWritable(spec, threshold)
                || !firstAsk("threshold", choice.attribute.id() + ":" + threshold.toPlainString())
                || !firstAsk("filtered", keyOf(choice.facts) + threshold.toPlainString())) {
            return null;
        }
        List<ReasoningHop> chain = new ArrayList<>();
        for (WorldFact f : choice.facts) {
            chain.add(extract(f));
        }
        int count = sorted.size() - split;
        chain.add(new ReasoningHop("count", List.of(), List.of(), Integer.toString(count)));
        String thresholdText = Surfaces.exactForms(spec, threshold).get(0).format(threshold);
        String text = "How many of " + names(choice.facts) + " have " + article(choice.attribute.label()) + " above "
                + thresholdText + "?";
        GoldAnswer gold = new GoldAnswer(id, Integer.toString(count), List.of(), chain, null);
        Question q = new Question(id, text, QuestionCategory.CONDITIONAL_FILTERED, chain.size(),
                AnswerFormat.number("", Tolerance.absolute("0")));
        return new PlannedQuestion(q, gold, BigDecimal.valueOf(count), null, null);
    }

    private PlannedQuestion crossSection(String id, Xoshiro256 rng) {
        if (settings.maxHops() < 3) {
            return null;
        }
        // Bridged only where some entity has a reference attribute (never in packs whose links are
        // all relations): a bridged draw could not succeed there.
        boolean bridged = settings.maxHops() >= 5 && !refSources().isEmpty() && rng.chance(1, 2);
        List<WorldFact> refs = new ArrayList<>();
        List<WorldFact> facts;
        Attribute attribute;
        // Generator v6: the second operand (entity b, or the second of the pair) is drawn among those
        // that pass the checks below (a non-zero difference that the traps' wrong values change, facts
        // a third of the document apart, not asked before), instead of drawing any and re-drawing the
        // question when a check fails.
        if (bridged) {
            Entity a = rng.pick(refSources());
            WorldFact edgeA = rng.pick(refEdges.get(a));
            // The attribute is drawn among those for which some entity b passes, then b among those.
            List<Attribute> numbers = numberAttributes(edgeA.target().kind());
            List<Attribute> workable = new ArrayList<>();
            List<List<WorldFact>> optionsOf = new ArrayList<>();
            for (Attribute candidate : numbers) {
                WorldFact factA = world.fact(edgeA.target(), candidate.id());
                List<WorldFact> options = new ArrayList<>();
                for (Entity b : world.ofKind(a.kind().id())) {
                    WorldFact edgeB = world.fact(b, edgeA.attributeId());
                    if (b != a && edgeB != null && edgeB.target() != edgeA.target()
                            && crossPasses(List.of(edgeA, edgeB), factA, world.fact(edgeB.target(), candidate.id()))) {
                        options.add(edgeB);
                    }
                }
                if (!options.isEmpty()) {
                    workable.add(candidate);
                    optionsOf.add(options);
                }
            }
            if (workable.isEmpty()) {
                return null;
            }
            int choice = rng.nextInt(workable.size());
            attribute = workable.get(choice);
            WorldFact edgeB = rng.pick(optionsOf.get(choice));
            WorldFact factA = world.fact(edgeA.target(), attribute.id());
            refs.add(edgeA);
            refs.add(edgeB);
            facts = List.of(factA, world.fact(edgeB.target(), attribute.id()));
        } else {
            NumberPool pool = numberPool(rng, 2);
            if (pool == null) {
                return null;
            }
            attribute = pool.attribute;
            facts = firstPassingPair(pool.ordered);
            if (facts == null) {
                return null;
            }
            List<WorldFact> pair = new ArrayList<>(facts);
            rng.shuffle(pair);
            facts = List.copyOf(pair);
        }
        BigDecimal difference = facts.get(0).number().subtract(facts.get(1).number()).abs();
        List<WorldFact> cited = new ArrayList<>(refs);
        cited.addAll(facts);
        BigDecimal misreadDifference = misread(facts.get(0)).subtract(misread(facts.get(1))).abs();
        if (difference.signum() == 0 || misreadDifference.compareTo(difference) == 0
                || distance(cited) < layout.paragraphCount() / 3
                || !firstAsk("cross", keyOf(cited))) {
            return null;
        }
        List<ReasoningHop> chain = new ArrayList<>();
        for (WorldFact f : cited) {
            chain.add(extract(f));
        }
        chain.add(new ReasoningHop("abs_diff", List.of(), List.of(), CanonicalJson.number(difference)));
        String text;
        if (bridged) {
            String ref = label(refs.get(0));
            text = "What is the absolute difference between the " + attribute.label() + " of the " + ref + " of "
                    + refs.get(0).subject().canonical() + " and that of the " + ref + " of " + refs.get(1).subject().canonical() + "?";
        } else {
            text = "What is the absolute difference between the " + attribute.label() + " of "
                    + facts.get(0).subject().canonical() + " and that of " + facts.get(1).subject().canonical() + "?";
        }
        return numeric(id, QuestionCategory.CROSS_SECTION_SYNTHESIS, text + unitNote(attribute), attribute, facts, chain,
                difference);
    }

    /**
     * Advances {@code c} to the next k-combination of {0, …, n − 1} in lexicographic order.
     *
     * @return false if {@code c} was the last one (it is then left unchanged)
     */
    static boolean nextCombination(int[] c, int n) {
        int k = c.length;
        int i = k - 1;
        while (i >= 0 && c[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        c[i]++;
        for (int j = i + 1; j < k; j++) {
            c[j] = c[j - 1] + 1;
        }
        return true;
    }

    /** @return the first pair, in preference order, that passes {@link #crossPasses}, or null */
    private List<WorldFact> firstPassingPair(List<WorldFact> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = i + 1; j < ordered.size(); j++) {
                if (crossPasses(List.of(), ordered.get(i), ordered.get(j))) {
                    return List.of(ordered.get(i), ordered.get(j));
                }
            }
        }
        return null;
    }

    /**
     * The cross-section check, without recording the question as asked: the difference is not zero,
     * the traps' wrong values change it, the cited facts span a third of the document, and the
     * question was not asked before.
     */
    private boolean crossPasses(List<WorldFact> refs, WorldFact x, WorldFact y) {
        if (x == null || y == null) {
            return false;
        }
        BigDecimal difference = x.number().subtract(y.number()).abs();
        if (difference.signum() == 0 || misread(x).subtract(misread(y)).abs().compareTo(difference) == 0) {
            return false;
        }
        int px = paragraphOf(x);
        int py = paragraphOf(y);
        int min = Math.min(px, py);
        int max = Math.max(px, py);
        for (WorldFact r : refs) {
            min = Math.min(min, paragraphOf(r));
            max = Math.max(max, paragraphOf(r));
        }
        if (max - min < layout.paragraphCount() / 3) {
            return false;
        }
        Set<String> crossAsked = asked.get("cross");
        if (crossAsked == null || crossAsked.isEmpty()) {
            return true;
        }
        List<WorldFact> cited = new ArrayList<>(refs.size() + 2);
        cited.addAll(refs);
        cited.add(x);
        cited.add(y);
        return !crossAsked.contains(keyOf(cited));
    }

    /** Entities with a reference attribute, in world order (made on first use). */
    private List<Entity> refSources;
    /** Each such entity's reference facts, in world order; looked up only. */
    private final Map<Entity, List<WorldFact>> refEdges = new IdentityHashMap<>();

    private List<Entity> refSources() {
        if (refSources == null) {
            List<Entity> sources = new ArrayList<>();
            for (Entity e : world.entities()) {
                List<WorldFact> edges = new ArrayList<>();
                for (WorldFact f : world.factsOf(e)) {
                    if (f.attribute() != null && f.attribute().type() == AttributeType.ENTITY_REF) {
                        edges.add(f);
                    }
                }
                if (!edges.isEmpty()) {
                    sources.add(e);
                    refEdges.put(e, edges);
                }
            }
            refSources = List.copyOf(sources);
        }
        return refSources;
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** A number attribute and facts of k distinct entities of one kind. */
    private record NumberChoice(EntityKind kind, Attribute attribute, List<WorldFact> facts) {
    }

    /**
     * A number attribute of one kind and every entity's fact of it, in preference order: trapped
     * facts first, each group shuffled, sometimes (one time in three) one untrapped fact moved among
     * the first k.
     */
    private record NumberPool(EntityKind kind, Attribute attribute, List<WorldFact> ordered) {
    }

    private NumberChoice numberChoice(Xoshiro256 rng, int k) {
        NumberPool pool = numberPool(rng, k);
        if (pool == null) {
            return null;
        }
        List<WorldFact> facts = new ArrayList<>(pool.ordered.subList(0, k));
        rng.shuffle(facts);
        return new NumberChoice(pool.kind, pool.attribute, List.copyOf(facts));
    }

    private NumberPool numberPool(Xoshiro256 rng, int k) {
        List<EntityKind> kinds = new ArrayList<>();
        for (EntityKind kind : world.pack().kinds()) {
            if (world.ofKind(kind.id()).size() >= k && !numberAttributes(kind).isEmpty()) {
                kinds.add(kind);
            }
        }
        if (kinds.isEmpty()) {
            return null;
        }
        List<WorldFact> anchors = new ArrayList<>();
        for (WorldFact f : trappedFacts()) {
            if (f.number() != null && containsSame(kinds, f.subject().kind())) {
                anchors.add(f);
            }
        }
        EntityKind kind;
        Attribute attribute;
        if (!anchors.isEmpty()) {
            // Built on trapped operands, trapped ones first: a shortcut's wrong value changes the
            // sum or difference, and may flip a comparison or cross a threshold.
            WorldFact anchor = rng.pick(anchors);
            kind = anchor.subject().kind();
            attribute = anchor.attribute();
        } else {
            kind = rng.pick(kinds);
            attribute = rng.pick(numberAttributes(kind));
        }
        List<Entity> entities = new ArrayList<>(world.ofKind(kind.id()));
        rng.shuffle(entities);
        List<WorldFact> ordered = new ArrayList<>(entities.size());
        List<WorldFact> untrapped = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            WorldFact f = world.fact(e, attribute.id());
            (isTrapped(f) ? ordered : untrapped).add(f);
        }
        int trappedCount = ordered.size();
        ordered.addAll(untrapped);
        // Sometimes one untrapped operand among trapped ones, so that questions differ in shape.
        if (trappedCount >= k && trappedCount < ordered.size() && rng.chance(1, 3)) {
            WorldFact clean = ordered.remove(trappedCount + rng.nextInt(ordered.size() - trappedCount));
            ordered.add(rng.nextInt(k), clean);
        }
        return new NumberPool(kind, attribute, ordered);
    }

    /** {@code kinds.contains(kind)} by identity: a pack's kinds are distinct objects, and record equality is deep. */
    private static boolean containsSame(List<EntityKind> kinds, EntityKind kind) {
        for (EntityKind k : kinds) {
            if (k == kind) {
                return true;
            }
        }
        return false;
    }

    private static List<Attribute> numberAttributes(EntityKind kind) {
        return kind.numberAttributes();
    }

    private PlannedQuestion answerOf(String id, QuestionCategory category, String text, WorldFact f,
                                     List<ReasoningHop> chain, String trapId, String trapped) {
        if (chain.size() > settings.maxHops()) {
            return null;
        }
        AnswerFormat format;
        List<String> accepted;
        Entity entity = null;
        BigDecimal number = null;
        if (f.target() != null) {
            format = AnswerFormat.entity();
            entity = f.target();
            accepted = aliasesOf(entity);
        } else if (f.number() != null) {
            format = AnswerFormat.number(f.attribute().number().unit(), tolerance(List.of(f), f.attribute()));
            accepted = forms(f.attribute().number(), f.number());
            number = f.number();
        } else {
            format = AnswerFormat.text();
            accepted = List.of();
        }
        GoldAnswer gold = new GoldAnswer(id, f.fact().value(), accepted, chain, trapId);
        return new PlannedQuestion(new Question(id, text, category, chain.size(), format), gold, number, entity, trapped);
    }

    private PlannedQuestion numeric(String id, QuestionCategory category, String text, Attribute attribute,
                                    List<WorldFact> facts, List<ReasoningHop> chain, BigDecimal value) {
        if (chain.size() > settings.maxHops()) {
            return null;
        }
        GoldAnswer gold = new GoldAnswer(id, CanonicalJson.number(value), forms(attribute.number(), value), chain, null);
        Question q = new Question(id, text, category, chain.size(),
                AnswerFormat.number(attribute.number().unit(), tolerance(facts, attribute)));
        return new PlannedQuestion(q, gold, value, null, null);
    }

    /** Exact when every operand is written without loss somewhere; 1 % where a rounded form was all there was. */
    private static Tolerance tolerance(List<WorldFact> facts, Attribute attribute) {
        for (WorldFact f : facts) {
            if (!Surfaces.exactlyWritable(attribute.number(), f.number())) {
                return Tolerance.relative("0.01");
            }
        }
        return Tolerance.absolute("0");
    }

    private static List<String> forms(NumberSpec spec, BigDecimal value) {
        Set<String> out = new LinkedHashSet<>();
        for (SurfaceForm f : spec.surfaceForms()) {
            if (f.admits(value) && f.lossless(value)) {
                out.add(f.format(value));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> aliasesOf(Entity e) {
        List<String> out = new ArrayList<>();
        for (Alias a : e.aliases()) {
            out.add(a.text());
        }
        return out;
    }

    private ReasoningHop extract(WorldFact f) {
        return new ReasoningHop("extract", List.of(f.id()), List.of(layout.citation().get(f.id())), f.fact().value());
    }

    /** @return the fact's number as its trap's wrong value reads, or its true number if untrapped */
    private BigDecimal misread(WorldFact f) {
        TrapPlan p = trapOf.get(f);
        return p != null && p.wrongNumber() != null ? p.wrongNumber() : f.number();
    }

    /** The trapped facts, in trap order (never hash order). */
    private List<WorldFact> trappedFacts() {
        return trapped;
    }

    private boolean isTrapped(WorldFact f) {
        return trapOf.containsKey(f);
    }

    private boolean firstAsk(String kind, String key) {
        Set<String> keys = asked.get(kind);
        if (keys == null) {
            keys = new HashSet<>();
            asked.put(kind, keys);
        }
        return keys.add(key);
    }

    private boolean wasAsked(String kind, String key) {
        Set<String> keys = asked.get(kind);
        return keys != null && keys.contains(key);
    }

    private static boolean clearMargin(BigDecimal upper, BigDecimal lower, BigDecimal reference) {
        return Choosers.clearMargin(upper, lower, reference);
    }

    private int distance(List<WorldFact> facts) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (WorldFact f : facts) {
            int n = paragraphOf(f);
            min = Math.min(min, n);
            max = Math.max(max, n);
        }
        return max - min;
    }

    /** The number of the paragraph that states a fact (its citation), parsed once per fact. */
    private int paragraphOf(WorldFact f) {
        Integer n = paragraphs.get(f);
        if (n == null) {
            n = Integer.parseInt(layout.citation().get(f.id()).substring("paragraph_".length()));
            paragraphs.put(f, n);
        }
        return n;
    }

    /** The fact ids in String order, joined by ',' and closed by ';'. */
    private static String keyOf(List<WorldFact> facts) {
        int n = facts.size();
        String[] ids = new String[n];
        int length = 1;
        for (int i = 0; i < n; i++) {
            ids[i] = facts.get(i).id();
            length += ids[i].length() + 1;
        }
        Arrays.sort(ids);
        StringBuilder key = new StringBuilder(length);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                key.append(',');
            }
            key.append(ids[i]);
        }
        return key.append(';').toString();
    }

    private static String label(WorldFact f) {
        return f.attribute() != null ? f.attribute().label() : f.relation().label();
    }

    private static String names(List<WorldFact> facts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < facts.size(); i++) {
            if (i > 0) {
                out.append(i == facts.size() - 1 ? " and " : ", ");
            }
            out.append(facts.get(i).subject().canonical());
        }
        return out.toString();
    }

    private static String whatOrWho(WorldFact f) {
        return f.attribute() != null && f.attribute().type() == AttributeType.PERSON ? "Who is" : "What is";
    }

    private static String article(String label) {
        char c = Character.toLowerCase(label.charAt(0));
        return (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ? "an " : "a ") + label;
    }

    /**
     * How a computed answer's unit is asked for, in words a reader expects: money in US dollars, a
     * difference of percentages in percentage points, a time span in its unit, a count as a number of
     * what it counts; a plain ratio or a unit that reads as no noun gets no note.
     */
    static String unitNote(Attribute attribute) {
        String unit = attribute.number().unit();
        return switch (unit) {
            case "", "ratio" -> "";
            case "USD" -> " Give the answer in US dollars.";
            case "percent" -> " Give the answer in percentage points.";
            case "year" -> " Give the answer in years.";
            case "nanoseconds", "microseconds", "milliseconds", "seconds", "minutes", "hours", "days", "months", "years" ->
                    " Give the answer in " + unit + ".";
            default -> unit.endsWith("s") ? " Give the answer as a number of " + unit + "." : "";
        };
    }
}
