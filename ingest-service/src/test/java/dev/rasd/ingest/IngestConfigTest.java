package dev.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.ingest.poll.SilenceRule;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void defaults() {
        IngestConfig config = IngestConfig.fromEnv(Map.of());

        assertThat(config.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(config.topics().feeds()).isEqualTo("rasd.feeds");
        assertThat(config.stateTopic()).isEqualTo("rasd.ingest-state");
        assertThat(config.groupId()).isEqualTo("rasd.ingest");
        assertThat(config.userAgent()).contains("https://");
        assertThat(config.allowPrivateNetworks()).isFalse();
        assertThat(config.pollMinInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.pollMaxInterval()).isEqualTo(Duration.ofMinutes(60));
        assertThat(config.maxBackoff()).isEqualTo(Duration.ofHours(6));
        assertThat(config.hostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.fetchTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.maxFeedBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(config.maxPageBytes()).isEqualTo(3L * 1024 * 1024);
        assertThat(config.maxRedirects()).isEqualTo(5);
        assertThat(config.threads()).isEqualTo(64);
        assertThat(config.seenPerFeed()).isEqualTo(2000);
        assertThat(config.silence()).isEqualTo(new SilenceRule(3, Duration.ofHours(12)));
    }

    @Test
    void readsTheEnvironment() {
        IngestConfig config = IngestConfig.fromEnv(Map.of(
                "RASD_KAFKA_BOOTSTRAP", "k:1", "RASD_TOPIC_PREFIX", "t1", "RASD_USER_AGENT", "Bot/1 (+https://x)",
                "RASD_ALLOW_PRIVATE_NETWORKS", "true", "RASD_POLL_MIN_INTERVAL", "500ms",
                "RASD_POLL_MAX_INTERVAL", "PT10S", "RASD_HOST_DELAY", "0", "RASD_FETCH_TIMEOUT", "3",
                "RASD_MAX_FEED_BYTES", "64KB", "RASD_INGEST_THREADS", "8"));

        assertThat(config.topics().articlesRaw()).isEqualTo("t1.articles.raw");
        assertThat(config.groupId()).isEqualTo("t1.ingest");
        assertThat(config.userAgent()).isEqualTo("Bot/1 (+https://x)");
        assertThat(config.allowPrivateNetworks()).isTrue();
        assertThat(config.pollMinInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.pollMaxInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.hostDelay()).isZero();
        assertThat(config.fetchTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.maxFeedBytes()).isEqualTo(65_536);
        assertThat(config.threads()).isEqualTo(8);
    }

    @Test
    void silenceIsReadFromTheEnvironmentIntoThePollSettings() {
        IngestConfig config = IngestConfig.fromEnv(Map.of("RASD_SILENT_FACTOR", "5", "RASD_SILENT_MIN", "2h"));

        assertThat(config.pollSettings().silence()).isEqualTo(new SilenceRule(5, Duration.ofHours(2)));
    }

    @Test
    void badValuesNameTheVariable() {
        assertThatThrownBy(() -> IngestConfig.fromEnv(Map.of("RASD_POLL_MIN_INTERVAL", "soon")))
                .hasMessage("RASD_POLL_MIN_INTERVAL must be a duration such as 30s, 5m, 2h or 7d, not 'soon'");
        assertThatThrownBy(() -> IngestConfig.fromEnv(Map.of("RASD_INGEST_THREADS", "0")))
                .hasMessageContaining("RASD_INGEST_THREADS must be at least 1");
        assertThatThrownBy(() -> IngestConfig.fromEnv(Map.of("RASD_SILENT_FACTOR", "0")))
                .hasMessageContaining("RASD_SILENT_FACTOR must be at least 1");
        assertThatThrownBy(() -> IngestConfig.fromEnv(Map.of("RASD_ALLOW_PRIVATE_NETWORKS", "maybe")))
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> IngestConfig.fromEnv(Map.of("RASD_POLL_MAX_INTERVAL", "1s")))
                .hasMessageContaining("0 < min <= max");
    }
}
