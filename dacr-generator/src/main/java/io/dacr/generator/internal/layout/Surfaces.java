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
        List<SurfaceForm> all = spec.surfaceForms();
        long mask = writableMask(all, value);
        List<SurfaceForm> forms = new ArrayList<>(Long.bitCount(mask));
        for (long m = mask; m != 0; m &= m - 1) {
            forms.add(all.get(Long.numberOfTrailingZeros(m)));
        }
        return forms;
    }

    /**
     * @param spec the number spec
     * @param value the value
     * @return true if some admitted form writes it without loss
     */
    public static boolean exactlyWritable(NumberSpec spec, BigDecimal value) {
        int strippedScale = SurfaceForm.strippedScale(value);
        for (SurfaceForm f : spec.surfaceForms()) {
            if (f.admits(value) && lossless(f, value, strippedScale)) {
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
        long mask = writableMask(all, value);
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

    /**
     * @return the forms of {@link #exactForms} as a bit mask over {@code all} (bit i: form i): those
     *     that admit the value and write it without loss, or, if none, all that admit it
     */
    private static long writableMask(List<SurfaceForm> all, BigDecimal value) {
        int strippedScale = SurfaceForm.strippedScale(value);
        long exactMask = 0;
        long admittedMask = 0;
        for (int i = 0; i < all.size(); i++) {
            SurfaceForm f = all.get(i);
            if (f.admits(value)) {
                admittedMask |= 1L << i;
                if (lossless(f, value, strippedScale)) {
                    exactMask |= 1L << i;
                }
            }
        }
        return exactMask != 0 ? exactMask : admittedMask;
    }

    private static boolean lossless(SurfaceForm f, BigDecimal value, int strippedScale) {
        return f.shift() >= 0 ? f.lossless(strippedScale) : f.lossless(value);
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
        List<Alias> all = entity.aliases();
        if (!all.isEmpty() && rng.chance(aliasDensity, 100)) {
            // rng.pick(fittingAliases(entity, attributeId)), without building the list.
            int fitting = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).fitsStatementOf(attributeId)) {
                    fitting++;
                }
            }
            if (fitting > 0) {
                int k = rng.nextInt(fitting);
                for (int i = 0; i < all.size(); i++) {
                    Alias a = all.get(i);
                    if (a.fitsStatementOf(attributeId) && k-- == 0) {
                        return a.text();
                    }
                }
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
