package dev.rasd.contract;

import java.time.Instant;
import java.util.List;

/**
 * An article after enrich-service: the raw article's fields plus language, entities, story and matched watches.
 * The value of a {@link Topics#articlesEnriched()} record, keyed by {@link #id()}.
 *
 * @param schemaVersion the contract version that wrote this record
 * @param id see {@link RawArticle#id()}
 * @param url see {@link RawArticle#url()}
 * @param canonicalUrl see {@link RawArticle#canonicalUrl()}
 * @param feedId see {@link RawArticle#feedId()}
 * @param source see {@link RawArticle#source()}
 * @param title see {@link RawArticle#title()}
 * @param summary see {@link RawArticle#summary()}
 * @param text see {@link RawArticle#text()}
 * @param author see {@link RawArticle#author()}
 * @param publishedAt see {@link RawArticle#publishedAt()}
 * @param firstSeenAt see {@link RawArticle#firstSeenAt()}
 * @param fetchedAt see {@link RawArticle#fetchedAt()}
 * @param imageUrl see {@link RawArticle#imageUrl()}
 * @param categories see {@link RawArticle#categories()}
 * @param contentHash see {@link RawArticle#contentHash()}
 * @param extraction see {@link RawArticle#extraction()}
 * @param language the detected language, a BCP-47 tag ({@code und} when unknown)
 * @param languageConfidence the detector's confidence in [0, 1]
 * @param entities every entity mention in title and text
 * @param storyId the near-duplicate cluster: articles telling the same story share it
 * @param revision 0 for the first version of an article, then 1, 2, … for changed content under the same id
 * @param watches ids of the watches the article matched
 * @param enrichedAt when enrich-service finished with it
 */
public record EnrichedArticle(
        int schemaVersion,
        String id,
        String url,
        String canonicalUrl,
        String feedId,
        String source,
        String title,
        String summary,
        String text,
        String author,
        Instant publishedAt,
        Instant firstSeenAt,
        Instant fetchedAt,
        String imageUrl,
        List<String> categories,
        String contentHash,
        Extraction extraction,
        String language,
        double languageConfidence,
        List<EntityMention> entities,
        String storyId,
        int revision,
        List<String> watches,
        Instant enrichedAt) {

    public EnrichedArticle {
        categories = categories == null ? List.of() : List.copyOf(categories);
        entities = entities == null ? List.of() : List.copyOf(entities);
        watches = watches == null ? List.of() : List.copyOf(watches);
    }

    /**
     * Version {@code revision} of {@code raw}'s article, enriched, without a story yet: the raw article's fields
     * with the language, the entities and the watches found.
     */
    public static EnrichedArticle of(RawArticle raw, int revision, String language, double languageConfidence,
            List<EntityMention> entities, List<String> watches, Instant enrichedAt) {
        return new EnrichedArticle(SchemaVersion.CURRENT, raw.id(), raw.url(), raw.canonicalUrl(), raw.feedId(),
                raw.source(), raw.title(), raw.summary(), raw.text(), raw.author(), raw.publishedAt(),
                raw.firstSeenAt(), raw.fetchedAt(), raw.imageUrl(), raw.categories(), raw.contentHash(),
                raw.extraction(), language, languageConfidence, entities, null, revision, watches, enrichedAt);
    }

    /** This article with {@code storyId} as its story. */
    public EnrichedArticle withStory(String storyId) {
        return new EnrichedArticle(schemaVersion, id, url, canonicalUrl, feedId, source, title, summary, text, author,
                publishedAt, firstSeenAt, fetchedAt, imageUrl, categories, contentHash, extraction, language,
                languageConfidence, entities, storyId, revision, watches, enrichedAt);
    }

    /** The distinct canonical forms of the entities of {@code type}, in order of first mention. */
    public List<String> canonicalNames(EntityType type) {
        return EntityMention.canonicalNames(entities, type);
    }
}
