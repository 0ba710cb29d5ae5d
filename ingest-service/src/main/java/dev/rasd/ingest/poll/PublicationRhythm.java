package dev.rasd.ingest.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * When a feed's recent new items were published: the feed's own rhythm, which tells a quiet night from a feed that
 * stopped publishing ({@link SilenceRule}).
 *
 * <p>It keeps the distinct publication times of the newest {@value #KEPT} new items, oldest first. A new item's time
 * is its publication date, kept within the window in which it can have appeared ({@link #publicationTime}); items
 * published in the same second, or an undated batch first seen by one poll, count once, so a burst is not a run of
 * zero gaps.
 *
 * <p>The usual gap is the 90th percentile (nearest rank) of the gaps between consecutive times, known from
 * {@value #MIN_GAPS} gaps on. A high percentile rather than the mean or median because news feeds publish in bursts
 * and sleep at night: the median gap of a busy feed is minutes, but its night is hours, and a night must not look
 * like silence.
 *
 * @param times the distinct publication times kept, oldest first
 */
public record PublicationRhythm(List<Instant> times) {

    /** How many recent publication times are kept. */
    static final int KEPT = 50;
    /** Gaps needed before the usual gap is known. */
    static final int MIN_GAPS = 3;

    /** A rhythm of {@code times} (null for none), sorted, distinct, trimmed to the newest {@value #KEPT}. */
    public PublicationRhythm {
        TreeSet<Instant> sorted = times == null ? new TreeSet<>() : new TreeSet<>(times);
        while (sorted.size() > KEPT) {
            sorted.pollFirst();
        }
        times = List.copyOf(sorted);
    }

    /**
     * When a new item counts as published: its date, but no earlier than {@code notBefore} (the last time the feed
     * document was read without it: an item dated before that was listed late, or backdated) and no later than
     * {@code now} (a date in the future is a wrong zone); {@code now} when it has no date.
     *
     * @param published the item's date, or null
     * @param notBefore when the feed was last read successfully, or null for a first read
     * @param now when the item was first seen
     */
    public static Instant publicationTime(Instant published, Instant notBefore, Instant now) {
        if (published == null || published.isAfter(now)) {
            return now;
        }
        return notBefore != null && published.isBefore(notBefore) ? notBefore : published;
    }

    /** This rhythm with the publication times of new items added. */
    public PublicationRhythm with(Collection<Instant> published) {
        List<Instant> all = new ArrayList<>(times);
        all.addAll(published);
        return new PublicationRhythm(all);
    }

    /** The newest publication time, or null before the first new item. */
    public Instant lastPublishedAt() {
        return times.isEmpty() ? null : times.getLast();
    }

    /** The usual gap between new items, or null while fewer than {@value #MIN_GAPS} gaps are known. */
    public Duration usualGap() {
        if (times.size() <= MIN_GAPS) {
            return null;
        }
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(Duration.between(times.get(i - 1), times.get(i)));
        }
        gaps.sort(null);
        int rank = (9 * gaps.size() + 9) / 10; // the 90th percentile's nearest rank, ⌈0.9 n⌉
        return gaps.get(rank - 1);
    }
}
