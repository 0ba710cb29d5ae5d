package dev.rasd.index;

import static dev.rasd.index.ItSupport.await;
import static dev.rasd.index.ItSupport.json;
import static dev.rasd.index.TestArticles.unassigned;
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
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An article and its story assignment come on two topics in either order; both orders, and a revision after them,
 * end with the whole article and its story, through the real Kafka and Elasticsearch; when the story follows its
 * article within the story wait, as it does from enrich-service, both are one write.
 */
@ExtendWith(RasdStackExtension.class)
class StoryAssignmentIT {

    private static final Instant PUBLISHED = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void theArticleAndItsStoryEndUpInOneDocumentWhicheverComesFirst(TestStack stack) throws Exception {
        Topics topics = stack.topics();
        IndexNames names = new IndexNames(stack.indexPrefix());
        try (KafkaProducer<String, byte[]> producer = ItSupport.producer(stack);
                IndexService service = new IndexService(ItSupport.config(stack), new SimpleMeterRegistry());
                ElasticsearchClient client = ItSupport.client(stack.elasticsearchUrl())) {
            service.start();
            Documents documents = new Documents(client, names);

            // the story first: a bare document with the story, then the article fills it in
            send(producer, topics.stories(), assignment("early-story", 0, "s1"));
            await(TIMEOUT, "the bare story document", () -> documents.has("early-story", d -> "s1".equals(d.storyId())));
            assertThat(documents.get("early-story").title()).isNull();
            send(producer, topics.articlesEnriched(), unassigned("early-story", "نص", PUBLISHED, 0));
            await(TIMEOUT, "the article over its story", () -> documents.has("early-story", d -> d.title() != null));
            assertThat(documents.get("early-story")).satisfies(d -> {
                assertThat(d.storyId()).isEqualTo("s1");
                assertThat(d.text()).isEqualTo("نص");
                assertThat(d.indexedAt()).isNotNull();
            });

            // the article first, then its story
            send(producer, topics.articlesEnriched(), unassigned("late-story", "نص", PUBLISHED, 0));
            await(TIMEOUT, "the article without its story", () -> documents.has("late-story", d -> d.title() != null));
            assertThat(documents.get("late-story").storyId()).isNull();
            send(producer, topics.stories(), assignment("late-story", 0, "s2"));
            await(TIMEOUT, "the story merged in", () -> documents.has("late-story", d -> "s2".equals(d.storyId())));
            assertThat(documents.get("late-story").text()).isEqualTo("نص");

            // a revision replaces every field of the article, even one it no longer has, and keeps the story
            EnrichedArticle revision = TestArticles.article("late-story", null, "نص منقح", PUBLISHED, List.of(), null, 1);
            send(producer, topics.articlesEnriched(), revision);
            await(TIMEOUT, "the revision", () -> documents.has("late-story", d -> d.revision() == 1));
            assertThat(documents.get("late-story")).satisfies(d -> {
                assertThat(d.text()).isEqualTo("نص منقح");
                assertThat(d.title()).as("dropped by the revision").isNull();
                assertThat(d.storyId()).isEqualTo("s2");
            });
            assertThat(service.health().deadLettered()).isZero();
        }
    }

    @Test
    void anArticleFollowedByItsStoryWithinTheWaitIsWrittenOnce(TestStack stack) throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (KafkaProducer<String, byte[]> producer = ItSupport.producer(stack);
                IndexService service = new IndexService(ItSupport.config(stack), registry);
                ElasticsearchClient client = ItSupport.client(stack.elasticsearchUrl())) {
            service.start();
            Documents documents = new Documents(client, new IndexNames(stack.indexPrefix()));

            // as enrich-service writes them: the article, and its story a moment later (well within the 500 ms wait)
            send(producer, stack.topics().articlesEnriched(), unassigned("together", "نص", PUBLISHED, 0));
            send(producer, stack.topics().stories(), assignment("together", 0, "s3"));
            await(TIMEOUT, "the article with its story",
                    () -> documents.has("together", d -> d.title() != null && "s3".equals(d.storyId())));

            assertThat(documents.version("together")).as("one write made the document").isEqualTo(1);
            assertThat(registry.get("rasd.index.articles").tag("story", "joined").counter().count()).isEqualTo(1);
            assertThat(registry.get("rasd.index.articles").tag("story", "separate").counter().count()).isZero();
            await(TIMEOUT, "both records finished", () -> service.health().unfinishedRecords() == 0);
        }
    }

    private static StoryAssignment assignment(String articleId, int revision, String storyId) {
        EnrichedArticle article = unassigned(articleId, "", PUBLISHED, revision);
        return new StoryAssignment(SchemaVersion.CURRENT, articleId, revision, storyId, article.publishedAt(),
                article.fetchedAt(), article.firstSeenAt(), PUBLISHED.plusSeconds(90));
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, Object record) throws Exception {
        String key = record instanceof StoryAssignment a ? a.articleId() : ((EnrichedArticle) record).id();
        producer.send(new ProducerRecord<>(topic, key, json(record))).get();
    }

    /** Reads article documents from their monthly index. */
    private record Documents(ElasticsearchClient client, IndexNames names) {

        ArticleDocument get(String id) throws IOException {
            var found = client.get(g -> g.index(names.articlesIndex(PUBLISHED)).id(id), ArticleDocument.class);
            return found.found() ? found.source() : null;
        }

        long version(String id) throws IOException {
            return client.get(g -> g.index(names.articlesIndex(PUBLISHED)).id(id), ArticleDocument.class).version();
        }

        boolean has(String id, Predicate<ArticleDocument> condition) {
            try {
                ArticleDocument document = get(id);
                return document != null && condition.test(document);
            } catch (IOException | RuntimeException e) {
                return false; // the index does not exist yet
            }
        }
    }
}
