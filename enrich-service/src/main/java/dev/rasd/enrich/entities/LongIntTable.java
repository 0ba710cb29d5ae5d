package dev.rasd.enrich.entities;

import java.util.Map;

/**
 * A read-only map from {@code long} keys (not 0) to {@code int} values (not negative), laid out for look-ups that
 * mostly miss the processor's cache: open addressing with key and value side by side in one {@code long[]} slot, so
 * a look-up is one cache miss where a {@code HashMap} walks through several objects, and a {@link BloomFilter} in
 * front that answers most look-ups of absent keys without touching the slots at all.
 */
final class LongIntTable {

    private static final long EMPTY = 0L;

    /** Slot {@code i}: the key at {@code 2i}, the value at {@code 2i + 1}. */
    private final long[] slots;
    private final int mask;
    private final BloomFilter filter;

    /** The table of {@code entries}. */
    LongIntTable(Map<Long, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        this.slots = new long[2 * capacity];
        this.mask = capacity - 1;
        this.filter = new BloomFilter(entries.size());
        entries.forEach((key, value) -> {
            if (key == EMPTY || value < 0) {
                throw new IllegalArgumentException("key must not be 0 nor value negative: " + key + " " + value);
            }
            long mixed = FeatureTable.mix(key);
            filter.add(mixed);
            int slot = slot(mixed);
            while (slots[2 * slot] != EMPTY) {
                slot = slot + 1 & mask;
            }
            slots[2 * slot] = key;
            slots[2 * slot + 1] = value;
        });
    }

    /** The value stored for {@code key}, or -1. */
    int get(long key) {
        long mixed = FeatureTable.mix(key);
        if (!filter.mightContain(mixed)) {
            return -1;
        }
        for (int slot = slot(mixed); slots[2 * slot] != EMPTY; slot = slot + 1 & mask) {
            if (slots[2 * slot] == key) {
                return (int) slots[2 * slot + 1];
            }
        }
        return -1;
    }

    /** The first slot to probe, from the mixed key (keys such as packed ids differ in few bits). */
    private int slot(long mixed) {
        return (int) (mixed ^ mixed >>> 32) & mask;
    }
}
