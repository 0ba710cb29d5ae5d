package dev.rasd.enrich.entities;

/**
 * A set of 64-bit hashes that may answer "maybe" for a hash it does not hold (about 5% of the time) but never "no"
 * for one it holds: two bits per hash in about eight bits per hash, so that a filter over a table too large for the
 * processor's cache stays in it, and most look-ups of absent keys end without touching the table.
 */
final class BloomFilter {

    private final long[] bits;
    private final int mask;

    /** A filter sized for {@code expected} hashes. */
    BloomFilter(int expected) {
        int size = Integer.highestOneBit(Math.max(64, expected * 8 - 1)) << 1;
        this.bits = new long[size / 64];
        this.mask = size - 1;
    }

    /** Adds a hash, which should be well mixed (both halves are used as bit positions). */
    void add(long hash) {
        set((int) hash);
        set((int) (hash >>> 32));
    }

    /** False if {@link #add} was never called with {@code hash}; true if it was, and now and then if not. */
    boolean mightContain(long hash) {
        return isSet((int) hash) && isSet((int) (hash >>> 32));
    }

    private void set(int position) {
        int bit = position & mask;
        bits[bit >>> 6] |= 1L << bit;
    }

    private boolean isSet(int position) {
        int bit = position & mask;
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }
}
