package dev.rasd.index.document;

import dev.rasd.contract.FeedStatus;
import java.time.Instant;

/**
 * The Elasticsearch document of a feed's health: the status fields without the schema version (with the feed's
 * rhythm when known: {@code lastPublishedAt}, {@code usualGapSeconds}), plus {@code indexedAt}.
 */
public record FeedStatusDocument(
        String feedId,
        String url,
        String state,
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
        Long usualGapSeconds,
        Instant indexedAt) {

    /** The document of {@code status}, stamped as indexed at {@code indexedAt}. */
    public static FeedStatusDocument of(FeedStatus status, Instant indexedAt) {
        return new FeedStatusDocument(status.feedId(), status.url(),
                status.state() == null ? null : status.state().name(), status.httpStatus(), status.lastError(),
                status.consecutiveFailures(), status.lastPolledAt(), status.lastSuccessAt(), status.nextPollAt(),
                status.itemsInLastPoll(), status.newArticles(), status.movedTo(), status.lastPublishedAt(),
                status.usualGapSeconds(), indexedAt);
    }
}
