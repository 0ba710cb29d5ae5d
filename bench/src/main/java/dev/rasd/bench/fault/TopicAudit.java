package dev.rasd.bench.fault;

import dev.rasd.contract.Alert;
import dev.rasd.contract.JsonSerde;
import dev.rasd.runtime.kafka.KafkaClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what is on a topic: every committed alert, or how many records a topic holds. */
final class TopicAudit {

    private TopicAudit() {}

    /** The alerts on {@code topic}, one per record, as a {@code read_committed} consumer sees them. */
    static List<Alert> alerts(String bootstrap, String topic) {
        return readAll(bootstrap, topic, JsonSerde.of(Alert.class));
    }

    /** How many committed records {@code topic} holds (e.g. the dead-letter topic), read from the beginning. */
    static long recordCount(String bootstrap, String topic) {
        return readAll(bootstrap, topic, new ByteArrayDeserializer()).size();
    }

    private static <V> List<V> readAll(String bootstrap, String topic, Deserializer<V> values) {
        List<V> read = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config(bootstrap), new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // With read_committed, endOffsets is the last stable offset: everything before it is decided.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(500))) {
                    read.add(record.value());
                }
            }
        }
        return read;
    }

    private static Map<String, Object> config(String bootstrap) {
        return KafkaClients.consumer(bootstrap,
                Map.of(ConsumerConfig.GROUP_ID_CONFIG, "fault-run-audit-" + UUID.randomUUID()));
    }
}
