package dev.rasd.enrich.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;

/**
 * The alerts that wait for their watch to become known: at most one per partition, since a partition stops at its
 * waiting alert. Each is retried after a backoff that doubles from {@link #FIRST_BACKOFF} up to
 * {@link #MAX_BACKOFF}.
 */
final class WaitingAlerts {

    static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private record Waiting(long offset, Instant since, Duration backoff, Instant retryAt) {
    }

    private final Map<TopicPartition, Waiting> waiting = new HashMap<>();

    /** How long the alert at {@code offset} of {@code partition} has waited so far (zero if it is not waiting). */
    Duration waited(TopicPartition partition, long offset, Instant now) {
        Waiting alert = waiting.get(partition);
        return alert == null || alert.offset() != offset ? Duration.ZERO : Duration.between(alert.since(), now);
    }

    /**
     * Records that the alert at {@code offset} of {@code partition} waits (again) and sets its next retry.
     *
     * @return true the first time this alert waits
     */
    boolean waitFor(TopicPartition partition, long offset, Instant now) {
        Waiting before = waiting.get(partition);
        boolean first = before == null || before.offset() != offset;
        Duration backoff = first ? FIRST_BACKOFF : min(before.backoff().multipliedBy(2), MAX_BACKOFF);
        waiting.put(partition, new Waiting(offset, first ? now : before.since(), backoff, now.plus(backoff)));
        return first;
    }

    /** The partition moved past its waiting alert (or was revoked). */
    void release(TopicPartition partition) {
        waiting.remove(partition);
    }

    /** The partitions whose waiting alert is due for a retry at {@code now}. */
    Set<TopicPartition> due(Instant now) {
        return waiting.entrySet().stream().filter(e -> !e.getValue().retryAt().isAfter(now))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
