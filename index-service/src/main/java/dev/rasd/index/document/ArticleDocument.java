package dev.rasd.index.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityMention;
import dev.rasd.contract.EntityType;
import dev.rasd.contract.Extraction;
import java.time.Instant;
import java.util.List;

/**
 * The Elasticsearch document of an enriched article: the article's fields, its entities' canonical forms as keyword
 * arrays per type (for aggregations and {@code persons:…} queries) and the mentions themselves.
 *
 * <p>Mentions are a plain object array, not {@code nested}: every question Rasd asks of them (top persons, who is
 * mentioned with whom) is answered by the per-type keyword arrays, and Kibana's Lens cannot aggregate nested
 * fields; the mentions are kept for display and for {@link dev.rasd.index.search.Search}'s matched entities.
 *
 * <p>{@code time} is the article's place on every timeline (the Kibana data view's time field, {@code ./rasd search
 * --since}): see {@link #timeOf}. Unlike {@code publishedAt}, which is null when the publisher gave no date that
 * could be parsed, it is never null, so no article is left out of a time range.
 */
public record ArticleDocument(
        String id,
        String url,
        String canonicalUrl,
        String feedId,
        String source,
        String title,
        String summary,
        String text,
        String author,
        Instant time,
        Instant publishedAt,
        Instant firstSeenAt,
        Instant fetchedAt,
        Instant enrichedAt,
        Instant indexedAt,
        String imageUrl,
        List<String> categories,
        String contentHash,
        String extraction,
        String language,
        double languageConfidence,
        List<String> persons,
        List<String> organizations,
        List<String> locations,
        List<String> misc,
        List<EntityDocument> entities,
        // never written as null: the story comes separately and a null would erase it (see DocumentMapper)
        @JsonInclude(JsonInclude.Include.NON_NULL) String storyId,
        int revision,
        List<String> watches) {

    /** The document of {@code article}, stamped as indexed at {@code indexedAt}. */
    public static ArticleDocument of(EnrichedArticle article, Instant indexedAt) {
        Extraction extraction = article.extraction();
        return new ArticleDocument(
                article.id(),
                article.url(),
                article.canonicalUrl(),
                article.feedId(),
                article.source(),
                article.title(),
                article.summary(),
                article.text(),
                article.author(),
                timeOf(article.publishedAt(), article.fetchedAt(), article.firstSeenAt()),
                article.publishedAt(),
                article.firstSeenAt(),
                article.fetchedAt(),
                article.enrichedAt(),
                indexedAt,
                article.imageUrl(),
                article.categories(),
                article.contentHash(),
                extraction == null ? null : extraction.label(),
                article.language(),
                article.languageConfidence(),
                article.canonicalNames(EntityType.PER),
                article.canonicalNames(EntityType.ORG),
                article.canonicalNames(EntityType.LOC),
                article.canonicalNames(EntityType.MISC),
                article.entities().stream().map(EntityDocument::of).toList(),
                article.storyId(),
                article.revision(),
                article.watches());
    }

    /**
     * The time of an article: when it was published, else when its page was fetched, else when Rasd first saw it in
     * its feed; null only when it has none of the three. It also picks the article's monthly index (see
     * {@link DocumentMapper}), so an article's time always falls in the month of its index.
     */
    public static Instant timeOf(Instant publishedAt, Instant fetchedAt, Instant firstSeenAt) {
        return publishedAt != null ? publishedAt : fetchedAt != null ? fetchedAt : firstSeenAt;
    }

    /**
     * One entity mention as stored in an article document.
     *
     * @param text the surface form
     * @param canonical the canonical form
     * @param type {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}
     * @param field {@code title} or {@code text}
     * @param start offset of the first character in the field
     * @param end offset after the last character
     */
    public record EntityDocument(String text, String canonical, String type, String field, int start, int end) {

        /** The stored form of {@code mention}. */
        public static EntityDocument of(EntityMention mention) {
            return new EntityDocument(mention.text(), mention.canonical(),
                    mention.type() == null ? null : mention.type().name(), mention.field(), mention.start(),
                    mention.end());
        }
    }
}
