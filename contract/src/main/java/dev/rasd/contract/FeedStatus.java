package dev.rasd.contract;

import java.time.Instant;

/**
 * The health of one feed: the value of a {@link Topics#feedStatus()} record, keyed by feed id.
 *
 * @param schemaVersion the contract version that wrote this record
 * @param feedId the feed's id
 * @param url the URL polled (after remembered permanent redirects)
 * @param state the feed's health
 * @param httpStatus the last HTTP status, or 0 when no response arrived
 * @param lastError the last error in one line, or null
 * @param consecutiveFailures failed polls since the last success
 * @param lastPolledAt when the feed was last polled
 * @param lastSuccessAt when a poll last succeeded (200 or 304), or null
 * @param nextPollAt when the feed will be polled next
 * @param itemsInLastPoll items in the last feed document
 * @param newArticles articles published from the last poll
 * @param movedTo the new URL after a permanent redirect, or null
 * @param lastPublishedAt when the feed's newest new item was published (its date, else when it was first seen), or
 *     null before the first
 * @param usualGapSeconds the feed's usual gap between new items, in seconds, or null until enough items were seen
 */
public record FeedStatus(
        int schemaVersion,
        String feedId,
        String url,
        FeedState state,
        int httpStatus,
        String lastError,
        int consecutiveFailures,
        Instant lastPolledAt,
        Instant lastSuccessAt,
        Instant nextPollAt,
        int itemsInLastPoll,
        int newArticles,
        String movedTo,
        Instant lastPublishedAt,
        Long usualGapSeconds) {

    /** A status record of the current schema version. */
    public static FeedStatus of(String feedId, String url, FeedState state, int httpStatus, String lastError,
            int consecutiveFailures, Instant lastPolledAt, Instant lastSuccessAt, Instant nextPollAt,
            int itemsInLastPoll, int newArticles, String movedTo, Instant lastPublishedAt, Long usualGapSeconds) {
        return new FeedStatus(SchemaVersion.CURRENT, feedId, url, state, httpStatus, lastError, consecutiveFailures,
                lastPolledAt, lastSuccessAt, nextPollAt, itemsInLastPoll, newArticles, movedTo, lastPublishedAt,
                usualGapSeconds);
    }
}
