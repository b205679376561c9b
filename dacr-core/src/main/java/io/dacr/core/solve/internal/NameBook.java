package io.dacr.core.solve.internal;

import io.dacr.core.verify.internal.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves names as written to entities. Full names come from alias introductions and questions (both
 * name entities by their full names). With aliases on, every introduced alias resolves to its entity
 * by exact normalised match; any other name stays an entity of its own (a similarly named stranger is
 * not mistaken for a known entity). Canonical-only resolution ignores aliases and instead matches a
 * name to the most similar full name (same first word and half the words shared, or nearly the same
 * letters), the way a fuzzy name matcher does.
 */
final class NameBook {

    private static final double SIMILAR_LETTERS = 0.8;
    private static final double SHARED_WORDS = 0.5;

    private final Map<String, String> full = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final boolean useAliases;
    private final Map<String, String> resolved = new LinkedHashMap<>();

    NameBook(boolean useAliases) {
        this.useAliases = useAliases;
    }

    /** Records an entity's full name. */
    void addFullName(String name) {
        full.putIfAbsent(key(name), name);
    }

    /** Records an alias of a full name (kept only when aliases are used). */
    void addAlias(String name, String alias) {
        addFullName(name);
        if (useAliases) {
            aliases.putIfAbsent(key(alias), full.get(key(name)));
        }
    }

    /** @return the full names known, in the order first seen */
    List<String> fullNames() {
        return new ArrayList<>(full.values());
    }

    /**
     * @param written a name as written
     * @return the entity's full name, or the name itself (trimmed) if it resolves to no known entity
     */
    String resolve(String written) {
        String k = key(written);
        String hit = resolved.get(k);
        if (hit != null) {
            return hit;
        }
        String out = full.get(k);
        if (out == null && useAliases) {
            out = aliases.get(k);
        }
        if (out == null && !useAliases) {
            out = fuzzy(k);
        }
        if (out == null) {
            out = written.trim();
        }
        resolved.put(k, out);
        return out;
    }

    /** @return true if the name resolves to a known entity */
    boolean known(String written) {
        return full.containsKey(key(resolve(written)));
    }

    private String fuzzy(String k) {
        String best = null;
        double bestScore = 0;
        String[] words = k.split(" ");
        for (Map.Entry<String, String> e : full.entrySet()) {
            String[] other = e.getKey().split(" ");
            double score = 0;
            if (words[0].equals(other[0])) {
                score = shared(words, other);
            }
            if (score < SHARED_WORDS) {
                double letters = letters(k, e.getKey());
                score = letters >= SIMILAR_LETTERS ? letters : 0;
            }
            if (score >= SHARED_WORDS && score > bestScore) {
                best = e.getValue();
                bestScore = score;
            }
        }
        return best;
    }

    private static double shared(String[] a, String[] b) {
        int common = 0;
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    common++;
                    break;
                }
            }
        }
        return (double) common / Math.max(a.length, b.length);
    }

    /** 1 - edit distance / longer length. */
    private static double letters(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) prev[b.length()] / longer;
    }

    /** The normal form names are compared in. */
    static String key(String name) {
        return Normalizer.strict(name).toLowerCase(Locale.ROOT);
    }
}
