package dev.rasd.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.FeedState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedHealthTest {

    private static final Instant NOW = Instant.parse("2025-01-10T12:00:00Z");

    private static FeedCheckpoint checkpoint(String url, int failures, Duration failingFor, int status, boolean gone) {
        return checkpoint(url, failures, failingFor, status, gone, false);
    }

    private static FeedCheckpoint checkpoint(String url, int failures, Duration failingFor, int status, boolean gone,
            boolean silent) {
        return new FeedCheckpoint("f", "https://a.example/rss", url, null, null, failures,
                failures == 0 ? null : NOW.minus(failingFor), null, status, NOW, null, null, null, null, null, "",
                gone, null, silent);
    }

    @Test
    void successfulPolls() {
        assertThat(FeedHealth.of(checkpoint("https://a.example/rss", 0, null, 200, false), NOW)).isEqualTo(FeedState.OK);
        assertThat(FeedHealth.of(checkpoint("https://a.example/rss", 0, null, 304, false), NOW))
                .isEqualTo(FeedState.NOT_MODIFIED);
        assertThat(FeedHealth.of(checkpoint("https://b.example/rss", 0, null, 200, false), NOW))
                .isEqualTo(FeedState.MOVED);
    }

    @Test
    void failuresGetWorseWithTime() {
        assertThat(FeedHealth.of(checkpoint("https://a.example/rss", 3, Duration.ofHours(2), 500, false), NOW))
                .isEqualTo(FeedState.DEGRADED);
        assertThat(FeedHealth.of(checkpoint("https://a.example/rss", 9, Duration.ofDays(2), 500, false), NOW))
                .isEqualTo(FeedState.FAILING);
        assertThat(FeedHealth.of(checkpoint("https://a.example/rss", 30, Duration.ofDays(8), 0, false), NOW))
                .isEqualTo(FeedState.DEAD);
    }

    @Test
    void goneIsDeadAtOnce() {
        assertThat(FeedHealth.of(checkpoint("https://a.example/rss", 1, Duration.ZERO, 410, true), NOW))
                .isEqualTo(FeedState.DEAD);
    }

    @Test
    void silenceHidesAMoveButNotAFailure() {
        assertThat(FeedHealth.of(checkpoint("https://b.example/rss", 0, null, 304, false, true), NOW))
                .isEqualTo(FeedState.SILENT);
        assertThat(FeedHealth.of(checkpoint("https://a.example/rss", 1, Duration.ZERO, 500, false, true), NOW))
                .isEqualTo(FeedState.DEGRADED);
    }
}
