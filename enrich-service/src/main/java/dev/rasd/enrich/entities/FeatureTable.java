package dev.rasd.enrich.entities;

import java.util.HashMap;
import java.util.Map;

/**
 * Feature string to feature id, for look-ups at run time: a {@link LongIntTable} of 64-bit hashes of the strings.
 * A {@code HashMap<String, Integer>} look-up walks from its table to a node, the key, the key's chars and a boxed id,
 * each a likely cache miss in a table of half a million features. Two known features with the same hash are refused
 * when the table is built; an unknown feature whose hash equals a known one's (odds about 1 in 2^44 per look-up with
 * a million features) would read that feature's weights.
 */
final class FeatureTable {

    private static final long EMPTY = 0L;

    private final LongIntTable ids;

    /** The table of {@code index}, whose ids must not be negative. */
    FeatureTable(Map<String, Integer> index) {
        Map<Long, Integer> byHash = HashMap.newHashMap(index.size());
        index.forEach((feature, id) -> {
            Integer other = byHash.putIfAbsent(hash(feature), id);
            if (other != null) {
                throw new IllegalArgumentException("two features share a 64-bit hash: " + feature + " and id "
                        + other);
            }
        });
        this.ids = new LongIntTable(byHash);
    }

    /** The id of {@code feature}, or -1 for a feature the table does not hold. */
    int id(String feature) {
        return ids.get(hash(feature));
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
