package dev.rasd.ingest.publish;

import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Kafka sends as futures. */
public final class Sends {

    private Sends() {}

    /** Sends {@code record}; the future completes with its metadata once acknowledged, or with the send's error. */
    public static CompletableFuture<RecordMetadata> send(Producer<String, byte[]> producer,
            ProducerRecord<String, byte[]> record) {
        CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    acknowledged.completeExceptionally(error);
                } else {
                    acknowledged.complete(metadata);
                }
            });
        } catch (RuntimeException e) {
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }
}
