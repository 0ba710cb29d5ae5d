package dev.rasd.enrich.entities;

import java.util.Map;

/**
 * Feature string to feature id, for look-ups at run time: an open-addressing table of 64-bit hashes of the
 * strings. A {@code HashMap<String, Integer>} look-up walks from its table to a node, the key, the key's chars and
 * a boxed id, each a likely cache miss in a table of half a million features; here a slot holds the hash and the id
 * side by side in one {@code long[]}, so a look-up is one cache miss. Most features of a word new to the recogniser
 * are unknown, and for those a {@link BloomFilter} usually answers without touching the table at all. Two known features with the same hash are
 * refused when the table is built; an unknown feature whose hash equals a known one's (odds about 1 in 2^44 per
 * look-up with a million features) would read that feature's weights.
 */
final class FeatureTable {

    private static final long EMPTY = 0L;

    /** Slot {@code i}: the hash at {@code 2i}, the id at {@code 2i + 1}. */
    private final long[] slots;
    private final int mask;
    private final BloomFilter filter;

    /** The table of {@code index}, whose ids must be distinct and not negative. */
    FeatureTable(Map<String, Integer> index) {
        int capacity = Integer.highestOneBit(Math.max(4, index.size() * 2 - 1)) << 1;
        this.slots = new long[2 * capacity];
        this.mask = capacity - 1;
        this.filter = new BloomFilter(index.size());
        index.forEach((feature, id) -> {
            long hash = hash(feature);
            filter.add(hash);
            int slot = slot(hash);
            if (slots[2 * slot] == hash) {
                throw new IllegalArgumentException("two features share a 64-bit hash: " + feature + " and id "
                        + slots[2 * slot + 1]);
            }
            slots[2 * slot] = hash;
            slots[2 * slot + 1] = id;
        });
    }

    /** The id of {@code feature}, or -1 for a feature the table does not hold. */
    int id(String feature) {
        long hash = hash(feature);
        if (!filter.mightContain(hash)) {
            return -1;
        }
        int slot = (int) (hash ^ hash >>> 32) & mask;
        while (slots[2 * slot] != EMPTY) {
            if (slots[2 * slot] == hash) {
                return (int) slots[2 * slot + 1];
            }
            slot = slot + 1 & mask;
        }
        return -1;
    }

    /** The slot that holds {@code hash} or the empty slot where it goes. */
    private int slot(long hash) {
        int slot = (int) (hash ^ hash >>> 32) & mask;
        while (slots[2 * slot] != EMPTY && slots[2 * slot] != hash) {
            slot = slot + 1 & mask;
        }
        return slot;
    }
    /** FNV-1a over the chars, then {@link #mix}; never {@link #EMPTY}. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h = mix(h);
        return h == EMPTY ? 1 : h;
    }

    /** The SplitMix64 finaliser: every bit of the result depends on every bit of {@code h}. */
    static long mix(long h) {
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }
}
