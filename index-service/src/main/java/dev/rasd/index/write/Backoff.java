package dev.rasd.index.write;

import java.time.Duration;

/**
 * Capped exponential back-off: {@code initial}, then twice as long after each failure, never more than
 * {@code max}, back to {@code initial} after a success. Not thread-safe; the consumer thread owns it.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    /** A back-off from {@code initial} doubling up to {@code max}. */
    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The delay before the next attempt; the one after will be twice as long, up to the cap. */
    public Duration nextDelay() {
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }

    /** Starts over from the initial delay. */
    public void reset() {
        next = initial;
    }
}
