package io.dacr.core.ledger.internal;

/**
 * A hash set of 32-byte values stored flat in one {@code long[]} (open addressing, linear probing): no
 * object per element, so a million receipt hashes cost 64 MB of array rather than a million nodes for
 * the garbage collector to trace and copy on every collection. The values are hashes already, so their
 * own bits choose the slot.
 */
public final class Bytes32Set {

    private static final int WORDS = 4;

    private long[] slots;
    private int mask;
    private int size;
    private boolean containsZero;

    /** An empty set. */
    public Bytes32Set() {
        allocate(1 << 10);
    }

    /** @return the number of values in the set */
    public int size() {
        return size + (containsZero ? 1 : 0);
    }

    /**
     * @param value a value
     * @return true if the set holds it
     */
    public boolean contains(Bytes32 value) {
        long a = value.word(0);
        long c = value.word(1);
        long d = value.word(2);
        long e = value.word(3);
        if ((a | c | d | e) == 0) {
            return containsZero;
        }
        return slotOf(a, c, d, e) >= 0;
    }

    /**
     * @param value a value
     * @return true if it was added, false if the set held it already
     */
    public boolean add(Bytes32 value) {
        long a = value.word(0);
        long c = value.word(1);
        long d = value.word(2);
        long e = value.word(3);
        if ((a | c | d | e) == 0) {
            boolean added = !containsZero;
            containsZero = true;
            return added;
        }
        if (slotOf(a, c, d, e) >= 0) {
            return false;
        }
        if ((size + 1) * 10L > (mask + 1) * 6L) {
            grow();
        }
        insert(a, c, d, e);
        size++;
        return true;
    }

    /** The slot holding the value, or -1. */
    private int slotOf(long a, long b, long c, long d) {
        for (int i = index(a, b); ; i = (i + 1) & mask) {
            int at = i * WORDS;
            long s0 = slots[at];
            long s1 = slots[at + 1];
            long s2 = slots[at + 2];
            long s3 = slots[at + 3];
            if ((s0 | s1 | s2 | s3) == 0) {
                return -1;
            }
            if (s0 == a && s1 == b && s2 == c && s3 == d) {
                return i;
            }
        }
    }

    private void insert(long a, long b, long c, long d) {
        int i = index(a, b);
        while ((slots[i * WORDS] | slots[i * WORDS + 1] | slots[i * WORDS + 2] | slots[i * WORDS + 3]) != 0) {
            i = (i + 1) & mask;
        }
        int at = i * WORDS;
        slots[at] = a;
        slots[at + 1] = b;
        slots[at + 2] = c;
        slots[at + 3] = d;
    }

    private int index(long a, long b) {
        long h = (a ^ b) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    private void grow() {
        long[] old = slots;
        allocate((mask + 1) * 2);
        for (int at = 0; at < old.length; at += WORDS) {
            if ((old[at] | old[at + 1] | old[at + 2] | old[at + 3]) != 0) {
                insert(old[at], old[at + 1], old[at + 2], old[at + 3]);
            }
        }
    }

    private void allocate(int capacity) {
        slots = new long[capacity * WORDS];
        mask = capacity - 1;
    }
}
