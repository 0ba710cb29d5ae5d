package dev.rasd.contract;

/** The health of a feed as last seen by ingest-service. */
public enum FeedState {
    /** The last poll returned a feed. */
    OK,
    /** The last poll returned 304 Not Modified. */
    NOT_MODIFIED,
    /** Recent polls failed but the feed worked within the last day; polling backs off. */
    DEGRADED,
    /** Polls have failed for more than a day; polling continues at the maximum back-off. */
    FAILING,
    /** Polls have failed for more than a week (or the server says 410 Gone); still retried, rarely. */
    DEAD,
    /** The feed answered with a permanent redirect; the new URL is used from now on. */
    MOVED,
    /**
     * The feed answers, but has published nothing new for much longer than its usual gap between items (see
     * {@link FeedStatus#usualGapSeconds()}); it returns to {@link #OK} when it publishes again.
     */
    SILENT
}
