package dev.rasd.launcher;

import dev.rasd.runtime.kafka.KafkaClients;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records and waits for Kafka to acknowledge them, for the command-line tools. */
final class TopicWriter {

    private TopicWriter() {}

    /** Sends {@code value} (null for a tombstone) under {@code key}. */
    static <V> void send(String bootstrap, String topic, String key, V value, Serializer<V> serializer) {
        // a tombstone has a null value, which Map.entry refuses
        sendAll(bootstrap, topic, Collections.singletonList(new AbstractMap.SimpleEntry<>(key, value)), serializer);
    }

    /** Sends every key and value of {@code records}, in order, and waits for all of them. */
    static <V> void sendAll(String bootstrap, String topic, List<Map.Entry<String, V>> records,
            Serializer<V> serializer) {
        try (var producer = new KafkaProducer<>(KafkaClients.producer(bootstrap,
                Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000)), new StringSerializer(), serializer)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Map.Entry<String, V> record : records) {
                sent.add(producer.send(new ProducerRecord<>(topic, record.getKey(), record.getValue())));
            }
            for (Future<RecordMetadata> acknowledged : sent) {
                acknowledged.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + topic + " at " + bootstrap
                    + " (is ./rasd up running?): " + e.getMessage(), e);
        }
    }
}
