package dev.rasd.ingest.poll;

import dev.rasd.contract.FeedStatus;
import dev.rasd.contract.RawArticle;
import java.util.concurrent.CompletableFuture;

/**
 * Where the results of polls go: Kafka in the service ({@link KafkaPollSink}), memory in tests and benchmarks.
 * Each future completes when the record is durably stored (for Kafka: acknowledged by all in-sync replicas).
 */
public interface PollSink {

    /** Publishes an article, keyed by its id. */
    CompletableFuture<Void> article(RawArticle article);

    /** Publishes a feed's health, keyed by feed id; null {@code status} removes it. */
    CompletableFuture<Void> status(String feedId, FeedStatus status);

    /** Stores a feed's checkpoint, keyed by feed id; null {@code checkpoint} removes it. */
    CompletableFuture<Void> checkpoint(String feedId, FeedCheckpoint checkpoint);
}
