package io.dacr.generator.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.GroundedMention;
import io.dacr.generator.internal.random.SeedDerivation;
import io.dacr.generator.internal.random.Xoshiro256;
import io.dacr.generator.internal.world.Alias;
import io.dacr.generator.internal.world.World;
import io.dacr.generator.internal.world.WorldFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The layout planner's shortcuts against the general code they replace, and its deferred alias introductions. */
class LayoutPlannerTest {

    @Property(tries = 500)
    void sortingByPositionIsTheStableSortByParagraphThenRank(@ForAll @IntRange(min = 1, max = 12) int paragraphs,
                                                             @ForAll @IntRange(min = 0, max = 60) int size,
                                                             @ForAll long seed) {
        Xoshiro256 rng = new Xoshiro256(seed, 7, 8, 9);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Unit u = new Unit(Unit.Kind.INTRO, null, 0, null, null, "n" + i, "v", false, null, null);
            // Few distinct ranks, so that ties (kept in list order) are common.
            u.place(rng.nextInt(paragraphs), rng.nextInt(4) - 0.25 * rng.nextInt(3));
            units.add(u);
        }
        List<Unit> expected = new ArrayList<>(units);
        expected.sort(Comparator.comparingInt(Unit::paragraph).thenComparingDouble(Unit::rank));
        List<Unit> actual = LayoutPlanner.sortByPosition(units, paragraphs);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.get(i), "position " + i);
        }
    }

    @Property
    void firstWordIsWhatSplittingAtSpacesGivesFirst(@ForAll("names") String text) {
        if (!text.isEmpty() && text.chars().allMatch(c -> c == ' ')) {
            assertThrows(ArrayIndexOutOfBoundsException.class, () -> LayoutPlanner.firstWord(text));
        } else {
            assertEquals(text.split(" ")[0], LayoutPlanner.firstWord(text));
        }
    }

    @Property
    void containsLowerCaseIsContainsAfterLowerCasing(@ForAll("names") String text, @ForAll("names") String name) {
        String part = LayoutPlanner.firstWord(name.isBlank() ? "x" + name : name).toLowerCase(Locale.ROOT);
        assertEquals(text.toLowerCase(Locale.ROOT).contains(part), LayoutPlanner.containsLowerCase(text, part),
                () -> "'" + text + "' contains '" + part + "'");
    }

    @Test
    void containsLowerCaseMatchesOnlyWhatLowerCasingMatches() {
        assertTrue(LayoutPlanner.containsLowerCase("The Kelmara Group", "kelmara"));
        // Ignoring case would match the dotless i with I; lower-casing does not.
        assertEquals("ACME INDUSTRIES".toLowerCase(Locale.ROOT).contains("ındustries"),
                LayoutPlanner.containsLowerCase("ACME INDUSTRIES", "ındustries"));
        assertTrue(LayoutPlanner.containsLowerCase("İstanbul Re", "i̇stanbul"));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> words = Arbitraries.strings().withChars("aAbBkKİıiIß -").ofMinLength(0).ofMaxLength(8);
        return Arbitraries.oneOf(words, words.map(w -> "the " + w + " Group"), Arbitraries.of("  ", " ", "", "Kelmara Holdings"));
    }

    @Property(tries = 50)
    void theTruthNameIsPickedFromTheAliasesUnlikeTheName(@ForAll @IntRange(min = 0, max = 10_000) int item, @ForAll long seed) {
        World world = Worlds.world(item);
        Xoshiro256 fast = new Xoshiro256(seed, 1, 1, 2);
        Xoshiro256 reference = new Xoshiro256(seed, 1, 1, 2);
        for (WorldFact f : world.facts()) {
            assertSame(referenceUnlikeAlias(f, reference), LayoutPlanner.unlikeAlias(f, fast));
        }
        assertEquals(reference.next(), fast.next(), "same draws consumed");
    }

    /** Generator v5: lower-case, split at spaces, filter, pick. */
    private static Alias referenceUnlikeAlias(WorldFact f, Xoshiro256 rng) {
        List<Alias> fitting = Surfaces.fittingAliases(f.subject(), f.attributeId());
        String first = f.subject().canonical().toLowerCase(Locale.ROOT).split(" ")[0];
        List<Alias> unlike = new ArrayList<>();
        for (Alias a : fitting) {
            String text = a.text().toLowerCase(Locale.ROOT);
            if (!text.split(" ")[0].equals(first) && !text.contains(first)) {
                unlike.add(a);
            }
        }
        return rng.pick(unlike.isEmpty() ? fitting : unlike);
    }

    @Property(tries = 15)
    void aliasIntroductionsAreAddedOnlyWhenTheUnitsAreAskedFor(@ForAll @IntRange(min = 0, max = 10_000) int item) {
        World world = Worlds.world(item);
        SeedDerivation seeds = Worlds.seeds(item);
        Layout layout = LayoutPlanner.plan(world, TrapPlanner.plan(world, Worlds.STANDARD.traps(), seeds.stream("traps", 0)),
                Worlds.STANDARD, seeds);
        List<Unit> statements = layout.statements();
        List<Unit> units = layout.units();
        assertSame(units, layout.units(), "placed once");
        List<Unit> withoutIntroductions = new ArrayList<>();
        int introductions = 0;
        for (Unit u : units) {
            if (u.kind() == Unit.Kind.INTRO) {
                introductions++;
            } else {
                withoutIntroductions.add(u);
            }
        }
        assertEquals(statements, withoutIntroductions, "the statements keep their order among the introductions");
        int aliases = world.entities().stream().mapToInt(e -> e.aliases().size()).sum();
        assertEquals(aliases, introductions, "one introduction per alias");
        List<GroundedMention> mentions = layout.grounding().mentions();
        List<Unit> grounded = statements.stream().filter(Unit::grounded).toList();
        assertEquals(grounded.size(), mentions.size());
        for (int i = 0; i < grounded.size(); i++) {
            assertEquals(ParagraphIds.of(grounded.get(i).paragraph() + 1), mentions.get(i).paragraphId());
            assertEquals(grounded.get(i).valueText(), mentions.get(i).surfaceForm());
        }
    }

    @Test
    void everyAliasIsIntroducedNoLaterThanItsFirstUse() {
        for (long item = 0; item < 5; item++) {
            World world = Worlds.world(item);
            SeedDerivation seeds = Worlds.seeds(item);
            Layout layout = LayoutPlanner.plan(world, TrapPlanner.plan(world, Worlds.STANDARD.traps(), seeds.stream("traps", 0)),
                    Worlds.STANDARD, seeds);
            List<Unit> units = layout.units();
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                if (u.kind() != Unit.Kind.INTRO) {
                    continue;
                }
                String alias = u.valueText();
                for (int j = 0; j < i; j++) {
                    assertTrue(!units.get(j).uses(alias) || units.get(j).kind() == Unit.Kind.INTRO,
                            () -> "'" + alias + "' used before its introduction");
                }
            }
        }
    }

    @Property(tries = 15)
    void theCitationOfAFactIsTheFirstParagraphThatStatesItsCorrectValue(@ForAll @IntRange(min = 0, max = 10_000) int item) {
        World world = Worlds.world(item);
        SeedDerivation seeds = Worlds.seeds(item);
        Layout layout = LayoutPlanner.plan(world, TrapPlanner.plan(world, Worlds.STANDARD.traps(), seeds.stream("traps", 0)),
                Worlds.STANDARD, seeds);
        Map<String, String> expected = new HashMap<>();
        for (Unit u : layout.statements()) {
            if (u.grounded()) {
                expected.putIfAbsent(u.fact().id(), ParagraphIds.of(u.paragraph() + 1));
            }
        }
        assertEquals(expected, layout.citation());
        for (WorldFact f : world.facts()) {
            assertEquals(expected.get(f.id()), layout.citation().get(f.id()));
        }
        assertEquals(null, layout.citation().get("f999999"));
        assertEquals(null, layout.citation().get(42));
    }

    @Test
    void factsAreFoundByIdAndByIdentityWhereverTheWorldNumbersThem() {
        WorldFact f3 = fact("f3");
        WorldFact f1 = fact("f1");
        WorldFact f2 = fact("f2");
        List<WorldFact> shuffled = List.of(f3, f1, f2);
        assertEquals(0, LayoutPlanner.positionOf(shuffled, f3));
        assertEquals(1, LayoutPlanner.positionOf(shuffled, f1));
        assertEquals(2, LayoutPlanner.positionOfId(shuffled, "f2"));
        assertEquals(-1, LayoutPlanner.positionOfId(shuffled, "f4"));
        assertEquals(-1, LayoutPlanner.positionOf(shuffled, fact("f1")), "by identity, not by id");
        Citations citations = new Citations(shuffled, new String[] {"paragraph_3", null, "paragraph_1"});
        assertEquals("paragraph_3", citations.get("f3"));
        assertEquals(null, citations.get("f1"));
        assertEquals(List.of("f3", "f2"), List.copyOf(citations.keySet()), "fact order, facts without a citation left out");
        assertEquals(2, citations.size());
    }

    private static WorldFact fact(String id) {
        return new WorldFact(new io.dacr.api.Fact(id, "Kelmar Group", "revenue", "5000000", "USD"), null, null, null, null, null);
    }
}
