package dev.rasd.contract;

import java.time.Instant;
import java.util.List;

/**
 * A watch matched an article: the value of a {@link Topics#alerts()} record, keyed by watch id. There is one alert
 * per watch and story: syndicated copies and revisions of the story do not raise another; when more outlets carry
 * the story, the alert is written again with the same id, of kind {@link Kind#FOLLOW_UP}, and more
 * {@code outlets}.
 *
 * @param schemaVersion the contract version that wrote this record
 * @param id {@code watchId:storyId}; a spike's is {@code watchId:spike:2026-12-07T10} (its UTC hour), a silent
 *     feed's {@code watchId:silent:feedId:lastPublishedAt}; receivers drop repeats by it
 * @param watchId the watch that matched
 * @param articleId the first article of the story that matched
 * @param storyId the story the article belongs to
 * @param url the article's URL, or null when it has none (a feed item without a link)
 * @param title the article's headline
 * @param source the publisher
 * @param language the article's language
 * @param publishedAt when the article was published, or null
 * @param fetchedAt when ingest-service fetched the article (for end-to-end latency)
 * @param matchedTerms the terms of the watch query found in the article
 * @param snippet a short passage with the matches between {@code «} and {@code »}
 * @param detectedAt when enrich-service raised the alert
 * @param kind a new story, more outlets for a story already alerted, a spike, or a silent feed; {@link Kind#NEW}
 *     when absent
 * @param outlets how many outlets (sources) carry the story so far; 0 when unknown
 * @param lastSeenAt when the story was last carried by an article; null when unknown
 * @param spike what a {@link Kind#SPIKE} alert found; null for the other kinds
 */
public record Alert(
        int schemaVersion,
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
        Kind kind,
        int outlets,
        Instant lastSeenAt,
        SpikeFigures spike) {

    public Alert {
        matchedTerms = matchedTerms == null ? List.of() : List.copyOf(matchedTerms);
        kind = kind == null ? Kind.NEW : kind;
    }

    /** A {@link Kind#NEW} alert whose outlets are not counted. */
    public Alert(int schemaVersion, String id, String watchId, String articleId, String storyId, String url,
            String title, String source, String language, Instant publishedAt, Instant fetchedAt,
            List<String> matchedTerms, String snippet, Instant detectedAt) {
        this(schemaVersion, id, watchId, articleId, storyId, url, title, source, language, publishedAt, fetchedAt,
                matchedTerms, snippet, detectedAt, Kind.NEW, 0, null, null);
    }

    /** What an alert says. */
    public enum Kind {
        /** A watch matched a story for the first time. */
        NEW,
        /** More outlets carry a story the watch alerted on. */
        FOLLOW_UP,
        /** More stories matched a spike watch in the last hour than its baseline allows. */
        SPIKE,
        /** A feed stopped publishing for much longer than its usual gap: for the operator watches of silent feeds. */
        SILENT_FEED
    }

    /** The alert id for a watch and a story. */
    public static String idOf(String watchId, String storyId) {
        return watchId + ":" + storyId;
    }
}
