package dev.rasd.launcher;

import dev.rasd.runtime.kafka.KafkaClients;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning, without a consumer group, for the command-line tools. */
final class TopicReader {

    private TopicReader() {}

    /**
     * The latest value of every key of a compacted topic (tombstoned keys left out), in order of last update.
     */
    static <V> Map<String, V> table(String bootstrap, String topic, Deserializer<V> values) {
        Map<String, V> table = new LinkedHashMap<>();
        read(bootstrap, topic, values, record -> {
            table.remove(record.key());
            if (record.value() != null) {
                table.put(record.key(), record.value());
            }
        }, () -> false);
        return table;
    }

    /**
     * Hands every record to {@code sink}: up to the end of the topic, then, while {@code follow} says so, the
     * records that arrive.
     */
    static <V> void read(String bootstrap, String topic, Deserializer<V> values, Consumer<ConsumerRecord<String, V>> sink,
            java.util.function.BooleanSupplier follow) {
        try (var consumer = new KafkaConsumer<>(KafkaClients.consumer(bootstrap,
                Map.of(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000)), new StringDeserializer(), values)) {
            List<TopicPartition> partitions;
            try {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
            } catch (TimeoutException e) {
                throw new IllegalStateException("cannot reach Kafka at " + bootstrap
                        + " (is ./rasd up running? RASD_KAFKA_BOOTSTRAP sets the address)");
            }
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist on " + bootstrap);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Predicate<TopicPartition> behind = p -> consumer.position(p) < end.get(p);
            while (partitions.stream().anyMatch(behind) || follow.getAsBoolean()) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                    sink.accept(record);
                }
            }
        }
    }
}
