package dev.rasd.enrich.pipeline;

import dev.rasd.contract.EnrichedArticle;
import dev.rasd.enrich.watch.WatchMatch;
import java.time.Instant;
import java.util.List;

/**
 * What the single-partition story step needs of an enriched article version, and nothing more: its sentence hashes
 * (which tell its story), its watch matches and the few fields of an alert or of a
 * {@link dev.rasd.contract.StoryAssignment}. Travels on the enrich-service's internal one-partition repartition
 * topic as JSON, a few hundred bytes where the whole article is several kilobytes: every byte here is read and
 * written by one thread for the whole cluster.
 *
 * @param articleId the article
 * @param revision its version, 0 for the first
 * @param sentences the hashes of its sentences
 * @param matches the watches it matched, with the terms and snippet an alert carries
 * @param url the article's URL, or null for a feed item without a link
 * @param title its headline
 * @param source its publisher
 * @param language its language
 * @param publishedAt when it was published, or null
 * @param fetchedAt when ingest-service fetched it
 * @param firstSeenAt when ingest-service first saw it
 */
record StoryRequest(String articleId, int revision, List<Long> sentences, List<WatchMatch> matches,
        String url, String title, String source, String language, Instant publishedAt, Instant fetchedAt,
        Instant firstSeenAt) {

    public StoryRequest {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    /** The request for the story of {@code enrichment}'s article. */
    static StoryRequest of(Enrichment enrichment) {
        EnrichedArticle article = enrichment.article();
        return new StoryRequest(article.id(), article.revision(), enrichment.sentences(), enrichment.matches(),
                article.url(), article.title(), article.source(), article.language(), article.publishedAt(),
                article.fetchedAt(), article.firstSeenAt());
    }
}
