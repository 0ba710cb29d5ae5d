package dev.rasd.ingest.support;

import dev.rasd.contract.JsonSerde;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes whole topics in tests. */
public final class Topic {

    private Topic() {}

    /** Every record of {@code topic} now, values decoded as {@code type} (null for tombstones), in offset order. */
    public static <T> List<Map.Entry<String, T>> read(String bootstrap, String topic, Class<T> type) {
        JsonSerde<T> serde = JsonSerde.of(type);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Map.Entry<String, T>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    records.add(new java.util.AbstractMap.SimpleEntry<>(r.key(), serde.deserialize(topic, r.value())));
                }
            }
            return records;
        }
    }

    /** The latest value per key of {@code topic} (a compacted table's view). */
    public static <T> Map<String, T> latest(String bootstrap, String topic, Class<T> type) {
        Map<String, T> latest = new HashMap<>();
        for (Map.Entry<String, T> record : read(bootstrap, topic, type)) {
            latest.put(record.getKey(), record.getValue());
        }
        return latest;
    }

    /** Writes {@code value} (null for a tombstone) as JSON under {@code key} and waits for the acknowledgement. */
    public static <T> void write(String bootstrap, String topic, String key, T value, Class<T> type) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", bootstrap), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, JsonSerde.of(type).serialize(topic, value))).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + topic, e);
        }
    }

    /** Waits until {@code condition} holds, checking every 100 ms, failing after {@code timeout}. */
    public static void await(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    /** Waits until the records of {@code topic} satisfy {@code condition}; returns them. */
    public static <T> List<Map.Entry<String, T>> awaitRecords(String bootstrap, String topic, Class<T> type,
            Duration timeout, Predicate<List<Map.Entry<String, T>>> condition) {
        List<List<Map.Entry<String, T>>> last = new ArrayList<>(List.of(List.of()));
        await(timeout, "records in " + topic, () -> {
            last.set(0, read(bootstrap, topic, type));
            return condition.test(last.getFirst());
        });
        return last.getFirst();
    }
}
