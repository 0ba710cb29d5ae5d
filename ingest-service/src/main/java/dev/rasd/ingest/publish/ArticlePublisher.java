package dev.rasd.ingest.publish;

import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.RawArticle;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Publishes {@link RawArticle}s to the {@code articles.raw} topic, keyed by article id. */
public final class ArticlePublisher {

    private static final JsonSerde<RawArticle> SERDE = JsonSerde.of(RawArticle.class);

    private final Producer<String, byte[]> producer;
    private final String topic;

    /** A publisher writing to {@code topic} through {@code producer} (see {@link IdempotentProducer}). */
    public ArticlePublisher(Producer<String, byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** Sends {@code article}; the future completes when Kafka acknowledged it. */
    public CompletableFuture<RecordMetadata> publish(RawArticle article) {
        return Sends.send(producer, new ProducerRecord<>(topic, article.id(), SERDE.serialize(topic, article)));
    }
}
