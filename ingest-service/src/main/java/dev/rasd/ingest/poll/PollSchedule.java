package dev.rasd.ingest.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How often a feed really publishes, learnt from its polls, and the polling interval that follows from it.
 *
 * <p>The estimate is the mean gap between new items. A feed seen for the first time is estimated from the publish
 * dates of its items (span divided by gaps). Afterwards each poll that finds {@code n} new items adds the sample
 * "time since the last new item ÷ n" to an exponentially weighted mean; a poll that finds nothing after a silence
 * longer than the mean moves the mean towards the silence, so a feed that went quiet is polled less.
 *
 * <p>The interval is half the mean gap (so a new item waits on average a quarter of the gap), clamped to
 * {@code [min, max]}. The feed's own hints (RSS ttl, sy:updatePeriod, Cache-Control max-age) are only hints: they
 * may lengthen the interval, but never beyond the observed mean gap, so a pessimistic ttl cannot make Rasd miss the
 * rhythm a feed actually keeps. With no estimate yet the hint (or the minimum) is used.
 *
 * @param meanGap the estimated mean time between new items, or null when unknown
 * @param lastNewItemAt when a poll last found a new item, or null
 */
public record PollSchedule(Duration meanGap, Instant lastNewItemAt) {

    /** A feed never polled. */
    public static final PollSchedule UNKNOWN = new PollSchedule(null, null);

    /** Weight of a new sample in the mean. */
    private static final double WEIGHT = 0.3;

    /**
     * The schedule after a successful poll at {@code now} that found {@code newItems} new items, published at
     * {@code publishedTimes} (those known; used only while no estimate exists).
     */
    public PollSchedule observe(Instant now, int newItems, List<Instant> publishedTimes) {
        if (meanGap == null) {
            Duration fromDates = gapFromDates(publishedTimes);
            return new PollSchedule(fromDates, newItems > 0 || lastNewItemAt == null ? now : lastNewItemAt);
        }
        Instant since = lastNewItemAt == null ? now : lastNewItemAt;
        Duration silence = Duration.between(since, now);
        if (newItems > 0) {
            return new PollSchedule(mix(meanGap, silence.dividedBy(newItems)), now);
        }
        return silence.compareTo(meanGap) > 0 ? new PollSchedule(mix(meanGap, silence), lastNewItemAt) : this;
    }

    /**
     * The time to wait before the next poll.
     *
     * @param hint the interval the feed or server suggests, or null
     */
    public Duration interval(Duration min, Duration max, Duration hint) {
        Duration interval;
        if (meanGap == null) {
            interval = hint == null ? min : hint;
        } else {
            interval = meanGap.dividedBy(2);
            if (hint != null) {
                interval = longest(interval, shortest(hint, meanGap));
            }
        }
        return longest(min, shortest(max, interval));
    }

    private static Duration gapFromDates(List<Instant> publishedTimes) {
        List<Instant> known = publishedTimes.stream().filter(Objects::nonNull).sorted(Comparator.naturalOrder()).toList();
        if (known.size() < 2) {
            return null;
        }
        Duration span = Duration.between(known.getFirst(), known.getLast());
        return span.isZero() ? null : span.dividedBy(known.size() - 1);
    }

    private static Duration mix(Duration mean, Duration sample) {
        return Duration.ofMillis(Math.round(mean.toMillis() * (1 - WEIGHT) + sample.toMillis() * WEIGHT));
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration shortest(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
