package dev.rasd.ingest.feed;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What a feed says about how often to poll it: RSS {@code <ttl>} and the syndication module's
 * {@code sy:updatePeriod}/{@code sy:updateFrequency}. Values are as written; absent ones are null.
 *
 * @param ttlMinutes RSS {@code ttl}, in minutes
 * @param updatePeriod {@code sy:updatePeriod}: hourly, daily, weekly, monthly or yearly
 * @param updateFrequency {@code sy:updateFrequency}: updates per period
 */
public record FeedHints(Integer ttlMinutes, String updatePeriod, Integer updateFrequency) {

    /** A feed that gives no hints. */
    public static final FeedHints NONE = new FeedHints(null, null, null);

    /**
     * The interval the feed suggests between polls: its {@code ttl}, else its update period divided by its
     * update frequency (1 when absent), else empty. Unknown periods and non-positive numbers are ignored.
     */
    public Optional<Duration> suggestedInterval() {
        if (ttlMinutes != null && ttlMinutes > 0) {
            return Optional.of(Duration.ofMinutes(ttlMinutes));
        }
        if (updatePeriod == null) {
            return Optional.empty();
        }
        Duration period = switch (updatePeriod.strip().toLowerCase(Locale.ROOT)) {
            case "hourly" -> Duration.ofHours(1);
            case "daily" -> Duration.ofDays(1);
            case "weekly" -> Duration.ofDays(7);
            case "monthly" -> Duration.ofDays(30);
            case "yearly" -> Duration.ofDays(365);
            default -> null;
        };
        int frequency = updateFrequency != null && updateFrequency > 0 ? updateFrequency : 1;
        return Optional.ofNullable(period).map(p -> p.dividedBy(frequency));
    }
}
