package dev.rasd.enrich.story;

/**
 * A story and when it was last seen: the story a sentence was last seen in, or the story of an article.
 *
 * @param storyId the story
 * @param seenAtMillis when it was seen, for retention
 */
public record StoryCandidate(String storyId, long seenAtMillis) {}
