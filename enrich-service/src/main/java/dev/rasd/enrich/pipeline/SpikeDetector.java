package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import dev.rasd.contract.SpikeFigures;
import dev.rasd.contract.SpikeRule;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The spike rule of a watch applied to its hourly story counts; pure, the time is passed in.
 *
 * <p>A story counts in the UTC hour of its article's time (published, else fetched), never later than now: a
 * poll that catches up after an outage spreads its stories over the hours they were published instead of making a
 * false burst. The baseline of an hour is the mean count of the same hour on the previous
 * {@link SpikeRule#baselineDays()} days. A watch with less history than that (a new watch) takes the mean over the
 * full days it has been watching, a day without a story counting 0, and raises no spike before one full day: on
 * its first day every story would be a burst against nothing. {@code watchingSince} is when the watch started
 * watching, or the first hour it counted if earlier (a backfill counts older stories).
 */
final class SpikeDetector {

    private static final Duration DAY = Duration.ofDays(1);

    private SpikeDetector() {}

    /** The start of the UTC hour of {@code time}. */
    static Instant hourOf(Instant time) {
        return time.truncatedTo(ChronoUnit.HOURS);
    }

    /** When a story counts: its article's publication time, else its fetch time, never later than {@code now}. */
    static Instant storyTime(Alert story, Instant now) {
        Instant time = story.publishedAt() != null ? story.publishedAt() : story.fetchedAt();
        return time == null || time.isAfter(now) ? now : time;
    }

    /**
     * Whether a live story of this hour is checked for a spike: the current hour or the one before (a story
     * published just before the hour turned, or fetched a little late). Older hours only count, as history.
     */
    static boolean isChecked(Instant hourStart, Instant now) {
        return !hourStart.isBefore(hourOf(now).minus(Duration.ofHours(1)));
    }

    /** Whether counts of this hour are still needed at {@code now}: it lies in the baseline window of the next hour. */
    static boolean isKept(SpikeRule rule, Instant hourStart, Instant now) {
        return !hourStart.isBefore(hourOf(now).minus(DAY.multipliedBy(rule.baselineDays() + 1L)));
    }

    /**
     * The baseline of the hour starting at {@code hourStart}: the mean of {@code counts} at the same hour on each
     * full day of history before it, up to the rule's baseline days; empty with less than one full day.
     *
     * @param counts stories per hour start; an hour without an entry had none
     */
    static OptionalDouble baseline(SpikeRule rule, Instant hourStart, Instant watchingSince,
            Map<Instant, Integer> counts) {
        long days = Math.min(rule.baselineDays(), Duration.between(watchingSince, hourStart).toDays());
        if (days < 1) {
            return OptionalDouble.empty();
        }
        long total = 0;
        for (long day = 1; day <= days; day++) {
            total += counts.getOrDefault(hourStart.minus(DAY.multipliedBy(day)), 0);
        }
        return OptionalDouble.of((double) total / days);
    }

    /**
     * The figures of a spike in the hour starting at {@code hourStart}, or empty when it is none: its
     * {@code stories} are at least the rule's minimum and more than its factor times the baseline.
     *
     * @param topStories the ids of the hour's first stories, for the figures
     * @param counts stories per hour start, for the baseline
     */
    static Optional<SpikeFigures> check(SpikeRule rule, Instant hourStart, int stories, List<String> topStories,
            Instant watchingSince, Map<Instant, Integer> counts) {
        if (stories < rule.minimum()) {
            return Optional.empty();
        }
        OptionalDouble baseline = baseline(rule, hourStart, watchingSince, counts);
        if (baseline.isEmpty() || stories <= rule.factor() * baseline.getAsDouble()) {
            return Optional.empty();
        }
        return Optional.of(new SpikeFigures(hourStart, stories, baseline.getAsDouble(), topStories));
    }
}
