package dev.rasd.index;

import static dev.rasd.index.ItSupport.await;
import static dev.rasd.index.ItSupport.count;
import static dev.rasd.index.ItSupport.countQuietly;
import static dev.rasd.index.ItSupport.json;
import static dev.rasd.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.index.template.IndexNames;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Elasticsearch stops for 60 s while articles keep coming: every article arrives once it is back, none twice. */
@ExtendWith(RasdStackExtension.class)
class ElasticsearchOutageIT {

    private static final Instant PUBLISHED = Instant.parse("2026-11-03T10:00:00Z");

    @Test
    void everyArticleArrivesOnceAfterAnOutage(TestStack stack) throws Exception {
        IndexNames names = new IndexNames(stack.indexPrefix());
        String topic = stack.topics().articlesEnriched();
        AtomicInteger produced = new AtomicInteger();
        AtomicBoolean producing = new AtomicBoolean(true);

        try (KafkaProducer<String, byte[]> producer = ItSupport.producer(stack);
                IndexService service = new IndexService(ItSupport.config(stack), new SimpleMeterRegistry());
                ElasticsearchClient client = ItSupport.client(stack.elasticsearchUrl())) {
            service.start();
            Thread writer = Thread.ofPlatform().name("article-writer").start(() -> {
                while (producing.get()) {
                    int n = produced.getAndIncrement();
                    EnrichedArticle article = article("a" + n, "نص الخبر رقم " + n, PUBLISHED);
                    producer.send(new ProducerRecord<>(topic, article.id(), json(article)));
                    // every 10th article is sent twice: a re-delivery must not make a second document
                    if (n % 10 == 0) {
                        producer.send(new ProducerRecord<>(topic, article.id(), json(article)));
                    }
                    sleep(25);
                }
                producer.flush();
            });

            await(Duration.ofSeconds(60), "the first articles", () -> countQuietly(client, names.articles()) > 50);
            stack.elasticsearch().stop();
            long stoppedAt = System.nanoTime();
            await(Duration.ofSeconds(30), "the health flag", () -> service.health().elasticsearchUnavailableSince() != null);
            assertThat(service.health().describe()).startsWith("elasticsearch unavailable since ");
            sleep(Duration.ofSeconds(60).minusNanos(System.nanoTime() - stoppedAt).toMillis());
            stack.elasticsearch().start();
            sleep(5_000); // articles keep coming after the restart too
            producing.set(false);
            writer.join();

            int expected = produced.get();
            await(Duration.ofSeconds(90), expected + " articles",
                    () -> countQuietly(client, names.articles()) >= expected);
            assertThat(count(client, names.articles())).isEqualTo(expected);
            assertThat(count(client, names.articlesIndex(PUBLISHED))).isEqualTo(expected);
            await(Duration.ofSeconds(30), "the health flag to clear", () -> service.health().healthy());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
