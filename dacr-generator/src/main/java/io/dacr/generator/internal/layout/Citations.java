package io.dacr.generator.internal.layout;

import io.dacr.generator.internal.world.WorldFact;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each fact id, the id of the paragraph that states the fact's correct value first: an
 * unmodifiable map over an array by fact position, which the layout fills without a hash table and
 * the question planner reads by fact id. Iterates in fact order.
 */
final class Citations extends AbstractMap<String, String> {

    private final List<WorldFact> facts;
    private final String[] paragraphIds;
    private Set<Map.Entry<String, String>> entries;

    /**
     * @param facts the world's facts
     * @param paragraphIds for each fact (by position), its paragraph id, or null if no paragraph states it
     */
    Citations(List<WorldFact> facts, String[] paragraphIds) {
        this.facts = facts;
        this.paragraphIds = paragraphIds;
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof String id)) {
            return null;
        }
        int at = LayoutPlanner.positionOfId(facts, id);
        return at < 0 ? null : paragraphIds[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        if (entries == null) {
            List<Map.Entry<String, String>> list = new ArrayList<>(facts.size());
            for (int i = 0; i < facts.size(); i++) {
                if (paragraphIds[i] != null) {
                    list.add(Map.entry(facts.get(i).id(), paragraphIds[i]));
                }
            }
            entries = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(list));
        }
        return entries;
    }
}
