package dev.rasd.index.write;

import dev.rasd.index.document.IndexOperation;
import org.apache.kafka.common.TopicPartition;

/**
 * A document on its way to Elasticsearch with the Kafka record it came from: the context of a bulk operation,
 * so that its response finishes the right offset, dead-letters the right record or sends the document again.
 *
 * @param partition the record's topic and partition
 * @param offset the record's offset
 * @param key the record's key as text, or null
 * @param value the record's value as read from Kafka, for a dead letter
 * @param operation what to write
 * @param story the story assignment written along in {@code operation}, whose offset the response finishes too;
 *     null when the document carries only its own record
 * @param over for an article revision (a versioned {@link IndexOperation.Write#MERGE}): the stored copy it is to
 *     be written over, as read by a {@link RevisionCheck}; null to create the document (see {@link BulkOperations})
 */
public record PendingDocument(TopicPartition partition, long offset, String key, byte[] value,
        IndexOperation operation, PendingDocument story, StoredArticle over) {

    /** The document of one record. */
    public PendingDocument(TopicPartition partition, long offset, String key, byte[] value,
            IndexOperation operation) {
        this(partition, offset, key, value, operation, null, null);
    }

    /** This article's record written as {@code joined}, which carries {@code story} along. */
    public PendingDocument withStory(PendingDocument story, IndexOperation joined) {
        if (this.story != null || story.story != null) {
            throw new IllegalArgumentException("a document carries at most one story assignment");
        }
        return new PendingDocument(partition, offset, key, value, joined, story, over);
    }

    /** This document written over the stored copy {@code stored} (null: created). */
    public PendingDocument writtenOver(StoredArticle stored) {
        return new PendingDocument(partition, offset, key, value, operation, story, stored);
    }

    /** This document's records (its own and its story's) finished by writing {@code replacement} instead. */
    public PendingDocument writing(IndexOperation replacement) {
        return new PendingDocument(partition, offset, key, value, replacement, story, null);
    }

    /** Marks this document's record, and the story assignment's written along, finished in {@code offsets}. */
    void finishIn(OffsetTracker offsets) {
        offsets.done(partition, offset);
        if (story != null) {
            offsets.done(story.partition(), story.offset());
        }
    }
}
