package dev.rasd.enrich.entities;

import java.util.Arrays;
import java.util.Map;

/**
 * Feature string to feature id, for look-ups at run time: an open-addressing table of 64-bit hashes of the
 * strings. A {@code HashMap<String, Integer>} look-up walks from its table to a node, the key, the key's chars and
 * a boxed id, each a likely cache miss in a table of half a million features; here it is one slot of a
 * {@code long[]} and one of an {@code int[]}. Two known features with the same hash are refused when the table is
 * built; an unknown feature whose hash equals a known one's (odds about 1 in 2^44 per look-up with a million
 * features) would read that feature's weights.
 */
final class FeatureTable {

    private static final long EMPTY = 0L;

    private final long[] hashes;
    private final int[] ids;
    private final int mask;

    /** The table of {@code index}, whose ids must be distinct. */
    FeatureTable(Map<String, Integer> index) {
        int capacity = Integer.highestOneBit(Math.max(4, index.size() * 2 - 1)) << 1;
        this.hashes = new long[capacity];
        this.ids = new int[capacity];
        this.mask = capacity - 1;
        Arrays.fill(ids, -1);
        index.forEach((feature, id) -> {
            long hash = hash(feature);
            int slot = slot(hash);
            if (hashes[slot] == hash) {
                throw new IllegalArgumentException("two features share a 64-bit hash: " + feature + " and id "
                        + ids[slot]);
            }
            hashes[slot] = hash;
            ids[slot] = id;
        });
    }

    /** The id of {@code feature}, or -1 for a feature the table does not hold. */
    int id(String feature) {
        long hash = hash(feature);
        int slot = (int) (hash ^ hash >>> 32) & mask;
        while (hashes[slot] != EMPTY) {
            if (hashes[slot] == hash) {
                return ids[slot];
            }
            slot = slot + 1 & mask;
        }
        return -1;
    }

    /** The slot that holds {@code hash} or the empty slot where it goes. */
    private int slot(long hash) {
        int slot = (int) (hash ^ hash >>> 32) & mask;
        while (hashes[slot] != EMPTY && hashes[slot] != hash) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    /** FNV-1a over the chars, then a SplitMix64 finaliser; never {@link #EMPTY}. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == EMPTY ? 1 : h;
    }
}
