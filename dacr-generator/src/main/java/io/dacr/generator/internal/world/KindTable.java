package io.dacr.generator.internal.world;

import io.dacr.generator.internal.pack.AliasKind;
import io.dacr.generator.internal.pack.Attribute;
import io.dacr.generator.internal.pack.AttributeType;
import io.dacr.generator.internal.pack.EntityKind;
import io.dacr.generator.internal.pack.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What world sampling and lookups need of one entity kind, derived once per pack: attributes by
 * position (an entity keeps its values in arrays in this order), what the sampler does with each
 * attribute, and the kind's name and alias templates with every placeholder already resolved to a
 * name part, an attribute or a built-in ({@code initials}, {@code noun}). Immutable.
 */
final class KindTable {

    /** Alias placeholder: the canonical name's initials. */
    static final int INITIALS = -1;
    /** Alias placeholder: the kind's singular noun. */
    static final int NOUN = -2;
    /** Alias placeholder that names nothing the entity has: renders empty. */
    static final int NOTHING = -3;

    final int index;
    final EntityKind kind;
    final Attribute[] attributes;
    final String[] attributeIds;
    /** Drawn on its own: neither an entity reference, nor a sum, nor a part of a sum. */
    final boolean[] sampled;
    /** For each sum attribute (one with {@code sumOf}), its parts' positions; else null. */
    final int[][] sumParts;
    /** For each entity reference, the referenced kind's position in the pack, or -1; else -1. */
    final boolean[] reference;
    final int[] referredKind;
    /** For each country PLACE attribute with a city attribute, that attribute's position (or -1); else -1. */
    final int[] placeOf;
    /**
     * For each number attribute whose precision's unscaled value fits a long, that value and the
     * precision's scale, so a drawn value is {@code BigDecimal.valueOf(unscaled * steps, scale)};
     * else {@link Integer#MIN_VALUE} as the scale.
     */
    final long[] precisionUnscaled;
    final int[] precisionScale;
    /**
     * For number attributes with at most {@value #CACHED_STEPS} possible values (years, counts), the
     * canonical text of each value by {@code steps - minSteps}, filled on first use; else null. Entries
     * are immutable strings, so threads that race to fill one write the same text.
     */
    final String[][] texts;
    static final int CACHED_STEPS = 4096;
    /** For each number attribute, its slot among the pack's distinct number attribute ids; else -1. */
    final int[] numberSlot;
    /** The kind's name part lists, in pack order. */
    final String[] partNames;
    final String[][] partEntries;
    /** For categorical attributes, the vocabulary; else null. */
    final String[][] vocabulary;
    /** The canonical-name patterns; each placeholder resolved to its name part's position. */
    final List<TemplateParts> namePatterns;
    final int[][] namePatternParts;
    /** Per alias kind, per template: the template, its placeholders' meaning and embedded attributes. */
    final AliasTemplate[][] aliasTemplates;
    final int maxAliasTemplates;
    /** True if some alias template spells out an entity reference (set only after all values are drawn). */
    final boolean aliasesReadReferences;

