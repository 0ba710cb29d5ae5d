package dev.rasd.ingest.poll;

import java.time.Duration;
import java.time.Instant;

/**
 * What the ingest service remembers about one feed between polls and across restarts: the value of a record in the
 * compacted {@code <prefix>.ingest-state} topic, keyed by feed id. It is written only after the articles of a poll
 * were acknowledged by Kafka, so a restart or a takeover resumes from a state whose items are all published.
 *
 * @param feedId the feed's id
 * @param configuredUrl the URL of the feed definition this state belongs to (a changed definition resets it)
 * @param url the URL polled: the configured one, or where a permanent redirect moved the feed
 * @param etag the ETag of the last feed document processed in full, or null
 * @param lastModified the Last-Modified of that document, or null
 * @param consecutiveFailures failed polls since the last success
 * @param failingSince when the current run of failed polls began, or null when the last poll succeeded
 * @param lastError the last failure in one line, or null
 * @param httpStatus the last HTTP status, 0 when none arrived
 * @param lastPolledAt when the feed was last polled, or null
 * @param lastSuccessAt when a poll last succeeded, or null
 * @param nextPollAt when the feed is due again, or null
 * @param meanGapSeconds the estimated mean gap between new items ({@link PollSchedule}), or null
 * @param lastNewItemAt when a poll last found a new item, or null
 * @param hintSeconds the polling interval the feed document last suggested (ttl, sy:updatePeriod), or null
 * @param seen the published items' keys ({@link SeenItems#serialise()})
 * @param gone whether the feed answered 410 Gone last
 * @param rhythm when the feed's recent new items were published (empty in a checkpoint stored before it existed)
 * @param silent whether the feed was found silent ({@link SilenceRule}) and has published nothing new since
 */
public record FeedCheckpoint(
        String feedId,
        String configuredUrl,
        String url,
        String etag,
        String lastModified,
        int consecutiveFailures,
        Instant failingSince,
        String lastError,
        int httpStatus,
        Instant lastPolledAt,
        Instant lastSuccessAt,
        Instant nextPollAt,
        Long meanGapSeconds,
        Instant lastNewItemAt,
        Long hintSeconds,
        String seen,
        boolean gone,
        PublicationRhythm rhythm,
        boolean silent) {

    public FeedCheckpoint {
        rhythm = rhythm == null ? new PublicationRhythm(null) : rhythm;
    }

    /** The state of a feed never polled. */
    public static FeedCheckpoint initial(String feedId, String url) {
        return new FeedCheckpoint(feedId, url, url, null, null, 0, null, null, 0, null, null, null, null, null, null,
                "", false, null, false);
    }

    /** This state for a feed definition with {@code configuredUrl}: reset when the definition's URL changed. */
    public FeedCheckpoint forConfiguredUrl(String newConfiguredUrl) {
        if (newConfiguredUrl.equals(configuredUrl)) {
            return this;
        }
        // a new feed URL: new document validators, schedule and rhythm, but the same seen items (no re-publishing)
        return new FeedCheckpoint(feedId, newConfiguredUrl, newConfiguredUrl, null, null, 0, null, null, 0,
                lastPolledAt, lastSuccessAt, null, null, null, null, seen, false, null, false);
    }

    /** The learnt schedule. */
    public PollSchedule schedule() {
        return new PollSchedule(meanGapSeconds == null ? null : Duration.ofSeconds(meanGapSeconds), lastNewItemAt);
    }

    /** The interval the feed document last suggested, or null. */
    public Duration hint() {
        return hintSeconds == null ? null : Duration.ofSeconds(hintSeconds);
    }

    /** Whether permanent redirects moved the feed away from its configured URL. */
    public boolean moved() {
        return !url.equals(configuredUrl);
    }
}
