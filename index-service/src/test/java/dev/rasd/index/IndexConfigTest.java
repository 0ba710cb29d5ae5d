package dev.rasd.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexConfigTest {

    @Test
    void defaultsWhenNothingIsSet() {
        IndexConfig config = IndexConfig.fromEnv(Map.of());

        assertThat(config.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(config.elasticsearchUrls()).containsExactly(URI.create("http://127.0.0.1:9200"));
        assertThat(config.apiKey()).isNull();
        assertThat(config.username()).isNull();
        assertThat(config.caFile()).isNull();
        assertThat(config.indexPrefix()).isEqualTo("rasd");
        assertThat(config.arabicAnalyzer()).isEqualTo("rasd_arabic");
        assertThat(config.topics().articlesEnriched()).isEqualTo("rasd.articles.enriched");
        assertThat(config.consumerGroup()).isEqualTo("rasd.index-service");
        assertThat(config.bulkActions()).isEqualTo(1000);
        assertThat(config.flushInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(config.httpPort()).isEqualTo(8083);
    }

    @Test
    void readsEveryVariable() {
        IndexConfig config = IndexConfig.fromEnv(Map.ofEntries(
                Map.entry("RASD_KAFKA_BOOTSTRAP", "kafka:9093"),
                Map.entry("RASD_ES_URL", "https://es1:9200, https://es2:9200"),
                Map.entry("RASD_ES_USERNAME", "rasd"),
                Map.entry("RASD_ES_PASSWORD", "s3cret"),
                Map.entry("RASD_ES_CA_FILE", "/etc/rasd/ca.pem"),
                Map.entry("RASD_ES_INDEX_PREFIX", "news"),
                Map.entry("RASD_ES_ARABIC_ANALYZER", "arabic"),
                Map.entry("RASD_TOPIC_PREFIX", "prod"),
                Map.entry("RASD_INDEX_BULK_ACTIONS", "250"),
                Map.entry("RASD_INDEX_FLUSH_MS", "300"),
                Map.entry("RASD_INDEX_HTTP_PORT", "9999")));

        assertThat(config.kafkaBootstrap()).isEqualTo("kafka:9093");
        assertThat(config.elasticsearchUrls())
                .containsExactly(URI.create("https://es1:9200"), URI.create("https://es2:9200"));
        assertThat(config.username()).isEqualTo("rasd");
        assertThat(config.password()).isEqualTo("s3cret");
        assertThat(config.caFile()).isEqualTo(Path.of("/etc/rasd/ca.pem"));
        assertThat(config.indexPrefix()).isEqualTo("news");
        assertThat(config.arabicAnalyzer()).isEqualTo("arabic");
        assertThat(config.topics().alerts()).isEqualTo("prod.alerts");
        assertThat(config.consumerGroup()).isEqualTo("prod.index-service");
        assertThat(config.bulkActions()).isEqualTo(250);
        assertThat(config.flushInterval()).isEqualTo(Duration.ofMillis(300));
        assertThat(config.httpPort()).isEqualTo(9999);
    }

    @Test
    void neverPrintsSecrets() {
        IndexConfig config = IndexConfig.fromEnv(Map.of(
                "RASD_ES_API_KEY", "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==",
                "RASD_ES_USERNAME", "rasd",
                "RASD_ES_PASSWORD", "s3cret"));

        assertThat(config.toString())
                .doesNotContain("VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==")
                .doesNotContain("s3cret")
                .contains("apiKey=***", "password=***", "username=rasd");
    }

    @Test
    void malformedNumberNamesTheVariable() {
        assertThatThrownBy(() -> IndexConfig.fromEnv(Map.of("RASD_INDEX_BULK_ACTIONS", "lots")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RASD_INDEX_BULK_ACTIONS")
                .hasMessageContaining("lots");
    }

    @Test
    void rejectsUserWithoutPassword() {
        assertThatThrownBy(() -> IndexConfig.fromEnv(Map.of("RASD_ES_USERNAME", "rasd")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RASD_ES_PASSWORD");
    }

    @Test
    void rejectsUpperCaseIndexPrefixAndNonHttpUrl() {
        assertThatThrownBy(() -> IndexConfig.fromEnv(Map.of("RASD_ES_INDEX_PREFIX", "Rasd")))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> IndexConfig.fromEnv(Map.of("RASD_ES_URL", "es1:9200")))
                .hasMessageContaining("not an http(s) Elasticsearch URL");
    }

    @Test
    void withElasticsearchUrlsKeepsTheRest() {
        IndexConfig config = IndexConfig.fromEnv(Map.of("RASD_ES_INDEX_PREFIX", "news"))
                .withElasticsearchUrls(List.of(URI.create("http://127.0.0.1:19200")));

        assertThat(config.elasticsearchUrls()).containsExactly(URI.create("http://127.0.0.1:19200"));
        assertThat(config.indexPrefix()).isEqualTo("news");
    }
}
