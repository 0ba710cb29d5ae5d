package dev.rasd.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Alert;
import dev.rasd.contract.DateSource;
import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.Extraction;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.RawArticle;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Topics;
import dev.rasd.contract.Watch;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** enrich-service on the real broker with exactly_once_v2: results are read with read_committed consumers. */
@ExtendWith(RasdStackExtension.class)
class EnrichServiceIT {

    @Test
    void enrichesJoinsStoriesAlertsOnceAndDeadLettersPoisonOnTheRealBroker(TestStack stack) throws Exception {
        Topics topics = stack.topics();
        String prefix = topics.feeds().substring(0, topics.feeds().length() - ".feeds".length());
        Map<String, String> env = new HashMap<>();
        env.put("RASD_KAFKA_BOOTSTRAP", stack.kafkaBootstrap());
        env.put("RASD_TOPIC_PREFIX", prefix);
        env.put("RASD_ENRICH_APPLICATION_ID", prefix + "-enrich");
        env.put("RASD_ENRICH_STATE_DIR", Files.createTempDirectory("enrich-it").toString());
        List<String> seed = Files.readAllLines(Path.of("../seeds/000_34ebdda601602118.txt"));
        String title = seed.getFirst().strip();
        String text = String.join("\n", seed.subList(1, seed.size())).strip();

        try (EnrichService service = new EnrichService(EnrichConfig.fromEnv(env), new SimpleMeterRegistry());
                var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.kafkaBootstrap()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.watches(), "isis",
                    JsonSerde.of(Watch.class).serialize(null, Watch.of("isis", "داعش")))).get();
            service.start();
            long deadline = System.currentTimeMillis() + 60_000;
            while (service.state() != KafkaStreams.State.RUNNING && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            JsonSerde<RawArticle> raw = JsonSerde.of(RawArticle.class);
            for (String id : List.of("a1", "a1", "b2")) {
                RawArticle article = new RawArticle(SchemaVersion.CURRENT, id, "https://x.test/" + id,
                        "https://x.test/" + id, "f", "مصدر", id.equals("b2") ? "نسخة: " + title : title, null,
                        id.equals("b2") ? "دبي - وكالات:\n" + text : text, null, Instant.now(), Instant.now(),
                        Instant.now(), null, List.of(), "hash-" + id, Extraction.JSON_LD, "ar", DateSource.FEED);
                producer.send(new ProducerRecord<>(topics.articlesRaw(), id, raw.serialize(null, article))).get();
            }
            producer.send(new ProducerRecord<>(topics.articlesRaw(), "bad",
                    "{broken".getBytes(StandardCharsets.UTF_8))).get();

            List<EnrichedArticle> enriched = readCommitted(stack, topics.articlesEnriched(), 2,
                    JsonSerde.of(EnrichedArticle.class));
            assertThat(enriched).extracting(EnrichedArticle::id).containsExactlyInAnyOrder("a1", "b2");
            assertThat(enriched).allMatch(a -> a.language().equals("ar") && a.watches().contains("isis")
                    && a.revision() == 0);
            // a1 and b2 sit on different partitions: whichever the story step sees first names the story, and the
            // story comes back to each article's own partition to be joined with it
            String story = enriched.getFirst().storyId();
            assertThat(story).isIn("a1", "b2");
            assertThat(enriched).extracting(EnrichedArticle::storyId).containsOnly(story);
            assertThat(readCommitted(stack, topics.alerts(), 1, JsonSerde.of(Alert.class)))
                    .extracting(Alert::id).containsExactly("isis:" + story);
            assertThat(readCommitted(stack, topics.deadLetters(), 1, JsonSerde.of(DeadLetter.class)))
                    .singleElement().satisfies(d -> assertThat(d.reason()).startsWith("not a valid RawArticle"));
        }
    }

    /** Waits for {@code expected} records, then a little longer to catch any extra. */
    private static <T> List<T> readCommitted(TestStack stack, String topic, int expected, Deserializer<T> values) {
        List<T> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 60_000;
            long settle = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, settle)) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> records.add(r.value()));
                if (records.size() >= expected && settle == Long.MAX_VALUE) {
                    settle = System.currentTimeMillis() + 2_000;
                }
            }
        }
        return records;
    }
}
