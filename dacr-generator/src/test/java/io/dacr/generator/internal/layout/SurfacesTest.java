package io.dacr.generator.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.generator.internal.pack.NumberSpec;
import io.dacr.generator.internal.pack.SurfaceForm;
import io.dacr.generator.internal.pack.Template;
import io.dacr.generator.internal.random.Xoshiro256;
import io.dacr.generator.internal.world.Alias;
import io.dacr.generator.internal.world.Entity;
import io.dacr.generator.internal.world.World;
import io.dacr.generator.internal.world.WorldFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The surface choices without lists (a bit mask of writable forms, aliases counted in place) against
 * the list-based code they replace: the same text and the same draws.
 */
class SurfacesTest {

    /** Forms like the shipped packs': powers of ten above and below one, a limited form, a scale that is no power of ten. */
    private static final NumberSpec SPEC = new NumberSpec("units", BigDecimal.ZERO, new BigDecimal("1E+12"), BigDecimal.ONE, List.of(
            form("${number} million", "1000000", 0, true, null),
            form("${number} billion", "1000000000", 2, false, "1000000000"),
            form("USD {number}", "1", 0, true, null),
            form("{number}%", "1", 2, false, null),
            form("{number} errors per million cycles", "0.0001", 0, true, null),
            form("{number} per thousand", "0.1", 3, false, null),
            form("{number} dozen", "12", 0, false, null)), 0, 1);

    private static SurfaceForm form(String pattern, String scale, int decimals, boolean grouping, String min) {
        return SurfaceForm.of(Template.parse(pattern), new BigDecimal(scale), decimals, grouping,
                min == null ? null : new BigDecimal(min), null);
    }

    @Property(tries = 2000)
    void numberWritesWhatPickingFromTheExactFormsWrites(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long unscaled,
                                                       @ForAll @IntRange(min = -6, max = 6) int scale,
                                                       @ForAll @IntRange(min = 1, max = 7) int forms,
                                                       @ForAll long seed) {
        NumberSpec spec = new NumberSpec(SPEC.unit(), SPEC.min(), SPEC.max(), SPEC.precision(),
                SPEC.surfaceForms().subList(0, forms), 0, 1);
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        Xoshiro256 fast = new Xoshiro256(seed, 1, 2, 3);
        Xoshiro256 reference = new Xoshiro256(seed, 1, 2, 3);
        assertEquals(referenceNumber(spec, value, reference), Surfaces.number(spec, value, fast));
        assertEquals(reference.next(), fast.next(), "same draws consumed");
        assertEquals(referenceExactForms(spec, value), Surfaces.exactForms(spec, value));
    }

    @Property(tries = 100)
    void subjectNamePicksWhatPickingFromTheFittingAliasesPicks(@ForAll @IntRange(min = 0, max = 10_000) int item,
                                                              @ForAll @IntRange(min = 0, max = 100) int density,
                                                              @ForAll long seed) {
        World world = Worlds.world(item);
        Xoshiro256 fast = new Xoshiro256(seed, 4, 5, 6);
        Xoshiro256 reference = new Xoshiro256(seed, 4, 5, 6);
        for (WorldFact f : world.facts()) {
            assertEquals(referenceSubjectName(f.subject(), f.attributeId(), density, reference),
                    Surfaces.subjectName(f.subject(), f.attributeId(), density, fast));
        }
        assertEquals(reference.next(), fast.next(), "same draws consumed");
    }

    /** Generator v5's Surfaces.number: lists of admitted and lossless forms, losslessness by dividing. */
    private static String referenceNumber(NumberSpec spec, BigDecimal value, Xoshiro256 rng) {
        List<SurfaceForm> forms = referenceExactForms(spec, value);
        SurfaceForm first = rng.pick(forms);
        String text = first.format(value);
        if (forms.size() > 1 && rng.chance(1, 5)) {
            String other = rng.pick(forms).format(value);
            if (!other.equals(text)) {
                return text + " (" + other + ")";
            }
        }
        return text;
    }

    private static List<SurfaceForm> referenceExactForms(NumberSpec spec, BigDecimal value) {
        List<SurfaceForm> exact = new ArrayList<>();
        List<SurfaceForm> admitted = new ArrayList<>();
        for (SurfaceForm f : spec.surfaceForms()) {
            if (f.admits(value)) {
                admitted.add(f);
                if (referenceLossless(f, value)) {
                    exact.add(f);
                }
            }
        }
        return exact.isEmpty() ? admitted : exact;
    }

    private static boolean referenceLossless(SurfaceForm f, BigDecimal value) {
        if (f.shift() >= 0) {
            return value.stripTrailingZeros().scale() + f.shift() <= f.decimals();
        }
        BigDecimal scaled = value.divide(f.scale(), 20, RoundingMode.HALF_UP);
        return scaled.scale() <= f.decimals() || scaled.stripTrailingZeros().scale() <= f.decimals();
    }

    private static String referenceSubjectName(Entity entity, String attributeId, int density, Xoshiro256 rng) {
        if (!entity.aliases().isEmpty() && rng.chance(density, 100)) {
            List<Alias> fitting = Surfaces.fittingAliases(entity, attributeId);
            if (!fitting.isEmpty()) {
                return rng.pick(fitting).text();
            }
        }
        return entity.canonical();
    }
}
