package dev.rasd.enrich.story;

/**
 * The story a sentence was last seen in.
 *
 * @param storyId the story
 * @param seenAtMillis when it was seen, for retention
 */
public record StoryCandidate(String storyId, long seenAtMillis) {}
