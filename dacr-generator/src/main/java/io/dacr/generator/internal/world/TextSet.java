package io.dacr.generator.internal.world;

/**
 * A set of texts for membership only (never iterated), with the semantics of
 * {@code HashSet<String>.add}: open addressing over one array, so adding a text allocates nothing
 * but the occasional larger table. The world sampler asks it a few hundred times per draw.
 */
final class TextSet {

    private String[] table;
    private int size;

    /**
     * @param expected how many texts it will probably hold
     */
    TextSet(int expected) {
        int capacity = 16;
        while (capacity < expected * 2) {
            capacity <<= 1;
        }
        table = new String[capacity];
    }

    /**
     * @param text a text
     * @return true if it was not in the set (it is now)
     */
    boolean add(String text) {
        String[] t = table;
        int mask = t.length - 1;
        int i = spread(text.hashCode()) & mask;
        for (String at = t[i]; at != null; at = t[i]) {
            if (at.equals(text)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        t[i] = text;
        if (++size * 2 > t.length) {
            grow();
        }
        return true;
    }

    /**
     * @param text a text
     * @return true if it is in the set
     */
    boolean contains(String text) {
        String[] t = table;
        int mask = t.length - 1;
        int i = spread(text.hashCode()) & mask;
        for (String at = t[i]; at != null; at = t[i]) {
            if (at.equals(text)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    private void grow() {
        String[] old = table;
        String[] t = new String[old.length * 2];
        int mask = t.length - 1;
        for (String s : old) {
            if (s != null) {
                int i = spread(s.hashCode()) & mask;
                while (t[i] != null) {
                    i = (i + 1) & mask;
                }
                t[i] = s;
            }
        }
        table = t;
    }

    /** Mixes the high bits in, as string hashes of similar texts differ mostly in their low bits' neighbours. */
    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B9;
    }
}
