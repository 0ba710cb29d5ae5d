package dev.rasd.enrich.pipeline;

/**
 * What the story step remembers of an article id, to tell re-deliveries from revisions.
 *
 * @param contentHash the content hash of the last version seen
 * @param storyId the story the article belongs to (kept for its revisions)
 * @param revision the last revision number
 * @param seenAtMillis when the last version was seen, for retention
 */
record ArticleState(String contentHash, String storyId, int revision, long seenAtMillis) {}
