package dev.rasd.enrich.pipeline;

import dev.rasd.contract.EnrichedArticle;
import java.time.Instant;

/**
 * The fields of an article that an alert carries, so that the story step can raise one without the whole article.
 *
 * @param url the article's URL, or null for a feed item without a link
 * @param title its headline
 * @param source its publisher
 * @param language its language
 * @param publishedAt when it was published, or null
 * @param fetchedAt when ingest-service fetched it
 */
public record AlertedArticle(String url, String title, String source, String language, Instant publishedAt,
        Instant fetchedAt) {

    /** The alert fields of {@code article}. */
    static AlertedArticle of(EnrichedArticle article) {
        return new AlertedArticle(article.url(), article.title(), article.source(), article.language(),
                article.publishedAt(), article.fetchedAt());
    }
}
