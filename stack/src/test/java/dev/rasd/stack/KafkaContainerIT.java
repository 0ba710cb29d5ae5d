package dev.rasd.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same round trip as {@link KafkaRoundTripIT} on the {@code apache/kafka} image, where a Docker engine exists.
 * Without Docker this class is skipped and the embedded broker carries the integration tests.
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaContainerIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Test
    void producesAndConsumesThroughAContainerBroker() throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", KAFKA.getBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("docker-topic", "k", "مرحبا")).get();
        }
        assertThat(KafkaRoundTripIT.consumeAll(KAFKA.getBootstrapServers(), "docker-topic", 1)).hasSize(1);
    }
}
