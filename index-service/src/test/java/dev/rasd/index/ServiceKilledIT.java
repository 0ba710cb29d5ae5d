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
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * index-service is killed with SIGKILL in the middle of a stream, then started again: every article arrives, none
 * twice. It runs in a child JVM because only a real process kill leaves no chance to flush, commit or close: closing
 * a consumer in-process would still run its clean-up code.
 */
@ExtendWith(RasdStackExtension.class)
class ServiceKilledIT {

    private static final int ARTICLES = 4000;
    private static final Instant PUBLISHED = Instant.parse("2026-10-15T08:00:00Z");

    @Test
    void everyArticleArrivesOnceAfterAKill(TestStack stack) throws Exception {
        IndexNames names = new IndexNames(stack.indexPrefix());
        String topic = stack.topics().articlesEnriched();
        try (KafkaProducer<String, byte[]> producer = ItSupport.producer(stack);
                ElasticsearchClient client = ItSupport.client(stack.elasticsearchUrl())) {
            String text = "نص طويل عن الأحداث في المنطقة ".repeat(40);
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int n = 0; n < ARTICLES; n++) {
                EnrichedArticle article = article("k" + n, text + n, PUBLISHED);
                sent.add(producer.send(new ProducerRecord<>(topic, article.id(), json(article))));
            }
            producer.flush();
            for (Future<RecordMetadata> record : sent) {
                record.get(); // a record the broker refused fails here, not as a missing article later
            }

            Process first = startService(stack, "first");
            long seenBeforeKill;
            try {
                await(Duration.ofSeconds(90), "some articles indexed", () -> countQuietly(client, names.articles()) > 0);
                first.destroyForcibly(); // SIGKILL
                first.waitFor();
                seenBeforeKill = count(client, names.articles());
            } finally {
                first.destroyForcibly();
            }
            assertThat(seenBeforeKill).as("killed mid-stream").isBetween(1L, ARTICLES - 1L);

            Process second = startService(stack, "second");
            try {
                await(Duration.ofSeconds(90), ARTICLES + " articles",
                        () -> countQuietly(client, names.articles()) >= ARTICLES);
                assertThat(count(client, names.articles())).isEqualTo(ARTICLES);
                assertThat(count(client, names.articlesIndex(PUBLISHED))).isEqualTo(ARTICLES);
            } finally {
                second.destroy();
                second.waitFor();
            }
        }
    }

    private static Process startService(TestStack stack, String name) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), IndexServiceProcess.class.getName());
        builder.environment().putAll(ItSupport.env(stack));
        File log = Path.of("target", "index-service-" + name + ".log").toFile();
        return builder.redirectErrorStream(true).redirectOutput(log).start();
    }
}
