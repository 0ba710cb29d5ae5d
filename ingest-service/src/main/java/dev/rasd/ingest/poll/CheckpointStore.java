package dev.rasd.ingest.poll;

import dev.rasd.contract.JsonSerde;
import dev.rasd.runtime.kafka.KafkaClients;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable memory of the ingest service: {@link FeedCheckpoint}s in a compacted topic keyed by feed id
 * ({@code <prefix>.ingest-state}). The topic has as many partitions as the feeds topic, so with Kafka's default
 * partitioner a feed's checkpoint lives in the partition with the same number as its definition, and an instance
 * that is assigned feeds partitions restores exactly those state partitions. A state topic with another partition
 * count (created by hand) still works: every partition is then read and filtered.
 */
public final class CheckpointStore {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);
    private static final JsonSerde<FeedCheckpoint> SERDE = JsonSerde.of(FeedCheckpoint.class);
    private static final Duration METADATA_WAIT = Duration.ofSeconds(15);

    private final String bootstrapServers;
    private final String topic;
    private final int partitions;
    private final boolean coPartitioned;

    private CheckpointStore(String bootstrapServers, String topic, int partitions, boolean coPartitioned) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.partitions = partitions;
        this.coPartitioned = coPartitioned;
    }

    /**
     * Opens the store, creating the compacted state topic with the feeds topic's partition count if it is missing.
     *
     * @throws IllegalStateException when the feeds topic does not exist or Kafka cannot be reached
     */
    public static CheckpointStore open(Admin admin, String bootstrapServers, String feedsTopic, String topic)
            throws InterruptedException {
        int feedPartitions = partitionCount(admin, feedsTopic);
        try {
            admin.createTopics(List.of(new NewTopic(topic, feedPartitions, (short) -1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get();
            LOG.info("created ingest state topic {} with {} partitions", topic, feedPartitions);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create ingest state topic " + topic + ": " + e.getCause(), e);
            }
        }
        int statePartitions = partitionCount(admin, topic);
        if (statePartitions != feedPartitions) {
            LOG.warn("{} has {} partitions, {} has {}: every state partition is read on each assignment", topic,
                    statePartitions, feedsTopic, feedPartitions);
        }
        return new CheckpointStore(bootstrapServers, topic, statePartitions, statePartitions == feedPartitions);
    }

    /** The state topic's name. */
    public String topic() {
        return topic;
    }

    /**
     * The stored checkpoints of the feeds in the given feeds-topic partitions (plus, when the topics are not
     * co-partitioned, every other stored checkpoint: the caller only looks up the feeds it holds). A record that
     * cannot be read is skipped with a warning: that feed starts afresh.
     */
    public Map<String, FeedCheckpoint> restore(Collection<Integer> feedPartitions) {
        Set<Integer> wanted = coPartitioned ? Set.copyOf(feedPartitions) : allPartitions();
        List<TopicPartition> assigned = wanted.stream().map(p -> new TopicPartition(topic, p)).toList();
        Map<String, FeedCheckpoint> restored = new HashMap<>();
        if (assigned.isEmpty()) {
            return restored;
        }
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                KafkaClients.consumer(bootstrapServers, Map.of()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            while (assigned.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    apply(record, restored);
                }
            }
        }
        LOG.info("restored {} feed checkpoints from {} partitions {}", restored.size(), topic, wanted);
        return restored;
    }

    private static void apply(ConsumerRecord<String, byte[]> record, Map<String, FeedCheckpoint> restored) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            restored.remove(record.key());
            return;
        }
        try {
            restored.put(record.key(), SERDE.deserialize(record.topic(), record.value()));
        } catch (SerializationException e) {
            LOG.warn("feed {}: stored checkpoint at {}-{}@{} is unreadable ({}); it starts afresh", record.key(),
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            restored.remove(record.key());
        }
    }

    private Set<Integer> allPartitions() {
        Set<Integer> all = new HashSet<>();
        for (int p = 0; p < partitions; p++) {
            all.add(p);
        }
        return all;
    }

    /** The partition count of {@code topic}, waiting a little for a topic whose creation is still propagating. */
    private static int partitionCount(Admin admin, String topic) throws InterruptedException {
        long deadline = System.nanoTime() + METADATA_WAIT.toNanos();
        while (true) {
            try {
                TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
                return description.partitions().size();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot describe topic " + topic + ": " + e.getCause(), e);
                }
                Thread.sleep(100);
            }
        }
    }
}
