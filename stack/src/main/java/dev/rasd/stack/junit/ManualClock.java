package dev.rasd.stack.junit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test sets or moves it: for the parts of Rasd that follow the clock (digests,
 * spikes, silent feeds), tested without waiting. Safe to read from the threads of a running service.
 */
public final class ManualClock extends Clock {

    private volatile Instant now;

    /** A clock standing at {@code now}. */
    public ManualClock(Instant now) {
        this.now = now;
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now = instant;
    }

    /** Moves the clock forward by {@code duration}. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a manual clock stays in UTC");
    }
}
