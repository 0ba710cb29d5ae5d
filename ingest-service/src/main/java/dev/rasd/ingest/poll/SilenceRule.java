package dev.rasd.ingest.poll;

import java.time.Duration;
import java.time.Instant;

/**
 * When a feed that still answers counts as silent: it has published nothing new for longer than {@code factor} times
 * its usual gap ({@link PublicationRhythm#usualGap()}), and at least {@code floor}. A feed whose rhythm is not known
 * yet is never silent.
 *
 * @param factor how many usual gaps of nothing make a feed silent (RASD_SILENT_FACTOR)
 * @param floor the shortest silence reported, whatever the rhythm (RASD_SILENT_MIN), so a feed that publishes
 *     every minute is not called silent after a quiet quarter of an hour
 */
public record SilenceRule(int factor, Duration floor) {

    /**
     * The defaults: three usual gaps, and twelve hours at least. The floor is half a day because a busy feed's
     * rhythm ({@link PublicationRhythm#KEPT} items) covers only its last hours: its nightly pause is not among its
     * gaps, and a shorter floor would call it silent every night.
     */
    public static final SilenceRule DEFAULT = new SilenceRule(3, Duration.ofHours(12));

    public SilenceRule {
        if (factor < 1) {
            throw new IllegalArgumentException("the silence factor must be at least 1, not " + factor);
        }
        if (floor.isNegative()) {
            throw new IllegalArgumentException("the shortest silence must not be negative: " + floor);
        }
    }

    /** How long a feed with {@code usualGap} may publish nothing before it is silent. */
    public Duration threshold(Duration usualGap) {
        Duration scaled = usualGap.multipliedBy(factor);
        return scaled.compareTo(floor) >= 0 ? scaled : floor;
    }

    /** Whether a feed with {@code rhythm} is silent at {@code now}. */
    public boolean isSilent(PublicationRhythm rhythm, Instant now) {
        Duration usualGap = rhythm.usualGap();
        if (usualGap == null) {
            return false;
        }
        return Duration.between(rhythm.lastPublishedAt(), now).compareTo(threshold(usualGap)) > 0;
    }
}
