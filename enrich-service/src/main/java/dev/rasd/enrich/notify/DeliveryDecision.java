package dev.rasd.enrich.notify;

import dev.rasd.contract.Alert;
import dev.rasd.contract.Delivery;
import dev.rasd.enrich.watch.WatchState;
import dev.rasd.contract.Watch;
import java.time.Duration;

/**
 * What to do with an alert or a digest, given what the watch registry knows of its watch: deliver it by the watch's
 * channels, send nothing (no channel; for an alert, a digest watch, a follow-up other than the one at the watch's
 * threshold, or anything but a spike of a spike watch), skip it (the watch was removed), wait for the watch to
 * become known, or give up after waiting {@code limit} for a watch that never appeared. Pure.
 */
sealed interface DeliveryDecision {

    /** Deliver it by the channels of this watch. */
    record Deliver(Watch watch) implements DeliveryDecision {
    }

    /** Nothing to send now. */
    record Nothing() implements DeliveryDecision {
    }

    /** The watch was removed: it is skipped. */
    record Removed() implements DeliveryDecision {
    }

    /** The watch is not known yet: keep it and ask again later. */
    record Wait() implements DeliveryDecision {
    }

    /** The watch stayed unknown for the whole limit: it goes to the dead-letter topic with this reason. */
    record GiveUp(String reason) implements DeliveryDecision {
    }

    /**
     * Decides for a digest (or anything due now) of the watch in {@code state}.
     *
     * @param waited how long it has already waited for its watch
     * @param limit how long it may wait for an unknown watch
     */
    static DeliveryDecision of(WatchState state, Duration waited, Duration limit) {
        return switch (state) {
            case WatchState.Active active -> Channels.any(active.watch()) ? new Deliver(active.watch()) : new Nothing();
            case WatchState.Removed removed -> new Removed();
            case WatchState.Unknown unknown -> waited.compareTo(limit) < 0 ? new Wait()
                    : new GiveUp("its watch stayed unknown for " + limit);
        };
    }

    /** Decides for {@code alert}, which goes out at once only when {@link #sendsAtOnce} says so. */
    static DeliveryDecision ofAlert(WatchState state, Alert alert, Duration waited, Duration limit) {
        DeliveryDecision decision = of(state, waited, limit);
        return decision instanceof Deliver deliver && !sendsAtOnce(deliver.watch(), alert) ? new Nothing() : decision;
    }

    /**
     * Whether an alert of {@code watch} is sent as it is raised: only for an immediate watch; of the follow-ups of a
     * story only the one whose outlets reach the watch's threshold ({@link Delivery#followUpAt()}), so at most one
     * per story; and of a spike watch only its spikes, its new stories and their follow-ups being indexed only. The
     * others are indexed, and digest watches get theirs in their digest.
     */
    static boolean sendsAtOnce(Watch watch, Alert alert) {
        Delivery delivery = watch.delivery();
        if (watch.spike() != null && alert.kind() != Alert.Kind.SPIKE) {
            return false;
        }
        return delivery.mode() == Delivery.Mode.IMMEDIATE
                && (alert.kind() != Alert.Kind.FOLLOW_UP || alert.outlets() == delivery.followUpAt());
    }
}
