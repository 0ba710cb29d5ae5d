package dev.rasd.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndexHealthTest {

    @Test
    void saysSinceWhenElasticsearchIsUnavailable() {
        IndexHealth health = new IndexHealth(true, Instant.parse("2026-11-03T10:15:30Z"), "ConnectException", 12, 5,
                0);

        assertThat(health.healthy()).isFalse();
        assertThat(health.describe())
                .isEqualTo("elasticsearch unavailable since 2026-11-03T10:15:30Z: ConnectException");
    }

    @Test
    void healthyWhileRunningAndWriting() {
        IndexHealth health = new IndexHealth(true, null, "an old error", 0, 5, 1);

        assertThat(health.healthy()).isTrue();
        assertThat(health.describe()).isEqualTo("ok");
        assertThat(new IndexHealth(false, null, null, 0, 0, 0).describe()).isEqualTo("stopped");
    }

    @Test
    void aStoppedServiceSaysWhy() {
        IndexHealth health = new IndexHealth(false, Instant.parse("2026-11-03T10:15:30Z"),
                "Elasticsearch refused index template rasd-articles: analyzer [rasd_arabic] not found", 0, 0, 0);

        assertThat(health.healthy()).isFalse();
        assertThat(health.describe()).isEqualTo("stopped; last error: Elasticsearch refused index template "
                + "rasd-articles: analyzer [rasd_arabic] not found");
    }
}
