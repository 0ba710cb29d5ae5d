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
import dev.rasd.contract.SpikeRule;
import dev.rasd.contract.Topics;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.pipeline.AlertedArticle;
import dev.rasd.enrich.pipeline.StoryRequest;
import dev.rasd.enrich.watch.WatchMatch;
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
        List<String> seed = Files.readAllLines(Path.of("../seeds/000_34ebdda601602118.txt"));
        String title = seed.getFirst().strip();
        String text = String.join("\n", seed.subList(1, seed.size())).strip();

        try (EnrichService service = new EnrichService(configOf(stack), new SimpleMeterRegistry());
                var producer = producerOf(stack)) {
            producer.send(new ProducerRecord<>(topics.watches(), "isis",
                    JsonSerde.of(Watch.class).serialize(null, Watch.of("isis", "داعش")))).get();
            startAndAwaitRunning(service);
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

    @Test
    void aBurstOfMatchingArticlesAboveTheBackfilledBaselineRaisesExactlyOneSpikeAlert(TestStack stack)
            throws Exception {
        Topics topics = stack.topics();
        Instant now = Instant.now();
        try (EnrichService service = new EnrichService(configOf(stack), new SimpleMeterRegistry());
                var producer = producerOf(stack)) {
            producer.send(new ProducerRecord<>(topics.watches(), "isis-spike", JsonSerde.of(Watch.class).serialize(
                    null, new Watch(SchemaVersion.CURRENT, "isis-spike", "isis-spike", "داعش", List.of(), null, true,
                            now, null, SpikeRule.DEFAULT)))).get();
            startAndAwaitRunning(service);
            // a new watch's history, as `rasd watch add --spike --backfill 14d` sends it: one story a day at this hour
            JsonSerde<StoryRequest> requests = JsonSerde.of(StoryRequest.class);
            for (int day = 1; day <= 14; day++) {
                Instant published = now.minus(Duration.ofDays(day));
                StoryRequest request = StoryRequest.backfill("old" + day, 0, "old" + day,
                        new WatchMatch("isis-spike", List.of("داعش"), "«داعش»"),
                        new AlertedArticle("https://x.test/old" + day, "قديم", "مصدر", "ar", published, published));
                producer.send(new ProducerRecord<>(topics.backfill(), request.articleId(),
                        requests.serialize(null, request))).get();
            }
            assertThat(readCommitted(stack, topics.alerts(), 14, JsonSerde.of(Alert.class)))
                    .hasSize(14).allMatch(alert -> alert.kind() == Alert.Kind.NEW);

            JsonSerde<RawArticle> raw = JsonSerde.of(RawArticle.class);
            for (int n = 1; n <= 6; n++) {
                RawArticle article = new RawArticle(SchemaVersion.CURRENT, "s" + n, "https://x.test/s" + n,
                        "https://x.test/s" + n, "f", "مصدر", "هجوم رقم " + n, null,
                        "قال مسؤول أمني إن تنظيم داعش نفذ الهجوم رقم " + n + " في ضواحي المدينة صباح اليوم.", null,
                        now, Instant.now(), Instant.now(), null, List.of(), "hash-s" + n, Extraction.JSON_LD, "ar",
                        DateSource.FEED);
                producer.send(new ProducerRecord<>(topics.articlesRaw(), article.id(), raw.serialize(null, article)))
                        .get();
            }

            List<Alert> alerts = readCommitted(stack, topics.alerts(), 14 + 6 + 1, JsonSerde.of(Alert.class));
            assertThat(alerts).filteredOn(alert -> alert.kind() == Alert.Kind.NEW).hasSize(20);
            assertThat(alerts).filteredOn(alert -> alert.kind() == Alert.Kind.SPIKE).singleElement()
                    .satisfies(spike -> {
                        assertThat(spike.watchId()).isEqualTo("isis-spike");
                        assertThat(spike.spike().stories()).as("the fourth story is more than 3 × 1").isEqualTo(4);
                        assertThat(spike.spike().baseline()).isEqualTo(1.0);
                        assertThat(spike.spike().topStories()).hasSize(4);
                        assertThat(spike.title()).startsWith("هجوم رقم ");
                    });
        }
    }

    private static EnrichConfig configOf(TestStack stack) throws Exception {
        String prefix = stack.topics().feeds().substring(0, stack.topics().feeds().length() - ".feeds".length());
        Map<String, String> env = new HashMap<>();
        env.put("RASD_KAFKA_BOOTSTRAP", stack.kafkaBootstrap());
        env.put("RASD_TOPIC_PREFIX", prefix);
        env.put("RASD_ENRICH_APPLICATION_ID", prefix + "-enrich");
        env.put("RASD_ENRICH_STATE_DIR", Files.createTempDirectory("enrich-it").toString());
        return EnrichConfig.fromEnv(env);
    }

    private static KafkaProducer<String, byte[]> producerOf(TestStack stack) {
        return new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrap()), new StringSerializer(), new ByteArraySerializer());
    }

    private static void startAndAwaitRunning(EnrichService service) throws InterruptedException {
        service.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (service.state() != KafkaStreams.State.RUNNING && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
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
