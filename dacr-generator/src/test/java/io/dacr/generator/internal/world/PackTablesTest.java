package io.dacr.generator.internal.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.internal.CanonicalJson;
import io.dacr.generator.internal.pack.AliasKind;
import io.dacr.generator.internal.pack.Attribute;
import io.dacr.generator.internal.pack.DomainPack;
import io.dacr.generator.internal.pack.EntityKind;
import io.dacr.generator.internal.pack.PackLoader;
import io.dacr.generator.internal.pack.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The per-pack tables and small structures the world sampler is built on, each against the rule it replaces. */
class PackTablesTest {

    private static final String JSON = read();
    private static final DomainPack PACK = PackLoader.load("test", JSON);

    @Test
    void tablesAreBuiltOncePerPackInstance() {
        assertSame(PackTables.of(PACK), PackTables.of(PACK));
        // Equal content, another instance: tables are cached on identity, not on the record's deep equality.
        assertNotSame(PackTables.of(PACK), PackTables.of(PackLoader.load("test", JSON)));
    }

    @Test
    void everyTemplateRendersFromItsPartsAsTheTemplateDoes() {
        List<Template> templates = new ArrayList<>(PACK.people().patterns());
        for (EntityKind k : PACK.kinds()) {
            templates.addAll(k.namePatterns());
            for (AliasKind a : k.aliases()) {
                templates.addAll(a.templates());
                templates.addAll(a.introductions());
            }
            for (Attribute a : k.attributes()) {
                templates.addAll(a.phrasings());
            }
        }
        for (Template t : templates) {
            int[] calls = {0};
            // Values that name the placeholder and its position, so order and repeats both show.
            String expected = t.render(name -> "<" + name + "#" + calls[0]++ + ">");
            TemplateParts parts = TemplateParts.of(t);
            StringBuilder actual = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                actual.append(parts.literal(i)).append("<").append(parts.name(i)).append("#").append(i).append(">");
            }
            actual.append(parts.literal(parts.size()));
            assertEquals(expected, actual.toString(), t.source());
        }
    }

    @Test
    void anAliasIsReservedExactlyWhenAReservedTextContainsIt() {
        PackTables tables = PackTables.of(PACK);
        List<String> reserved = PACK.reservedTexts();
        Set<String> probes = new HashSet<>(List.of("US", "USD", "dollars", "Kelmar", "the", "b", "%", "per", "KVH"));
        for (String r : reserved) {
            for (int from = 0; from < r.length(); from++) {
                probes.add(r.substring(from));
                probes.add(r.substring(from) + "x");
            }
        }
        for (String alias : probes) {
            boolean inside = alias.length() <= reserved.get(0).length() && reserved.stream().anyMatch(r -> r.contains(alias));
            assertEquals(inside, tables.reserved(alias), alias);
        }
    }

    @Test
    void countriesAreThoseThePackNames() {
        PackTables tables = PackTables.of(PACK);
        for (var place : PACK.places()) {
            for (String city : place.cities()) {
                assertEquals(PACK.countryOf(city), tables.countryOf(PACK, city));
            }
        }
        assertEquals(PACK.countryOf("Atlantis"), tables.countryOf(PACK, "Atlantis"));
    }

    @Property
    void numberTextIsTheCanonicalNumber(@ForAll @LongRange(min = -5_000_000_000L, max = 5_000_000_000L) long unscaled,
                                        @ForAll @IntRange(min = -45, max = 45) int scale) {
        String fast = NumberText.canonical(unscaled, scale);
        String canonical = CanonicalJson.number(BigDecimal.valueOf(unscaled, scale));
        // Null only where the fast path leaves the value to CanonicalJson.
        assertTrue(fast == null || fast.equals(canonical), () -> unscaled + "e-" + scale + ": " + fast + " vs " + canonical);
    }

    @Test
    void numberTextCoversTheValuesPacksDraw() {
        long[] unscaled = {0, 1, -1, 7, 10, 100, 105, 120000000, 2500, 9_223_372_036_854_775_807L, -9_223_372_036_854_775_807L};
        for (long u : unscaled) {
            for (int scale = -6; scale <= 6; scale++) {
                assertEquals(CanonicalJson.number(BigDecimal.valueOf(u, scale)), NumberText.canonical(u, scale), u + "e-" + scale);
            }
        }
    }

    @Property
    void aTextSetAnswersAsAHashSet(@ForAll @Size(max = 200) List<@StringLength(max = 3) String> texts) {
        TextSet set = new TextSet(4);
        Set<String> expected = new HashSet<>();
        for (String t : texts) {
            assertEquals(expected.contains(t), set.contains(t), t);
            assertEquals(expected.add(t), set.add(new String(t)), t);
        }
        for (String t : texts) {
            assertTrue(set.contains(t));
        }
    }

    private static String read() {
        try (InputStream in = PackTablesTest.class.getResourceAsStream("/packs/corporate-finance.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
