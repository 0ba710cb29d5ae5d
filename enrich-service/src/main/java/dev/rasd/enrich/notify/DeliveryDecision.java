package dev.rasd.enrich.notify;

import dev.rasd.contract.Alert;
import dev.rasd.enrich.watch.WatchState;
import java.time.Duration;

/**
 * What to do with an alert, given what the watch registry knows of its watch: deliver it to the watch's webhook,
 * skip it (no webhook, the watch was removed, or a new story of a spike watch, which speaks only by its spikes),
 * wait for the watch to become known, or give up after waiting {@code limit} for a watch that never appeared.
 */
sealed interface DeliveryDecision {

    /** POST the alert to this webhook. */
    record Deliver(String webhook) implements DeliveryDecision {
    }

    /** The watch has no webhook: nothing to deliver. */
    record NoWebhook() implements DeliveryDecision {
    }

    /** A new-story alert of a spike watch: indexed, not sent; the watch is heard from by its spike alerts. */
    record SpikesOnly() implements DeliveryDecision {
    }

    /** The watch was removed: the alert is skipped. */
    record Removed() implements DeliveryDecision {
    }

    /** The watch is not known yet: keep the alert and ask again later. */
    record Wait() implements DeliveryDecision {
    }

    /** The watch stayed unknown for the whole limit: the alert goes to the dead-letter topic with this reason. */
    record GiveUp(String reason) implements DeliveryDecision {
    }

    /**
     * Decides for {@code alert} of the watch in {@code state}.
     *
     * @param waited how long this alert has already waited for its watch
     * @param limit how long an alert may wait for an unknown watch
     */
    static DeliveryDecision of(Alert alert, WatchState state, Duration waited, Duration limit) {
        return switch (state) {
            case WatchState.Active active when active.watch().spike() != null && alert.kind() == Alert.Kind.NEW ->
                    new SpikesOnly();
            case WatchState.Active active -> active.watch().webhook() == null || active.watch().webhook().isBlank()
                    ? new NoWebhook() : new Deliver(active.watch().webhook());
            case WatchState.Removed removed -> new Removed();
            case WatchState.Unknown unknown -> waited.compareTo(limit) < 0 ? new Wait()
                    : new GiveUp("its watch stayed unknown for " + limit);
        };
    }
}
