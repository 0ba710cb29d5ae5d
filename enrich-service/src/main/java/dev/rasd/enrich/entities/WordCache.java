package dev.rasd.enrich.entities;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What the recogniser computed for each distinct written word, found by a 64-bit hash of the word: a look-up reads
 * one slot of a {@code long[]} and one of an {@code Object[]}, where a {@code ConcurrentHashMap} walks from its table
 * to a node, the key and the key's chars, each a likely cache miss, for every token of every text. Two words with
 * the same hash (odds about 1 in 2^34 among 50,000 words) would share a value.
 *
 * <p>Bounded: once it holds {@code capacity} words it starts again empty (the frequent words are back after a text
 * or two; an LRU's bookkeeping on every read cost more than the occasional refill). Reads take no lock; writes are
 * serialised and publish a slot's value before its hash, so a reader that finds the hash finds the value.
 *
 * @param <V> what is remembered per word
 */
final class WordCache<V> {

    private static final VarHandle HASHES = MethodHandles.arrayElementVarHandle(long[].class);
    private static final long EMPTY = 0L;

    private final int capacity;
    private volatile Table table;

    /** One generation of the cache; a full one is replaced, never cleared, so readers never see it emptied. */
    private static final class Table {
        final long[] hashes;
        final Object[] values;
        final int mask;
        int size;

        Table(int slots) {
            this.hashes = new long[slots];
            this.values = new Object[slots];
            this.mask = slots - 1;
        }
    }

    /** @param capacity the most words held at once */
    WordCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.table = newTable();
    }

    /** The value remembered for {@code word}, or null. */
    @SuppressWarnings("unchecked")
    V get(String word) {
        long hash = FeatureTable.hash(word);
        Table t = table;
        for (int slot = slot(hash, t); ; slot = slot + 1 & t.mask) {
            long found = (long) HASHES.getAcquire(t.hashes, slot);
            if (found == hash) {
                return (V) t.values[slot];
            }
            if (found == EMPTY) {
                return null;
            }
        }
    }

    /** Remembers {@code value} for {@code word}, starting again empty first if the cache is full. */
    synchronized void put(String word, V value) {
        long hash = FeatureTable.hash(word);
        Table t = table;
        if (t.size >= capacity) {
            t = newTable();
            table = t;
        }
        int slot = slot(hash, t);
        while (t.hashes[slot] != EMPTY) {
            if (t.hashes[slot] == hash) {
                return;
            }
            slot = slot + 1 & t.mask;
        }
        t.values[slot] = value;
        HASHES.setRelease(t.hashes, slot, hash);
        t.size++;
    }

    /** How many words the cache holds. */
    synchronized int size() {
        return table.size;
    }

    private Table newTable() {
        // at most a quarter full, so that probes stay short
        return new Table(Integer.highestOneBit(Math.max(2, capacity) * 4 - 1) << 1);
    }

    private static int slot(long hash, Table t) {
        return (int) (hash ^ hash >>> 32) & t.mask;
    }
}
