package dev.rasd.enrich.pipeline;

/**
 * The story the story step gave one version of an article, on its way back to the parallel step to be joined with
 * the article. Every revision of an article has the story of its first version.
 *
 * @param revision the article version this is the story of
 * @param storyId the near-duplicate cluster the article belongs to
 */
record ArticleStory(int revision, String storyId) {}
