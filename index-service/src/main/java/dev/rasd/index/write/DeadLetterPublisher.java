package dev.rasd.index.write;

import dev.rasd.contract.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes records index-service gives up on to the dead-letter topic, and tells the caller when Kafka has them, so
 * their offsets are committed only then.
 *
 * <p>The producer is expected to retry for as long as Kafka is away ({@code delivery.timeout.ms} at its maximum),
 * so a send fails only for a reason retrying cannot cure (e.g. not authorised); the record is then logged with the
 * reason and counted as finished, since holding its offset back would stop the partition for good.
 */
public final class DeadLetterPublisher {

    /** The service name written into every dead letter. */
    public static final String SERVICE = "index-service";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final Producer<String, DeadLetter> producer;
    private final String topic;

    /** A publisher to {@code topic} through {@code producer}. */
    public DeadLetterPublisher(Producer<String, DeadLetter> producer, String topic) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    /**
     * Sends a dead letter for the record at {@code offset} of {@code partition}, keyed like the original, and runs
     * {@code whenWritten} once Kafka acknowledged it (or once it failed for good).
     */
    public void publish(TopicPartition partition, long offset, String key, byte[] value, String reason,
            Runnable whenWritten) {
        String payload = value == null ? null : new String(value, StandardCharsets.UTF_8);
        DeadLetter letter = DeadLetter.of(SERVICE, partition.topic(), partition.partition(), offset, key, reason,
                payload);
        producer.send(new ProducerRecord<>(topic, key, letter), (metadata, error) -> {
            if (error != null) {
                LOG.error("dead letter for {}@{} could not be written ({}); reason was: {}", partition, offset,
                        error.toString(), reason);
            }
            whenWritten.run();
        });
    }
}
