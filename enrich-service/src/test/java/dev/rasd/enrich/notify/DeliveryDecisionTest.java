package dev.rasd.enrich.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Alert;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.SpikeRule;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.watch.WatchState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryDecisionTest {

    private static final Duration LIMIT = Duration.ofMinutes(10);
    private static final Alert STORY = alert(Alert.Kind.NEW);

    private static Alert alert(Alert.Kind kind) {
        return new Alert(SchemaVersion.CURRENT, "isis:s1", "isis", "a1", "s1", null, "عنوان", "مصدر", "ar", null,
                null, List.of(), "«داعش»", Instant.now(), kind, 0, null, null);
    }

    private static WatchState active(String webhook) {
        return new WatchState.Active(new Watch(SchemaVersion.CURRENT, "isis", "isis", "داعش", List.of(), webhook,
                true, Instant.now()));
    }

    @Test
    void anAlertOfAnActiveWatchWithAWebhookIsDeliveredToIt() {
        assertThat(DeliveryDecision.of(STORY, active("http://127.0.0.1/hook"), Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.Deliver("http://127.0.0.1/hook"));
    }

    @Test
    void anAlertOfAWatchWithoutWebhookHasNothingToDeliver() {
        assertThat(DeliveryDecision.of(STORY, active(null), Duration.ZERO, LIMIT)).isEqualTo(new DeliveryDecision.NoWebhook());
        assertThat(DeliveryDecision.of(STORY, active(" "), Duration.ZERO, LIMIT)).isEqualTo(new DeliveryDecision.NoWebhook());
    }

    @Test
    void anAlertOfARemovedWatchIsSkipped() {
        assertThat(DeliveryDecision.of(STORY, new WatchState.Removed(), Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.Removed());
    }

    @Test
    void anAlertOfAWatchNotKnownYetWaitsUntilTheLimit() {
        assertThat(DeliveryDecision.of(STORY, new WatchState.Unknown(), Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.Wait());
        assertThat(DeliveryDecision.of(STORY, new WatchState.Unknown(), LIMIT.minusMillis(1), LIMIT))
                .isEqualTo(new DeliveryDecision.Wait());
    }

    @Test
    void anAlertWhoseWatchStaysUnknownForTheLimitIsGivenUpWithTheReason() {
        assertThat(DeliveryDecision.of(STORY, new WatchState.Unknown(), LIMIT, LIMIT))
                .isEqualTo(new DeliveryDecision.GiveUp("its watch stayed unknown for PT10M"));
    }

    @Test
    void aSpikeWatchSendsItsSpikesToItsWebhookButNotEachNewStory() {
        WatchState spikeWatch = new WatchState.Active(new Watch(SchemaVersion.CURRENT, "isis", "isis", "داعش",
                List.of(), "http://127.0.0.1/hook", true, Instant.now(), null, SpikeRule.DEFAULT));
        assertThat(DeliveryDecision.of(alert(Alert.Kind.SPIKE), spikeWatch, Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.Deliver("http://127.0.0.1/hook"));
        assertThat(DeliveryDecision.of(STORY, spikeWatch, Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.SpikesOnly());
    }
}
