package dev.rasd.runtime;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The wait after consecutive failures: exponential from {@code base} (doubling per consecutive failure) up to
 * {@code cap}. {@link #delay} adds "equal jitter" (a random point in the upper half), so that many clients that failed
 * together (ingest's feeds) do not retry together; {@link #ceiling} is the wait without it (index-service's single
 * writer). It never gives up: past the cap every retry waits the cap.
 *
 * @param base the wait after the first failure, before jitter
 * @param cap the longest wait
 */
public record Backoff(Duration base, Duration cap) {

    public Backoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, got " + base + " and " + cap);
        }
    }

    /**
     * The wait after {@code consecutiveFailures} (at least 1) failures, with jitter: between half and all of
     * {@link #ceiling}.
     */
    public Duration delay(int consecutiveFailures, RandomGenerator random) {
        Duration exponential = ceiling(consecutiveFailures);
        long half = exponential.toMillis() / 2;
        return Duration.ofMillis(half + random.nextLong(exponential.toMillis() - half + 1));
    }

    /** The wait before jitter: {@code base × 2^(failures-1)}, at most {@code cap}. */
    public Duration ceiling(int consecutiveFailures) {
        int doublings = Math.max(0, consecutiveFailures - 1);
        long capMillis = cap.toMillis();
        long millis = base.toMillis();
        for (int i = 0; i < doublings && millis < capMillis; i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, capMillis));
    }
}
