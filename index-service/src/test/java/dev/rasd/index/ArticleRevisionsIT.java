package dev.rasd.index;

import static dev.rasd.index.ItSupport.await;
import static dev.rasd.index.ItSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.Topics;
import dev.rasd.index.document.ArticleDocument;
import dev.rasd.index.template.IndexNames;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An older revision of an article that comes after a newer one, through the real Kafka and Elasticsearch, never
 * replaces it: each revision is written whole with its revision as external version, and Elasticsearch refuses the
 * older one.
 */
@ExtendWith(RasdStackExtension.class)
class ArticleRevisionsIT {

    private static final Instant PUBLISHED = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void anOlderRevisionArrivingLastLeavesTheNewerOne(TestStack stack) throws Exception {
        Topics topics = stack.topics();
        IndexConfig config = ItSupport.config(stack);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (KafkaProducer<String, byte[]> producer = ItSupport.producer(stack);
                IndexService service = new IndexService(config, registry);
                ElasticsearchClient client = ItSupport.client(stack.elasticsearchUrl())) {
            service.start();

            // in order, and the older one last (a replay after a restart, or two requests in flight at once)
            send(producer, topics.articlesEnriched(), revision("ordered", 0));
            send(producer, topics.articlesEnriched(), revision("ordered", 1));
            send(producer, topics.articlesEnriched(), revision("late", 2));
            send(producer, topics.articlesEnriched(), revision("late", 1));
            send(producer, topics.articlesEnriched(), revision("late", 2)); // a re-delivery of the newest

            awaitEveryRecordCommitted(stack, config.consumerGroup(), topics);
            IndexNames names = new IndexNames(stack.indexPrefix());
            for (var expected : Map.of("ordered", 1, "late", 2).entrySet()) {
                String id = expected.getKey();
                int newest = expected.getValue();
                ArticleDocument stored = client.get(g -> g.index(names.articlesIndex(PUBLISHED)).id(id),
                        ArticleDocument.class).source();
                assertThat(stored).as(id).isNotNull();
                assertThat(stored.revision()).as(id).isEqualTo(newest);
                assertThat(stored.title()).as(id).isEqualTo(title(id, newest));
                assertThat(stored.text()).as(id).isEqualTo(text(id, newest));
                assertThat(stored.storyId()).as(id).isEqualTo("s-" + id);
            }
            assertThat(service.health().deadLettered()).isZero();
            assertThat(registry.get("rasd.index.documents").tag("result", "superseded").counter().count())
                    .as("the older revision of late was refused by Elasticsearch").isEqualTo(1);
        }
    }

    private static EnrichedArticle revision(String id, int revision) {
        return TestArticles.article(id, title(id, revision), text(id, revision), PUBLISHED, List.of(), "s-" + id,
                revision);
    }

    private static String title(String id, int revision) {
        return "عنوان " + id + " " + revision;
    }

    private static String text(String id, int revision) {
        return "نص المراجعة " + revision + " من " + id;
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, EnrichedArticle article)
            throws Exception {
        producer.send(new ProducerRecord<>(topic, article.id(), json(article))).get();
    }

    /**
     * Waits until index-service committed every record of the articles topic: each was written,
     * found superseded or dead-lettered, so the documents are final.
     */
    private static void awaitEveryRecordCommitted(TestStack stack, String group, Topics topics) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            List<String> read = List.of(topics.articlesEnriched());
            Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(read).allTopicNames().get().values()
                    .stream()
                    .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                    .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions).all().get();
            await(TIMEOUT, "every record committed", () -> {
                Map<TopicPartition, OffsetAndMetadata> committed;
                try {
                    committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                } catch (InterruptedException | ExecutionException e) {
                    return false;
                }
                return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                        || committed.get(end.getKey()) != null
                                && committed.get(end.getKey()).offset() == end.getValue().offset());
            });
        }
    }
}
