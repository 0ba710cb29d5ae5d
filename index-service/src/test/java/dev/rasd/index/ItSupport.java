package dev.rasd.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.rasd.contract.Json;
import dev.rasd.contract.Topics;
import dev.rasd.stack.junit.TestStack;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the integration tests share: configuration for the test's stack, a producer, and counting documents. */
final class ItSupport {

    private ItSupport() {}

    /** The topic prefix of {@code topics} (names are {@code <prefix>.feeds}, …). */
    static String topicPrefix(Topics topics) {
        return topics.feeds().substring(0, topics.feeds().length() - ".feeds".length());
    }

    /** The environment index-service reads, for the test's topics and indices; small, quick batches. */
    static Map<String, String> env(TestStack stack) {
        return Map.of(
                "RASD_KAFKA_BOOTSTRAP", stack.kafkaBootstrap(),
                "RASD_ES_URL", stack.elasticsearchUrl().toString(),
                "RASD_ES_INDEX_PREFIX", stack.indexPrefix(),
                "RASD_ES_ARABIC_ANALYZER", "rasd_arabic", // the plugin the build installs (rasd.es.plugins)
                "RASD_TOPIC_PREFIX", topicPrefix(stack.topics()),
                "RASD_INDEX_BULK_ACTIONS", "200",
                "RASD_INDEX_FLUSH_MS", "200");
    }

    static IndexConfig config(TestStack stack) {
        return IndexConfig.fromEnv(env(stack));
    }

    static KafkaProducer<String, byte[]> producer(TestStack stack) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
    }

    static byte[] json(Object record) {
        return Json.write(record).getBytes(StandardCharsets.UTF_8);
    }

    static ElasticsearchClient client(URI url) {
        return ElasticsearchClients.create(IndexConfig.fromEnv(Map.of()).withElasticsearchUrls(List.of(url)));
    }

    /** Documents visible under {@code indexOrAlias} after a refresh; 0 when it does not exist yet. */
    static long count(ElasticsearchClient client, String indexOrAlias) throws IOException {
        client.indices().refresh(r -> r.index(indexOrAlias).ignoreUnavailable(true).allowNoIndices(true));
        return client.count(c -> c.index(indexOrAlias).ignoreUnavailable(true).allowNoIndices(true)).count();
    }

    /** {@link #count}, or -1 while Elasticsearch cannot answer. */
    static long countQuietly(ElasticsearchClient client, String indexOrAlias) {
        try {
            return count(client, indexOrAlias);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Waits until {@code condition} holds, failing after {@code timeout}. */
    static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
