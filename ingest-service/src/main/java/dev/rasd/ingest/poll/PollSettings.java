package dev.rasd.ingest.poll;

import dev.rasd.runtime.Backoff;
import java.time.Duration;

/**
 * How feeds are polled.
 *
 * @param minInterval the shortest interval between two polls of a feed
 * @param maxInterval the longest interval between two successful polls of a feed
 * @param maxBackoff the longest wait after failures (backoff starts at {@code minInterval})
 * @param maxFeedBytes the largest feed document accepted
 * @param maxPageBytes the largest article page accepted
 * @param seenPerFeed how many items per feed are remembered as published, at least: a feed document that lists
 *     more is remembered whole
 * @param publishTimeout how long a poll waits for Kafka to acknowledge its articles
 * @param silence when a feed that answers but publishes nothing counts as silent
 */
public record PollSettings(
        Duration minInterval,
        Duration maxInterval,
        Duration maxBackoff,
        long maxFeedBytes,
        long maxPageBytes,
        int seenPerFeed,
        Duration publishTimeout,
        SilenceRule silence) {

    public PollSettings {
        if (minInterval.isNegative() || minInterval.isZero() || maxInterval.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException(
                    "poll intervals need 0 < min <= max, got " + minInterval + " and " + maxInterval);
        }
        if (maxBackoff.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("max backoff " + maxBackoff + " is shorter than " + minInterval);
        }
    }

    /** The backoff after failed polls. */
    public Backoff backoff() {
        return new Backoff(minInterval, maxBackoff);
    }
}
