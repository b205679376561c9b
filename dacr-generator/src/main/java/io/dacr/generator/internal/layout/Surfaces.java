package io.dacr.generator.internal.layout;

import io.dacr.generator.internal.pack.NumberSpec;
import io.dacr.generator.internal.pack.SurfaceForm;
import io.dacr.generator.internal.random.Xoshiro256;
import io.dacr.generator.internal.world.Alias;
import io.dacr.generator.internal.world.Entity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Chooses how values and entities are written. */
public final class Surfaces {

    private Surfaces() {
    }

    /**
     * @param spec the number spec
     * @param value the value
     * @return the forms that write it without loss (admitted by their value limits), or, if none, the
     *     admitted ones
     */
    public static List<SurfaceForm> exactForms(NumberSpec spec, BigDecimal value) {
        List<SurfaceForm> exact = new ArrayList<>();
        List<SurfaceForm> admitted = new ArrayList<>();
        int strippedScale = value.stripTrailingZeros().scale();
        for (SurfaceForm f : spec.surfaceForms()) {
            if (f.admits(value)) {
                admitted.add(f);
                if (f.shift() >= 0 ? f.lossless(strippedScale) : f.lossless(value)) {
                    exact.add(f);
                }
            }
        }
        return exact.isEmpty() ? admitted : exact;
    }

    /**
     * @param spec the number spec
     * @param value the value
     * @return true if some admitted form writes it without loss
     */
    public static boolean exactlyWritable(NumberSpec spec, BigDecimal value) {
        for (SurfaceForm f : spec.surfaceForms()) {
            if (f.admits(value) && f.lossless(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes a number in one surface form, sometimes restated in a second ("$1,664 million
     * (US$1,664,000,000)"): a unit restatement, not a conflict.
     *
     * @param spec the number spec
     * @param value the value
     * @param rng the layout stream
     * @return the text
     */
    public static String number(NumberSpec spec, BigDecimal value, Xoshiro256 rng) {
        // The same choice as picking from exactForms(spec, value), without building the lists.
        List<SurfaceForm> all = spec.surfaceForms();
        int strippedScale = value.stripTrailingZeros().scale();
        long exactMask = 0;
        long admittedMask = 0;
        for (int i = 0; i < all.size(); i++) {
            SurfaceForm f = all.get(i);
            if (f.admits(value)) {
                admittedMask |= 1L << i;
                if (f.shift() >= 0 ? f.lossless(strippedScale) : f.lossless(value)) {
                    exactMask |= 1L << i;
                }
            }
        }
        long mask = exactMask != 0 ? exactMask : admittedMask;
        int size = Long.bitCount(mask);
        SurfaceForm first = all.get(nth(mask, rng.nextInt(size)));
        String text = first.format(value);
        if (size > 1 && rng.chance(1, 5)) {
            SurfaceForm second = all.get(nth(mask, rng.nextInt(size)));
            String other = second == first ? text : second.format(value);
            if (!other.equals(text)) {
                return text + " (" + other + ")";
            }
        }
        return text;
    }

    /** @return the position of the n-th set bit of {@code mask} (n from 0) */
    private static int nth(long mask, int n) {
        long m = mask;
        for (int i = 0; i < n; i++) {
            m &= m - 1;
        }
        return Long.numberOfTrailingZeros(m);
    }

    /**
     * @param entity an entity
     * @param aliasDensity percent of mentions that use an alias
     * @param rng the layout stream
     * @return the canonical name or one of the aliases
     */
    public static String name(Entity entity, int aliasDensity, Xoshiro256 rng) {
        return subjectName(entity, null, aliasDensity, rng);
    }

    /**
     * @param entity the subject of a sentence
     * @param attributeId the attribute or relation the sentence states, or null
     * @param aliasDensity percent of mentions that use an alias
     * @param rng the layout stream
     * @return the canonical name or one of the aliases that does not spell out the stated attribute
     */
    public static String subjectName(Entity entity, String attributeId, int aliasDensity, Xoshiro256 rng) {
        if (!entity.aliases().isEmpty() && rng.chance(aliasDensity, 100)) {
            List<Alias> fitting = fittingAliases(entity, attributeId);
            if (!fitting.isEmpty()) {
                return rng.pick(fitting).text();
            }
        }
        return entity.canonical();
    }

    /**
     * @param entity an entity
     * @param attributeId the attribute or relation a sentence states, or null
     * @return its aliases that may name it in that sentence (see {@link Alias#fitsStatementOf})
     */
    public static List<Alias> fittingAliases(Entity entity, String attributeId) {
        List<Alias> all = entity.aliases();
        for (Alias a : all) {
            if (!a.fitsStatementOf(attributeId)) {
                List<Alias> fitting = new ArrayList<>(all.size());
                for (Alias b : all) {
                    if (b.fitsStatementOf(attributeId)) {
                        fitting.add(b);
                    }
                }
                return fitting;
            }
        }
        return all;
    }
}
