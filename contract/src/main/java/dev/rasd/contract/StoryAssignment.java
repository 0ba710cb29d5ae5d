package dev.rasd.contract;

import java.time.Instant;

/**
 * The story enrich-service gave one version of an article: the value of a {@link Topics#stories()} record, keyed by
 * {@link #articleId()}. The article itself goes to {@link Topics#articlesEnriched()} without a story (its
 * {@link EnrichedArticle#storyId()} is null there): stories are assigned by a single-partition step that sees every
 * article, and only this small record travels through it. The two records arrive in either order; a reader joins
 * them by article id.
 *
 * <p>The article's dates travel along so that a reader storing articles by month (index-service) finds the
 * article's index from the assignment alone, by the same rule as for the article.
 *
 * @param schemaVersion the contract version that wrote this record
 * @param articleId the article, see {@link EnrichedArticle#id()}
 * @param revision the article version this assignment was made for, see {@link EnrichedArticle#revision()};
 *     every revision of an article keeps the story of its first version
 * @param storyId the near-duplicate cluster the article belongs to, see {@link EnrichedArticle#storyId()}
 * @param publishedAt the article's {@link EnrichedArticle#publishedAt()}
 * @param fetchedAt the article's {@link EnrichedArticle#fetchedAt()}
 * @param firstSeenAt the article's {@link EnrichedArticle#firstSeenAt()}
 * @param assignedAt when enrich-service assigned the story
 */
public record StoryAssignment(
        int schemaVersion,
        String articleId,
        int revision,
        String storyId,
        Instant publishedAt,
        Instant fetchedAt,
        Instant firstSeenAt,
        Instant assignedAt) {}
