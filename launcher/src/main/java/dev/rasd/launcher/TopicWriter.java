package dev.rasd.launcher;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes one record and waits for Kafka to acknowledge it, for the command-line tools. */
final class TopicWriter {

    private TopicWriter() {}

    /** Sends {@code value} (null for a tombstone) under {@code key}. */
    static <V> void send(String bootstrap, String topic, String key, V value, Serializer<V> serializer) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000), new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + topic + " at " + bootstrap
                    + " (is ./rasd up running?): " + e.getMessage(), e);
        }
    }
}
