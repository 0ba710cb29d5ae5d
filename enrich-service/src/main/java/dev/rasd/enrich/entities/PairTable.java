package dev.rasd.enrich.entities;

import java.util.Map;

/**
 * The features over two adjacent words, looked up by number: a {@link #key} of the template and the two words' ids
 * to the index of the feature's scores. A slot holds the key and the entry side by side in one {@code long[]}, so a
 * look-up is one cache miss, where a map of maps keyed by strings walked through four objects.
 */
final class PairTable {

    private static final long EMPTY = 0L;
    /** Ids take 28 bits each, templates the bits above them. */
    private static final int ID_BITS = 28;
    static final int MAX_ID = (1 << ID_BITS) - 1;

    /** Slot {@code i}: the key at {@code 2i}, the entry at {@code 2i + 1}. */
    private final long[] slots;
    private final int mask;
    /** Most pairs of adjacent words in a text are in no feature: the filter says so without a cache miss. */
    private final BloomFilter filter;

    /** A table of {@code entries} (not negative), by {@link #key}. */
    PairTable(Map<Long, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        this.slots = new long[2 * capacity];
        this.mask = capacity - 1;
        this.filter = new BloomFilter(entries.size());
        entries.forEach((key, entry) -> {
            long mixed = FeatureTable.mix(key);
            filter.add(mixed);
            int slot = slot(mixed);
            while (slots[2 * slot] != EMPTY) {
                slot = slot + 1 & mask;
            }
            slots[2 * slot] = key;
            slots[2 * slot + 1] = entry;
        });
    }

    /**
     * The key of a pair.
     *
     * @param template which pair template, from 0
     * @param left     the id of the left word, in {@code [0, MAX_ID]}
     * @param right    the id of the right word, in {@code [0, MAX_ID]}
     */
    static long key(int template, int left, int right) {
        if (left < 0 || left > MAX_ID || right < 0 || right > MAX_ID || template < 0) {
            throw new IllegalArgumentException("pair out of range: " + template + " " + left + " " + right);
        }
        return (long) (template + 1) << 2 * ID_BITS | (long) left << ID_BITS | right;
    }

    /** The entry stored for {@code key}, or -1. */
    int entry(long key) {
        long mixed = FeatureTable.mix(key);
        if (!filter.mightContain(mixed)) {
            return -1;
        }
        int slot = slot(mixed);
        while (slots[2 * slot] != EMPTY) {
            if (slots[2 * slot] == key) {
                return (int) slots[2 * slot + 1];
            }
            slot = slot + 1 & mask;
        }
        return -1;
    }

    /** The first slot to probe for a key, given its {@link FeatureTable#mix}: keys differ in few bits. */
    private int slot(long mixed) {
        return (int) (mixed ^ mixed >>> 32) & mask;
    }

}
