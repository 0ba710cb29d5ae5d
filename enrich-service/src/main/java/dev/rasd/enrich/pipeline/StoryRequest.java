package dev.rasd.enrich.pipeline;

import dev.rasd.enrich.watch.WatchMatch;
import java.util.List;
import java.util.Objects;

/**
 * What the single-partition story step needs of an article, and nothing more. Travels on enrich-service's
 * one-partition repartition topic as JSON, a few hundred bytes where the whole article is several kilobytes: every
 * byte here is read and written by one thread for the whole cluster.
 *
 * <p>Two kinds: a <b>live</b> request ({@link #of(Enrichment)}) for a new article version, which gets a story from
 * its sentence hashes and raises the alerts of its matches; and a <b>backfill</b> request
 * ({@link #backfill}), written to the backfill topic by {@code rasd watch add --backfill} for an article that is
 * indexed already and has its story, which only raises the alerts of its matches. Both go through the same
 * alert-once rule.
 *
 * @param articleId the article
 * @param revision its version, 0 for the first (a backfill request carries the indexed one)
 * @param sentences the hashes of its sentences (none for a backfill request)
 * @param matches the watches it matched, with the terms and snippet an alert carries
 * @param article the fields an alert carries
 * @param indexedStoryId the story the article already has, for a backfill request; null for a live one
 */
public record StoryRequest(String articleId, int revision, List<Long> sentences, List<WatchMatch> matches,
        AlertedArticle article, String indexedStoryId) {

    public StoryRequest {
        Objects.requireNonNull(articleId, "articleId");
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    /** The live request for the story of {@code enrichment}'s article. */
    static StoryRequest of(Enrichment enrichment) {
        return new StoryRequest(enrichment.article().id(), enrichment.article().revision(), enrichment.sentences(),
                enrichment.matches(), AlertedArticle.of(enrichment.article()), null);
    }

    /**
     * The backfill request for an indexed article of story {@code storyId} that a watch matched.
     *
     * @throws NullPointerException when {@code storyId} is null: an indexed article always has a story
     */
    public static StoryRequest backfill(String articleId, int revision, String storyId, WatchMatch match,
            AlertedArticle article) {
        return new StoryRequest(articleId, revision, List.of(), List.of(match), article,
                Objects.requireNonNull(storyId, "storyId"));
    }

    /** Whether this request comes from a backfill, for an article that has its story already. */
    boolean isBackfill() {
        return indexedStoryId != null;
    }
}
