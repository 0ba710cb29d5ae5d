package dev.rasd.index.document;

import dev.rasd.contract.Alert;
import java.time.Instant;
import java.util.List;

/**
 * The Elasticsearch document of an alert: the alert's fields without the schema version, plus {@code indexedAt}. A
 * follow-up rewrites the document of its alert (same id) with more {@code outlets} and a later {@code lastSeenAt}.
 */
public record AlertDocument(
        String id,
        String watchId,
        String articleId,
        String storyId,
        String url,
        String title,
        String source,
        String language,
        Instant publishedAt,
        Instant fetchedAt,
        List<String> matchedTerms,
        String snippet,
        Instant detectedAt,
        Alert.Kind kind,
        int outlets,
        Instant lastSeenAt,
        Instant indexedAt) {

    /** The document of {@code alert}, stamped as indexed at {@code indexedAt}. */
    public static AlertDocument of(Alert alert, Instant indexedAt) {
        return new AlertDocument(alert.id(), alert.watchId(), alert.articleId(), alert.storyId(), alert.url(),
                alert.title(), alert.source(), alert.language(), alert.publishedAt(), alert.fetchedAt(),
                alert.matchedTerms(), alert.snippet(), alert.detectedAt(), alert.kind(), alert.outlets(),
                alert.lastSeenAt(), indexedAt);
    }
}
