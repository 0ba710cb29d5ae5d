package dev.rasd.ingest.poll;

import dev.rasd.contract.FeedStatus;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.RawArticle;
import dev.rasd.ingest.publish.ArticlePublisher;
import dev.rasd.ingest.publish.Sends;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes poll results to Kafka through one idempotent producer: articles to {@code articles.raw}, health to the
 * compacted {@code feed-status}, checkpoints to the compacted ingest state topic. Because the producer keeps the
 * order of records per partition and a checkpoint is sent only after its articles were acknowledged, a stored
 * checkpoint never remembers an article Kafka does not have.
 */
public final class KafkaPollSink implements PollSink {

    private static final JsonSerde<FeedStatus> STATUS = JsonSerde.of(FeedStatus.class);
    private static final JsonSerde<FeedCheckpoint> CHECKPOINT = JsonSerde.of(FeedCheckpoint.class);

    private final Producer<String, byte[]> producer;
    private final ArticlePublisher articles;
    private final String statusTopic;
    private final String checkpointTopic;

    public KafkaPollSink(Producer<String, byte[]> producer, String articlesTopic, String statusTopic,
            String checkpointTopic) {
        this.producer = producer;
        this.articles = new ArticlePublisher(producer, articlesTopic);
        this.statusTopic = statusTopic;
        this.checkpointTopic = checkpointTopic;
    }

    @Override
    public CompletableFuture<Void> article(RawArticle article) {
        return articles.publish(article).thenApply(metadata -> null);
    }

    @Override
    public CompletableFuture<Void> status(String feedId, FeedStatus status) {
        return send(statusTopic, feedId, STATUS.serialize(statusTopic, status));
    }

    @Override
    public CompletableFuture<Void> checkpoint(String feedId, FeedCheckpoint checkpoint) {
        return send(checkpointTopic, feedId, CHECKPOINT.serialize(checkpointTopic, checkpoint));
    }

    private CompletableFuture<Void> send(String topic, String key, byte[] value) {
        return Sends.send(producer, new ProducerRecord<>(topic, key, value)).thenApply(metadata -> null);
    }
}