    KindTable(int index, EntityKind kind, List<EntityKind> kinds, List<String> numberIds) {
        this.index = index;
        this.kind = kind;
        int n = kind.attributes().size();
        attributes = kind.attributes().toArray(new Attribute[0]);
        attributeIds = new String[n];
        sampled = new boolean[n];
        reference = new boolean[n];
        precisionUnscaled = new long[n];
        precisionScale = new int[n];
        texts = new String[n][];
        sumParts = new int[n][];
        referredKind = new int[n];
        placeOf = new int[n];
        numberSlot = new int[n];
        for (int i = 0; i < n; i++) {
            attributeIds[i] = attributes[i].id();
        }
        for (int i = 0; i < n; i++) {
            Attribute a = attributes[i];
            referredKind[i] = -1;
            placeOf[i] = -1;
            numberSlot[i] = a.isNumber() ? numberIds.indexOf(a.id()) : -1;
            reference[i] = a.type() == AttributeType.ENTITY_REF;
            sampled[i] = !reference[i] && a.sumOf().isEmpty() && !kind.isSumPart(a.id());
            if (reference[i]) {
                for (int k = 0; k < kinds.size() && referredKind[i] < 0; k++) {
                    if (kinds.get(k).id().equals(a.refersTo())) {
                        referredKind[i] = k;
                    }
                }
            }
            if (!a.sumOf().isEmpty()) {
                sumParts[i] = new int[a.sumOf().size()];
                for (int p = 0; p < sumParts[i].length; p++) {
                    sumParts[i][p] = attributeIndex(a.sumOf().get(p));
                }
            }
            precisionScale[i] = Integer.MIN_VALUE;
            if (a.isNumber() && a.number().precision().unscaledValue().bitLength() < 63) {
                precisionUnscaled[i] = a.number().precision().unscaledValue().longValue();
                precisionScale[i] = a.number().precision().scale();
                long span = a.number().maxSteps() - a.number().minSteps();
                if (span >= 0 && span < CACHED_STEPS) {
                    texts[i] = new String[(int) span + 1];
                }
            }
            if (a.type() == AttributeType.PLACE && a.placeOf() != null && !"city".equals(a.placeLevel())) {
                placeOf[i] = attributeIndex(a.placeOf());
            }
        }
        Map<String, List<String>> parts = kind.nameParts();
        partNames = parts.keySet().toArray(new String[0]);
        partEntries = new String[partNames.length][];
        for (int p = 0; p < partNames.length; p++) {
            List<String> entries = parts.get(partNames[p]);
            partEntries[p] = entries == null ? null : entries.toArray(new String[0]);
        }
        vocabulary = new String[n][];
        for (int i = 0; i < n; i++) {
            if (attributes[i].vocabulary() != null && !attributes[i].vocabulary().isEmpty()) {
                vocabulary[i] = attributes[i].vocabulary().toArray(new String[0]);
            }
        }
        List<TemplateParts> patterns = new ArrayList<>();
        namePatternParts = new int[kind.namePatterns().size()][];
        for (int t = 0; t < namePatternParts.length; t++) {
            TemplateParts tp = TemplateParts.of(kind.namePatterns().get(t));
            patterns.add(tp);
            namePatternParts[t] = new int[tp.size()];
            for (int i = 0; i < tp.size(); i++) {
                namePatternParts[t][i] = partIndex(tp.name(i));
            }
        }
        namePatterns = List.copyOf(patterns);
        aliasTemplates = new AliasTemplate[kind.aliases().size()][];
        int most = 0;
        boolean readsReferences = false;
        for (int k = 0; k < aliasTemplates.length; k++) {
            AliasKind ak = kind.aliases().get(k);
            aliasTemplates[k] = new AliasTemplate[ak.templates().size()];
            for (int t = 0; t < aliasTemplates[k].length; t++) {
                aliasTemplates[k][t] = aliasTemplate(ak.templates().get(t));
                for (int m : aliasTemplates[k][t].meaning()) {
                    readsReferences |= m >= partNames.length && reference[m - partNames.length];
                }
            }
            most = Math.max(most, aliasTemplates[k].length);
        }
        maxAliasTemplates = most;
        aliasesReadReferences = readsReferences;
    }

    /**
     * @param attributeId an attribute id
     * @return its position in the kind, or -1
     */
    int attributeIndex(String attributeId) {
        String[] ids = attributeIds;
        // Callers mostly pass the attribute's own id instance: an identity pass first is the cheap path.
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == attributeId) {
                return i;
            }
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(attributeId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param name a placeholder name
     * @return the position of the name part list of that name, or -1
     */
    int partIndex(String name) {
        for (int p = 0; p < partNames.length; p++) {
            if (partNames[p].equals(name)) {
                return p;
            }
        }
        return -1;
    }

    /**
     * @param part a name part's position
     * @return its entries
     */
    String[] entries(int part) {
        return partEntries[part];
    }

    /**
     * Resolves an alias template's placeholders in the order the sampler resolves them: {@code initials},
     * {@code noun}, a name part, an attribute value, else nothing.
     */
    private AliasTemplate aliasTemplate(Template template) {
        TemplateParts tp = TemplateParts.of(template);
        int[] meaning = new int[tp.size()];
        boolean draws = false;
        List<String> embeds = new ArrayList<>();
        List<Integer> embedded = new ArrayList<>();
        for (int i = 0; i < tp.size(); i++) {
            String p = tp.name(i);
            int part = partIndex(p);
            int attribute = attributeIndex(p);
            if (p.equals("initials")) {
                meaning[i] = INITIALS;
            } else if (p.equals("noun")) {
                meaning[i] = NOUN;
            } else if (part >= 0) {
                // Encoded as part + 0 .. partNames.length - 1; the entity's own entry when its name used it.
                meaning[i] = part;
                draws = true;
            } else if (attribute >= 0) {
                meaning[i] = partNames.length + attribute;
                if (!embeds.contains(p)) {
                    embeds.add(p);
                    embedded.add(attribute);
                }
            } else {
                meaning[i] = NOTHING;
            }
        }
        int[] embeddedAt = new int[embedded.size()];
        for (int i = 0; i < embeddedAt.length; i++) {
            embeddedAt[i] = embedded.get(i);
        }
        return new AliasTemplate(tp, meaning, draws, List.copyOf(embeds), embeddedAt);
    }

    /**
     * An alias template with its placeholders resolved.
     *
     * @param parts the template's text
     * @param meaning per placeholder: {@link #INITIALS}, {@link #NOUN}, {@link #NOTHING}, a name part's
     *     position (below the number of name parts) or the number of name parts plus an attribute's
     *     position
     * @param mayDrawParts true if some placeholder is a name part, which is drawn afresh when the
     *     entity's name did not use it
     * @param embeds the attribute ids the alias spells out when every one of them has a value, in order
     *     of first use
     * @param embeddedAt their attribute positions
     */
    record AliasTemplate(TemplateParts parts, int[] meaning, boolean mayDrawParts, List<String> embeds,
                         int[] embeddedAt) {
    }
}
