package dev.rasd.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.JsonSerde;
import dev.rasd.index.document.IndexOperation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class BulkResultListenerTest {

    private static final TopicPartition P = new TopicPartition("t.articles.enriched", 0);
    private static final Instant NOW = Instant.parse("2026-11-03T10:00:00Z");

    private final OffsetTracker offsets = new OffsetTracker();
    private final MockProducer<String, DeadLetter> producer =
            new MockProducer<>(true, null, new StringSerializer(), JsonSerde.of(DeadLetter.class));
    private final Queue<PendingDocument> retries = new ConcurrentLinkedQueue<>();
    private final Availability availability = new Availability(Clock.fixed(NOW, ZoneOffset.UTC));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final BulkResultListener listener = new BulkResultListener(offsets,
            new DeadLetterPublisher(producer, "t.dlq"), retries, availability, new IndexMetrics(registry));

    @Test
    void finishesWrittenAndSupersededDocuments() {
        List<PendingDocument> documents = track(0, 1);

        listener.afterBulk(1, null, documents, response(item("a0", 201, null), item("a1", 409,
                "version_conflict_engine_exception")));

        assertThat(offsets.takeCommittable()).isEqualTo(Map.of(P, new OffsetAndMetadata(2)));
        assertThat(registry.get("rasd.index.documents").tag("result", "indexed").counter().count()).isEqualTo(1);
        assertThat(registry.get("rasd.index.documents").tag("result", "superseded").counter().count()).isEqualTo(1);
        assertThat(availability.unavailableSince()).isNull();
    }

    @Test
    void deadLettersARejectedDocumentAndWritesTheRest() {
        List<PendingDocument> documents = track(0, 1, 2);

        listener.afterBulk(1, null, documents, response(item("a0", 201, null),
                item("a1", 400, "document_parsing_exception"), item("a2", 201, null)));

        assertThat(producer.history()).hasSize(1);
        DeadLetter letter = producer.history().getFirst().value();
        assertThat(producer.history().getFirst().topic()).isEqualTo("t.dlq");
        assertThat(producer.history().getFirst().key()).isEqualTo("a1");
        assertThat(letter.service()).isEqualTo("index-service");
        assertThat(letter.topic()).isEqualTo(P.topic());
        assertThat(letter.offset()).isEqualTo(1);
        assertThat(letter.reason()).isEqualTo(
                "elasticsearch rejected the document (400): document_parsing_exception: problem with a1");
        assertThat(letter.payload()).isEqualTo("{\"id\":\"a1\"}");
        assertThat(offsets.takeCommittable()).isEqualTo(Map.of(P, new OffsetAndMetadata(3)));
    }

    @Test
    void holdsBackTheOffsetOfADocumentToRetry() {
        List<PendingDocument> documents = track(0, 1);

        listener.afterBulk(1, null, documents, response(item("a0", 429, "es_rejected_execution_exception"),
                item("a1", 201, null)));

        assertThat(retries).containsExactly(documents.getFirst());
        assertThat(offsets.takeCommittable()).isEmpty();
        assertThat(availability.unavailableSince()).isEqualTo(NOW);
        assertThat(availability.lastError()).contains("429", "es_rejected_execution_exception");
    }

    @Test
    void aFailedRequestQueuesEveryDocumentAndMarksElasticsearchUnavailable() {
        List<PendingDocument> documents = track(0, 1);

        listener.afterBulk(1, null, documents, new ConnectException("Connection refused"));

        assertThat(retries).containsExactlyElementsOf(documents);
        assertThat(offsets.takeCommittable()).isEmpty();
        assertThat(availability.unavailableSince()).isEqualTo(NOW);
        assertThat(availability.lastError()).isEqualTo("ConnectException: Connection refused");

        listener.afterBulk(2, null, documents, response(item("a0", 201, null), item("a1", 201, null)));

        assertThat(availability.unavailableSince()).isNull();
        assertThat(offsets.takeCommittable()).isEqualTo(Map.of(P, new OffsetAndMetadata(2)));
    }

    private List<PendingDocument> track(long... offsetsToTrack) {
        return Arrays.stream(offsetsToTrack).mapToObj(offset -> {
            offsets.track(P, offset);
            String id = "a" + offset;
            byte[] value = ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
            return new PendingDocument(P, offset, id, value, new IndexOperation("rasd-articles-2026.11", id, 0L, value));
        }).toList();
    }

    private static BulkResponse response(BulkResponseItem... items) {
        return BulkResponse.of(b -> b.errors(true).took(3).items(List.of(items)));
    }

    private static BulkResponseItem item(String id, int status, String errorType) {
        return BulkResponseItem.of(i -> {
            i.operationType(OperationType.Index).index("rasd-articles-2026.11").id(id).status(status);
            if (errorType != null) {
                i.error(e -> e.type(errorType).reason("problem with " + id));
            }
            return i;
        });
    }
}
