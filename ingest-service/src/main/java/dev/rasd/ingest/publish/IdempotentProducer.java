package dev.rasd.ingest.publish;

import dev.rasd.runtime.kafka.KafkaClients;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The ingest service's Kafka producer: string keys, JSON bytes as values, acknowledged by all in-sync replicas
 * ({@code acks=all}) and idempotent ({@code enable.idempotence=true}), so a retried send never writes a record twice
 * and records of one key stay in order.
 */
public final class IdempotentProducer {

    private IdempotentProducer() {}

    /** The producer settings. */
    public static Map<String, Object> settings(String bootstrapServers, String clientId) {
        return KafkaClients.idempotentProducer(bootstrapServers, Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024));
    }

    /** A new producer with {@link #settings}. */
    public static Producer<String, byte[]> create(String bootstrapServers, String clientId) {
        return new KafkaProducer<>(settings(bootstrapServers, clientId), new StringSerializer(),
                new ByteArraySerializer());
    }
}
