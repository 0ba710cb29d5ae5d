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
        String movedTo) {}
