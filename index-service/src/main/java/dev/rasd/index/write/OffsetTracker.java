package dev.rasd.index.write;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Knows, per partition, up to which offset every record has been dealt with for good (acknowledged by
 * Elasticsearch, written to the dead-letter topic, or skipped), so that only such offsets are ever committed.
 *
 * <p>Records of a partition are {@linkplain #track tracked} in offset order as they are polled and
 * {@linkplain #done finished} in any order, as bulk responses arrive. The committable offset of a partition is the
 * lowest offset still unfinished, or one past the last tracked offset when all are finished: a crash at any moment
 * replays at most the unfinished records, never skips one. Thread-safe: bulk responses finish records on the
 * client's threads while the consumer thread tracks and commits.
 */
public final class OffsetTracker {

    private final Map<TopicPartition, PartitionState> partitions = new HashMap<>();

    /** Notes that the record at {@code offset} of {@code partition} was polled and is not finished yet. */
    public synchronized void track(TopicPartition partition, long offset) {
        // the first record polled is where the group's committed position already is: nothing to commit before it
        PartitionState state = partitions.computeIfAbsent(partition, p -> new PartitionState(offset));
        if (offset <= state.lastTracked) {
            throw new IllegalArgumentException(
                    "offset " + offset + " of " + partition + " tracked after " + state.lastTracked);
        }
        state.lastTracked = offset;
        state.unfinished.add(offset);
    }

    /**
     * Notes that the record at {@code offset} of {@code partition} is finished. Does nothing for a partition that was
     * {@linkplain #forget forgotten} meanwhile: its new owner replays the record.
     */
    public synchronized void done(TopicPartition partition, long offset) {
        PartitionState state = partitions.get(partition);
        if (state != null) {
            state.unfinished.remove(offset);
        }
    }

    /** Whether {@code partition} is still tracked, i.e. owned by this consumer. */
    public synchronized boolean owns(TopicPartition partition) {
        return partitions.containsKey(partition);
    }

    /** How many tracked records are unfinished, over all partitions. */
    public synchronized int unfinished() {
        return partitions.values().stream().mapToInt(s -> s.unfinished.size()).sum();
    }

    /** How many records of {@code partitions} are unfinished. */
    public synchronized int unfinished(Collection<TopicPartition> partitions) {
        return partitions.stream().map(this.partitions::get).filter(s -> s != null)
                .mapToInt(s -> s.unfinished.size()).sum();
    }

    /**
     * The offsets to commit: for every partition whose committable offset moved since the last call, that offset.
     * An empty map when there is nothing new to commit.
     */
    public synchronized Map<TopicPartition, OffsetAndMetadata> takeCommittable() {
        Map<TopicPartition, OffsetAndMetadata> result = new HashMap<>();
        partitions.forEach((partition, state) -> {
            long committable = state.unfinished.isEmpty() ? state.lastTracked + 1 : state.unfinished.first();
            if (committable > state.lastCommitted) {
                state.lastCommitted = committable;
                result.put(partition, new OffsetAndMetadata(committable));
            }
        });
        return result;
    }

    /**
     * Puts back offsets returned by {@link #takeCommittable()} whose commit failed, so the next call offers them
     * again.
     */
    public synchronized void commitFailed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((partition, offset) -> {
            PartitionState state = partitions.get(partition);
            if (state != null && state.lastCommitted == offset.offset()) {
                state.lastCommitted = Long.MIN_VALUE;
            }
        });
    }

    /** Stops tracking {@code partitions} (revoked or lost); their unfinished records are someone else's now. */
    public synchronized void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(this.partitions::remove);
    }

    private static final class PartitionState {
        final TreeSet<Long> unfinished = new TreeSet<>();
        long lastTracked = -1;
        long lastCommitted;

        PartitionState(long firstOffset) {
            lastCommitted = firstOffset;
        }
    }
}
