package dev.rasd.index.document;

import java.time.Instant;

/**
 * How often a feed publishes, as ingest-service reports it in a feed-status record's JSON: when its newest item
 * was published and its usual gap between items. Read from the same JSON as the record, leniently, so that
 * statuses written before ingest-service reported it (or by one that does not) index with these fields absent.
 *
 * @param lastPublishedAt the publication time of the feed's newest item, or null
 * @param usualGapSeconds the feed's usual gap between two items in seconds, or null
 */
public record PublishingRhythm(Instant lastPublishedAt, Long usualGapSeconds) {

    /** A rhythm not reported. */
    public static final PublishingRhythm UNKNOWN = new PublishingRhythm(null, null);
}
