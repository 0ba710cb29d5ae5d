package dev.rasd.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RasdStackExtension.class)
class KafkaRoundTripIT {

    @Test
    void producesAndConsumesArabicRecordsThroughTheRealBroker(TestStack stack) throws Exception {
        String topic = stack.topics().articlesRaw();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + i, "التحالف الدولي " + i)).get();
            }
        }
        List<ConsumerRecord<String, String>> received = consumeAll(stack.kafkaBootstrap(), topic, 10);
        assertThat(received).extracting(ConsumerRecord::value).contains("التحالف الدولي 0", "التحالف الدولي 9")
                .hasSize(10);
    }

    @Test
    void createsTheDesignTopicsWithTablesCompacted(TestStack stack) throws Exception {
        var topics = stack.topics();
        try (Admin admin = stack.kafka().admin()) {
            assertThat(admin.listTopics().names().get()).containsAll(
                    topics.specs().stream().map(s -> s.name()).toList());
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topics.watches());
            var config = admin.describeConfigs(Set.of(resource)).all().get().get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            var raw = new ConfigResource(ConfigResource.Type.TOPIC, topics.articlesRaw());
            assertThat(admin.describeConfigs(Set.of(raw)).all().get().get(raw).get("cleanup.policy").value())
                    .isEqualTo("delete");
            assertThat(admin.describeTopics(Set.of(topics.feeds())).allTopicNames().get().get(topics.feeds())
                    .partitions()).hasSize(3);
        }
    }

    static List<ConsumerRecord<String, String>> consumeAll(String bootstrap, String topic, int expected) {
        return consumeAll(bootstrap, topic, expected, "read_uncommitted");
    }

    static List<ConsumerRecord<String, String>> consumeAll(String bootstrap, String topic, int expected,
            String isolation) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (received.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
        }
        return received;
    }
}
