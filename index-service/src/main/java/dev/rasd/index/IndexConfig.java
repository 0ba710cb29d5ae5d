package dev.rasd.index;

import dev.rasd.contract.Topics;
import dev.rasd.runtime.Env;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything index-service needs to run, read from {@code RASD_*} environment variables by {@link #fromEnv(Map)} (through
 * {@link Env}, as the other services read theirs).
 *
 * <p>Defaults for the bulk writer: {@value #DEFAULT_BULK_ACTIONS} documents per {@code _bulk} request and a
 * {@value #DEFAULT_FLUSH_MS} ms flush interval. An enriched article is 3–20 kB of JSON, so 1000 of them make a
 * request of a few megabytes, the size Elasticsearch's tuning guide recommends starting from; the bulk ingester's
 * own 5 MB cap cuts a batch of long articles short. The flush interval is short because a quiet stream's documents
 * wait that long before they are even sent, and then up to one refresh interval (500 ms) more before search sees them:
 * 100 ms keeps "fetched to searchable" near a second, while a busy stream fills its batches long before.
 *
 * @param kafkaBootstrap Kafka bootstrap servers ({@code RASD_KAFKA_BOOTSTRAP})
 * @param elasticsearchUrls one or more Elasticsearch nodes ({@code RASD_ES_URL}, comma-separated)
 * @param apiKey an encoded Elasticsearch API key, or null ({@code RASD_ES_API_KEY})
 * @param username basic-auth user, or null ({@code RASD_ES_USERNAME})
 * @param password basic-auth password, or null ({@code RASD_ES_PASSWORD})
 * @param caFile a PEM CA certificate that signs the cluster's TLS certificate, or null ({@code RASD_ES_CA_FILE})
 * @param indexPrefix prefix of every index, template and alias ({@code RASD_ES_INDEX_PREFIX})
 * @param arabicAnalyzer the analyzer of Arabic text fields: {@code rasd_arabic} (our plugin) or {@code arabic}
 *     ({@code RASD_ES_ARABIC_ANALYZER})
 * @param topicPrefix prefix of the Kafka topics ({@code RASD_TOPIC_PREFIX})
 * @param bulkActions most documents in one {@code _bulk} request ({@code RASD_INDEX_BULK_ACTIONS})
 * @param flushInterval longest a document waits in the bulk buffer ({@code RASD_INDEX_FLUSH_MS})
 * @param httpPort port of the health and metrics endpoint ({@code RASD_INDEX_HTTP_PORT})
 */
public record IndexConfig(
        String kafkaBootstrap,
        List<URI> elasticsearchUrls,
        String apiKey,
        String username,
        String password,
        Path caFile,
        String indexPrefix,
        String arabicAnalyzer,
        String topicPrefix,
        int bulkActions,
        Duration flushInterval,
        int httpPort) {

    /** Documents per bulk request unless {@code RASD_INDEX_BULK_ACTIONS} says otherwise. */
    public static final int DEFAULT_BULK_ACTIONS = 1000;
    /** Flush interval in milliseconds unless {@code RASD_INDEX_FLUSH_MS} says otherwise. */
    public static final int DEFAULT_FLUSH_MS = 100;

    public IndexConfig {
        Objects.requireNonNull(kafkaBootstrap, "kafkaBootstrap");
        elasticsearchUrls = List.copyOf(elasticsearchUrls);
        if (elasticsearchUrls.isEmpty()) {
            throw new IllegalArgumentException("at least one Elasticsearch URL is needed");
        }
        for (URI url : elasticsearchUrls) {
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) Elasticsearch URL: " + url);
            }
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("RASD_ES_USERNAME and RASD_ES_PASSWORD must be given together");
        }
        if (!indexPrefix.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException(
                    "index prefix must be lower-case letters, digits, '.', '_' or '-': " + indexPrefix);
        }
        if (bulkActions < 1) {
            throw new IllegalArgumentException("bulk actions must be at least 1: " + bulkActions);
        }
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("flush interval must be positive: " + flushInterval);
        }
    }

    /**
     * Reads the configuration from environment variables, with the defaults documented on the record.
     *
     * @throws IllegalArgumentException naming the variable when a value is malformed
     */
    public static IndexConfig fromEnv(Map<String, String> variables) {
        Env env = Env.of(variables);
        List<URI> urls = Arrays.stream(env.string("RASD_ES_URL", "http://127.0.0.1:9200").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> parseUri("RASD_ES_URL", s))
                .toList();
        String caFile = env.string("RASD_ES_CA_FILE", null);
        return new IndexConfig(
                env.string("RASD_KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                urls,
                env.string("RASD_ES_API_KEY", null),
                env.string("RASD_ES_USERNAME", null),
                env.string("RASD_ES_PASSWORD", null),
                caFile == null ? null : Path.of(caFile),
                env.string("RASD_ES_INDEX_PREFIX", "rasd"),
                env.string("RASD_ES_ARABIC_ANALYZER", "rasd_arabic"),
                env.string("RASD_TOPIC_PREFIX", "rasd"),
                env.integer("RASD_INDEX_BULK_ACTIONS", DEFAULT_BULK_ACTIONS),
                Duration.ofMillis(env.integer("RASD_INDEX_FLUSH_MS", DEFAULT_FLUSH_MS)),
                env.integer("RASD_INDEX_HTTP_PORT", 8083));
    }

    /** The Kafka topics named with {@link #topicPrefix()}. */
    public Topics topics() {
        return Topics.withPrefix(topicPrefix);
    }

    /** The consumer group: one per topic prefix, so separate deployments on one cluster never share offsets. */
    public String consumerGroup() {
        return topicPrefix + ".index-service";
    }

    /** This configuration with other Elasticsearch nodes (tests, and the launcher's embedded stack). */
    public IndexConfig withElasticsearchUrls(List<URI> urls) {
        return new IndexConfig(kafkaBootstrap, urls, apiKey, username, password, caFile, indexPrefix, arabicAnalyzer,
                topicPrefix, bulkActions, flushInterval, httpPort);
    }

    /** Never prints the API key or the password. */
    @Override
    public String toString() {
        return "IndexConfig[kafkaBootstrap=" + kafkaBootstrap + ", elasticsearchUrls=" + elasticsearchUrls
                + ", apiKey=" + (apiKey == null ? "none" : "***") + ", username=" + username
                + ", password=" + (password == null ? "none" : "***") + ", caFile=" + caFile
                + ", indexPrefix=" + indexPrefix + ", arabicAnalyzer=" + arabicAnalyzer
                + ", topicPrefix=" + topicPrefix + ", bulkActions=" + bulkActions
                + ", flushInterval=" + flushInterval + ", httpPort=" + httpPort + "]";
    }

    private static URI parseUri(String name, String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " holds a malformed URL: " + value, e);
        }
    }
}
