package dev.rasd.index.document;

import java.util.Objects;

/**
 * What index-service writes for one Kafka record, and the record's part in writing an article together with its
 * story (see {@link DocumentMapper#withStory}).
 *
 * @param operation the record's own write
 * @param storyPart what the record brings to an article's document and its story
 */
public record MappedRecord(IndexOperation operation, StoryPart storyPart) {

    public MappedRecord {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(storyPart, "storyPart");
    }

    /** A record's part in joining an article with its story. */
    public enum StoryPart {
        /** None: an alert, a feed status, or an article that carries its story already. */
        NONE,
        /** An article without story: its story assignment comes separately. */
        ARTICLE_WITHOUT_STORY,
        /** A story assignment: the story of an article that comes separately. */
        STORY_ASSIGNMENT
    }
}
