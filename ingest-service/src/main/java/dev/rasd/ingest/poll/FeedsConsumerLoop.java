package dev.rasd.ingest.poll;

import dev.rasd.contract.Feed;
import dev.rasd.contract.JsonSerde;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which feeds this instance polls, by Kafka's consumer-group assignment of the compacted feeds topic: the
 * instance holds the feeds of the partitions assigned to it. On assignment it restores those feeds' checkpoints and
 * reads the partitions from the beginning (the topic is a table: every live feed is there); on revocation it drops
 * them, waiting for running polls; a tombstone deletes a feed. A second instance in the group takes half the
 * partitions; when one stops, the other is assigned its partitions. With the cooperative-sticky assignor only the
 * partitions that move are revoked.
 *
 * <p>Offsets are never committed: every assignment re-reads its partitions, which is cheap for a table of feeds.
 */
public final class FeedsConsumerLoop implements Runnable, ConsumerRebalanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(FeedsConsumerLoop.class);
    private static final JsonSerde<Feed> SERDE = JsonSerde.of(Feed.class);

    private final Consumer<String, byte[]> consumer;
    private final String feedsTopic;
    private final FeedScheduler scheduler;
    private final CheckpointStore checkpoints;
    private final Map<Integer, Set<String>> feedsByPartition = new HashMap<>();
    private final Map<String, FeedCheckpoint> restored = new HashMap<>();
    private volatile boolean running = true;

    public FeedsConsumerLoop(Consumer<String, byte[]> consumer, String feedsTopic, FeedScheduler scheduler,
            CheckpointStore checkpoints) {
        this.consumer = consumer;
        this.feedsTopic = feedsTopic;
        this.scheduler = scheduler;
        this.checkpoints = checkpoints;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(feedsTopic), this);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    apply(record);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumer.close(); // leaves the group: the revocation callback drops this instance's feeds
        }
    }

    /** Stops the loop; {@link #run()} then closes the consumer and returns. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        String id = record.key();
        if (id == null) {
            LOG.warn("{}-{}@{}: feed record without a key; ignored", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        Set<String> inPartition = feedsByPartition.computeIfAbsent(record.partition(), p -> new HashSet<>());
        if (record.value() == null) {
            boolean known = inPartition.remove(id) | restored.remove(id) != null;
            if (known) {
                LOG.info("feed {}: removed from the catalog", id);
                scheduler.delete(id);
            }
            return;
        }
        Feed feed;
        try {
            feed = SERDE.deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            LOG.warn("feed {}: unreadable definition at {}-{}@{} ({}); ignored", id, record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            return;
        }
        List<String> problems = new ArrayList<>(feed.problems());
        if (!id.equals(feed.id())) {
            problems.addFirst("its id " + feed.id() + " is not its key");
        }
        if (!problems.isEmpty()) {
            LOG.warn("feed {}: invalid definition at {}-{}@{} ({}); ignored", id, record.topic(), record.partition(),
                    record.offset(), String.join("; ", problems));
            return;
        }
        inPartition.add(id);
        scheduler.hold(feed, restored.remove(id));
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        List<Integer> numbers = partitions.stream().map(TopicPartition::partition).toList();
        restored.putAll(checkpoints.restore(numbers));
        consumer.seekToBeginning(partitions);
        LOG.info("assigned {} partitions {}", feedsTopic, numbers);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            Set<String> feeds = feedsByPartition.remove(partition.partition());
            if (feeds != null) {
                scheduler.drop(feeds);
                feeds.forEach(restored::remove);
                LOG.info("revoked {}: dropped {} feeds", partition, feeds.size());
            }
        }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        onPartitionsRevoked(partitions);
    }
}
