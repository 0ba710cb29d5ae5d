package dev.rasd.enrich.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Alert;
import dev.rasd.contract.Delivery;
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
    private static final Delivery IMMEDIATE_AT_THREE = new Delivery(Delivery.Mode.IMMEDIATE, null, null, List.of(), 3);

    private static Watch watch(String webhook, Delivery delivery) {
        return new Watch(SchemaVersion.CURRENT, "isis", "isis", "داعش", List.of(), webhook, true, Instant.now(),
                delivery, null);
    }

    private static WatchState active(String webhook) {
        return new WatchState.Active(watch(webhook, null));
    }

    private static Alert alert(Alert.Kind kind, int outlets) {
        Instant now = Instant.parse("2026-03-10T06:00:00Z");
        return new Alert(SchemaVersion.CURRENT, "isis:s1", "isis", "a1", "s1", null, "عنوان", "العربية", "ar", null,
                now, List.of("داعش"), "«داعش»", now, kind, outlets, now, null);
    }

    @Test
    void anAlertOfAnActiveWatchWithAWebhookIsDeliveredByItsChannels() {
        WatchState state = active("http://127.0.0.1/hook");
        assertThat(DeliveryDecision.ofAlert(state, alert(Alert.Kind.NEW, 1), Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.Deliver(((WatchState.Active) state).watch()));
    }

    @Test
    void aWatchWithEmailsButNoWebhookIsDeliveredByEmail() {
        Watch byEmail = watch(null, new Delivery(Delivery.Mode.DAILY, null, null, List.of("a@b.test"), 0));
        assertThat(DeliveryDecision.of(new WatchState.Active(byEmail), Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.Deliver(byEmail));
    }

    @Test
    void anAlertOfAWatchWithoutWebhookOrEmailHasNothingToDeliver() {
        assertThat(DeliveryDecision.of(active(null), Duration.ZERO, LIMIT)).isEqualTo(new DeliveryDecision.Nothing());
        assertThat(DeliveryDecision.of(active(" "), Duration.ZERO, LIMIT)).isEqualTo(new DeliveryDecision.Nothing());
    }

    @Test
    void anAlertOfADigestWatchIsNotSentAtOnceButItsDigestIs() {
        Watch daily = watch("http://127.0.0.1/hook", new Delivery(Delivery.Mode.DAILY, null, null, List.of(), 0));
        assertThat(DeliveryDecision.ofAlert(new WatchState.Active(daily), alert(Alert.Kind.NEW, 1), Duration.ZERO,
                LIMIT)).isEqualTo(new DeliveryDecision.Nothing());
        assertThat(DeliveryDecision.of(new WatchState.Active(daily), Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.Deliver(daily));
    }

    @Test
    void anImmediateWatchSendsOnlyTheFollowUpThatReachesItsThreshold() {
        assertThat(DeliveryDecision.sendsAtOnce(watch(null, IMMEDIATE_AT_THREE), alert(Alert.Kind.NEW, 1))).isTrue();
        assertThat(DeliveryDecision.sendsAtOnce(watch(null, IMMEDIATE_AT_THREE), alert(Alert.Kind.FOLLOW_UP, 2))).isFalse();
        assertThat(DeliveryDecision.sendsAtOnce(watch(null, IMMEDIATE_AT_THREE), alert(Alert.Kind.FOLLOW_UP, 3))).isTrue();
        assertThat(DeliveryDecision.sendsAtOnce(watch(null, IMMEDIATE_AT_THREE), alert(Alert.Kind.FOLLOW_UP, 4))).isFalse();
    }

    @Test
    void withoutAThresholdOfItsOwnAWatchSendsTheFollowUpAtFiveOutlets() {
        Watch defaults = watch(null, null);
        assertThat(java.util.stream.IntStream.rangeClosed(2, 9)
                .filter(n -> DeliveryDecision.sendsAtOnce(defaults, alert(Alert.Kind.FOLLOW_UP, n))).boxed())
                .containsExactly(Delivery.DEFAULT_FOLLOW_UP_AT);
    }

    @Test
    void anAlertOfARemovedWatchIsSkipped() {
        assertThat(DeliveryDecision.of(new WatchState.Removed(), Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.Removed());
    }

    @Test
    void anAlertOfAWatchNotKnownYetWaitsUntilTheLimit() {
        assertThat(DeliveryDecision.of(new WatchState.Unknown(), Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.Wait());
        assertThat(DeliveryDecision.of(new WatchState.Unknown(), LIMIT.minusMillis(1), LIMIT))
                .isEqualTo(new DeliveryDecision.Wait());
    }

    @Test
    void anAlertWhoseWatchStaysUnknownForTheLimitIsGivenUpWithTheReason() {
        assertThat(DeliveryDecision.of(new WatchState.Unknown(), LIMIT, LIMIT))
                .isEqualTo(new DeliveryDecision.GiveUp("its watch stayed unknown for PT10M"));
    }

    @Test
    void aSpikeWatchSendsItsSpikesAtOnceButNotEachNewStoryOrItsFollowUps() {
        Watch spikeWatch = new Watch(SchemaVersion.CURRENT, "isis", "isis", "داعش", List.of(), "http://127.0.0.1/hook",
                true, Instant.now(), null, SpikeRule.DEFAULT);
        WatchState state = new WatchState.Active(spikeWatch);
        assertThat(DeliveryDecision.ofAlert(state, alert(Alert.Kind.SPIKE, 0), Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.Deliver(spikeWatch));
        assertThat(DeliveryDecision.ofAlert(state, alert(Alert.Kind.NEW, 1), Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.Nothing());
        assertThat(DeliveryDecision.ofAlert(state, alert(Alert.Kind.FOLLOW_UP, 5), Duration.ZERO, LIMIT))
                .isEqualTo(new DeliveryDecision.Nothing());
    }
}
