package io.dacr.generator.internal.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ChallengeId;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Paragraph;
import io.dacr.api.Secret;
import io.dacr.generator.internal.spec.Settings;
import io.dacr.generator.internal.layout.Layout;
import io.dacr.generator.internal.layout.LayoutPlanner;
import io.dacr.generator.internal.layout.TrapPlanner;
import io.dacr.generator.internal.pack.Attribute;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.PackLoader;
import io.dacr.generator.internal.prose.ProseRenderer;
import io.dacr.generator.internal.random.SeedDerivation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorldSamplerTest {

    private static final Settings STANDARD = new Settings(10, 100, 8, 10, 8, 6, 40);
    private static final Secret SECRET = Secret.ofUtf8("world-sampler-test-secret-0123456789");

    private static DomainPack pack() {
        try (InputStream in = WorldSamplerTest.class.getResourceAsStream("/packs/corporate-finance.json")) {
            return PackLoader.load("test", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SeedDerivation seeds(long index) {
        return SeedDerivation.forItem(SECRET, ChallengeId.issue(1, "corporate-finance", GenerationSpec.preset("standard"),
                "world", index, SECRET));
    }

    @Test
    void everyEntityHasAUniqueCanonicalNameAndTwoAliasesOfTwoKinds() {
        DomainPack pack = pack();
        for (long i = 0; i < 20; i++) {
            World world = WorldSampler.sample(pack, STANDARD, seeds(i));
            Set<String> names = new HashSet<>();
            for (Entity e : world.entities()) {
                Set<Integer> kinds = new HashSet<>();
                e.aliases().forEach(a -> kinds.add(a.kind()));
                assertTrue(kinds.size() >= 2, e + " has alias kinds " + kinds);
                for (String name : e.names()) {
                    assertTrue(names.add(name), "name used twice: " + name);
                }
            }
        }
    }

    @Test
    void numbersLieOnThePrecisionGridWithinTheRange() {
        DomainPack pack = pack();
        World world = WorldSampler.sample(pack, STANDARD, seeds(1));
        for (WorldFact f : world.facts()) {
            Attribute a = f.attribute();
            if (a != null && a.isNumber()) {
                BigDecimal v = f.number();
                assertTrue(v.compareTo(a.number().min()) >= 0 && v.compareTo(a.number().max()) <= 0, f.toString());
                assertEquals(0, v.remainder(a.number().precision()).signum(), f.toString());
            }
        }
    }

    @Test
    void theCountryOfIncorporationIsTheCountryOfTheHeadquartersCity() {
        DomainPack pack = pack();
        World world = WorldSampler.sample(pack, STANDARD, seeds(2));
        for (Entity e : world.ofKind("company")) {
            assertEquals(pack.countryOf(e.value("hq_city")), e.value("hq_country"));
        }
    }

    @Test
    void parentLinksHaveNoCycles() {
        DomainPack pack = pack();
        for (long i = 0; i < 20; i++) {
            World world = WorldSampler.sample(pack, STANDARD, seeds(i));
            for (WorldFact f : world.facts()) {
                if (f.relation() != null) {
                    Entity at = f.target();
                    for (int step = 0; at != null && step <= world.entities().size(); step++) {
                        assertTrue(at != f.subject(), "cycle through " + f.subject());
                        WorldFact up = world.fact(at, f.relation().id());
                        at = up == null ? null : up.target();
                    }
                }
            }
        }
    }

    @Test
    void everyAliasOfEveryEntityIsIntroducedWithTheCanonicalNameWhereItFirstAppears() {
        DomainPack pack = pack();
        for (long i = 0; i < 10; i++) {
            SeedDerivation seeds = seeds(i);
            World world = WorldSampler.sample(pack, STANDARD, seeds);
            Layout layout = LayoutPlanner.plan(world, TrapPlanner.plan(world, 8, seeds.stream("traps", 0)), STANDARD, seeds);
            List<Paragraph> paragraphs = ProseRenderer.render(pack, layout, seeds.stream("prose", 0));
            for (Entity e : world.entities()) {
                for (Alias alias : e.aliases()) {
                    String capitalised = Character.toUpperCase(alias.text().charAt(0)) + alias.text().substring(1);
                    java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\w&])(?:"
                            + java.util.regex.Pattern.quote(alias.text()) + "|" + java.util.regex.Pattern.quote(capitalised) + ")(?![\\w&])");
                    Paragraph first = paragraphs.stream().filter(p -> word.matcher(p.text()).find()).findFirst().orElse(null);
                    assertTrue(first != null, "never introduced: " + alias);
                    assertTrue(first.text().contains(e.canonical()), alias + " of " + e + " first appears in: " + first.text());
                }
            }
        }
    }
}
