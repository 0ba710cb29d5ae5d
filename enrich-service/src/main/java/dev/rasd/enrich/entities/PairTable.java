package dev.rasd.enrich.entities;

import java.util.Map;

/**
 * The features over two adjacent words, looked up by number: a {@link #key} of the template and the two words' ids
 * to the index of the feature's scores, in a {@link LongIntTable}, where a map of maps keyed by strings walked
 * through four objects. Most pairs of adjacent words in a text are in no feature, and the table's filter says so
 * without a cache miss.
 */
final class PairTable {

    /** Ids take 28 bits each, templates the bits above them. */
    private static final int ID_BITS = 28;
    static final int MAX_ID = (1 << ID_BITS) - 1;

    private final LongIntTable entries;

    /** A table of {@code entries} (not negative), by {@link #key}. */
    PairTable(Map<Long, Integer> entries) {
        this.entries = new LongIntTable(entries);
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
        return entries.get(key);
    }
}
