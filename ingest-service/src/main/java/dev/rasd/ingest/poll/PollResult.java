package dev.rasd.ingest.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one poll of a feed found, reduced to what decides the feed's next checkpoint ({@link CheckpointTransition}).
 * {@link FeedPoller} builds it from the fetch, the parse and Kafka's acknowledgements.
 */
public sealed interface PollResult {

    /**
     * The feed answered 304 Not Modified.
     *
     * @param movedTo where permanent redirects led, or null
     * @param maxAge the response's Cache-Control max-age, or null
     */
    record NotModified(String movedTo, Duration maxAge) implements PollResult {}

    /**
     * The feed returned a document that parsed, and its new items were published.
     *
     * @param httpStatus the response's status
     * @param movedTo where permanent redirects led, or null
     * @param maxAge the response's Cache-Control max-age, or null
     * @param etag the response's ETag, or null
     * @param lastModified the response's Last-Modified, or null
     * @param feedHint the polling interval the document suggests (ttl, sy:updatePeriod), or null
     * @param itemDates the dates of every item of the document (null for an undated item)
     * @param publishedDates the dates of the items published by this poll (null for an undated item)
     * @param complete whether every new item of the document was published (the poll was not cut off)
     * @param seen the published items' keys after this poll ({@link SeenItems#serialise()})
     */
    record Fetched(int httpStatus, String movedTo, Duration maxAge, String etag, String lastModified,
            Duration feedHint, List<Instant> itemDates, List<Instant> publishedDates, boolean complete, String seen)
            implements PollResult {}

    /**
     * The poll failed: no answer, an error status, a document that is not a feed, or Kafka did not acknowledge.
     *
     * @param httpStatus the response's status, or 0 when none arrived
     * @param error what went wrong, in one line
     * @param retryAfter the server's Retry-After, or null
     * @param movedTo where permanent redirects led, or null
     * @param seen the published items' keys after this poll, or null when it published nothing
     */
    record Failed(int httpStatus, String error, Duration retryAfter, String movedTo, String seen)
            implements PollResult {}
}
