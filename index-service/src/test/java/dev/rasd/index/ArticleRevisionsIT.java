package dev.rasd.index;

import static dev.rasd.index.ItSupport.await;
import static dev.rasd.index.ItSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.StoryAssignment;
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
 * replaces it, and its story is merged whether it comes with the newer revision or the older one.
 */
@ExtendWith(RasdStackExtension.class)
class ArticleRevisionsIT {

    private static final Instant PUBLISHED = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void anOlderRevisionArrivingLastLeavesTheNewerOneAndItsStory(TestStack stack) throws Exception {
        Topics topics = stack.topics();
        IndexConfig config = ItSupport.config(stack);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (KafkaProducer<String, byte[]> producer = ItSupport.producer(stack);
                IndexService service = new IndexService(config, registry);
                ElasticsearchClient client = ItSupport.client(stack.elasticsearchUrl())) {
            service.start();

            // the story between the revisions: it joins revision 1, and revision 0 comes last
            send(producer, topics.articlesEnriched(), revision("between", 1));
            send(producer, topics.stories(), assignment("between", 1, "s-between"));
            send(producer, topics.articlesEnriched(), revision("between", 0));
            // the story after both: it joins revision 0, which brings it to revision 1 written before
            send(producer, topics.articlesEnriched(), revision("after", 1));
            send(producer, topics.articlesEnriched(), revision("after", 0));
            send(producer, topics.stories(), assignment("after", 0, "s-after"));

            awaitEveryRecordCommitted(stack, config.consumerGroup(), topics);
            IndexNames names = new IndexNames(stack.indexPrefix());
            for (String id : List.of("between", "after")) {
                ArticleDocument stored = client.get(g -> g.index(names.articlesIndex(PUBLISHED)).id(id),
                        ArticleDocument.class).source();
                assertThat(stored).as(id).isNotNull();
                assertThat(stored.revision()).as(id).isEqualTo(1);
                assertThat(stored.title()).as(id).isEqualTo(title(id, 1));
                assertThat(stored.text()).as(id).isEqualTo(text(id, 1));
                assertThat(stored.storyId()).as(id).isEqualTo("s-" + id);
            }
            assertThat(service.health().deadLettered()).isZero();
            assertThat(registry.get("rasd.index.revisions.read").counter().count())
                    .as("the second revision of each found its document there and read it").isGreaterThanOrEqualTo(2);
        }
    }

    private static EnrichedArticle revision(String id, int revision) {
        return TestArticles.article(id, title(id, revision), text(id, revision), PUBLISHED, List.of(), null, revision);
    }

    private static String title(String id, int revision) {
        return "عنوان " + id + " " + revision;
    }

    private static String text(String id, int revision) {
        return "نص المراجعة " + revision + " من " + id;
    }

    private static StoryAssignment assignment(String articleId, int revision, String storyId) {
        EnrichedArticle article = revision(articleId, revision);
        return new StoryAssignment(SchemaVersion.CURRENT, articleId, revision, storyId, article.publishedAt(),
                article.fetchedAt(), article.firstSeenAt(), PUBLISHED.plusSeconds(90));
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, Object record) throws Exception {
        String key = record instanceof StoryAssignment a ? a.articleId() : ((EnrichedArticle) record).id();
        producer.send(new ProducerRecord<>(topic, key, json(record))).get();
    }

    /**
     * Waits until index-service committed every record of the articles and stories topics: each was written,
     * found superseded or dead-lettered, so the documents are final.
     */
    private static void awaitEveryRecordCommitted(TestStack stack, String group, Topics topics) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            List<String> read = List.of(topics.articlesEnriched(), topics.stories());
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
