package dev.rasd.enrich.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class WaitingAlertsTest {

    private static final TopicPartition P0 = new TopicPartition("rasd.alerts", 0);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aWaitingAlertIsDueAfterABackoffThatDoublesUpToTheMaximum() {
        WaitingAlerts waiting = new WaitingAlerts();
        assertThat(waiting.waitFor(P0, 7, T0)).isTrue();
        assertThat(waiting.due(T0.plusMillis(199))).isEmpty();
        assertThat(waiting.due(T0.plusMillis(200))).containsExactly(P0);

        assertThat(waiting.waitFor(P0, 7, T0.plusMillis(200))).isFalse();
        assertThat(waiting.due(T0.plusMillis(599))).isEmpty();
        assertThat(waiting.due(T0.plusMillis(600))).containsExactly(P0);

        Instant now = T0;
        for (int i = 0; i < 10; i++) {
            waiting.waitFor(P0, 7, now);
        }
        assertThat(waiting.due(now.plus(WaitingAlerts.MAX_BACKOFF).minusMillis(1))).isEmpty();
        assertThat(waiting.due(now.plus(WaitingAlerts.MAX_BACKOFF))).containsExactly(P0);
    }

    @Test
    void anAlertHasWaitedSinceItFirstWaitedAndNotOnceReleased() {
        WaitingAlerts waiting = new WaitingAlerts();
        waiting.waitFor(P0, 7, T0);
        waiting.waitFor(P0, 7, T0.plusSeconds(5));
        assertThat(waiting.waited(P0, 7, T0.plusSeconds(9))).isEqualTo(Duration.ofSeconds(9));
        assertThat(waiting.waited(P0, 8, T0.plusSeconds(9))).isZero();

        waiting.release(P0);
        assertThat(waiting.waited(P0, 7, T0.plusSeconds(9))).isZero();
        assertThat(waiting.due(T0.plusSeconds(60))).isEmpty();
    }
}
