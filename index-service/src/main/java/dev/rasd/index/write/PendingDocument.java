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
 */
public record PendingDocument(TopicPartition partition, long offset, String key, byte[] value,
        IndexOperation operation) {

    /** Marks this document's record finished in {@code offsets}. */
    void finishIn(OffsetTracker offsets) {
        offsets.done(partition, offset);
    }
}
