package dev.rasd.index.write;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.List;
import java.util.Queue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on every {@code _bulk} response: finishes the offsets of written documents, dead-letters documents
 * Elasticsearch refuses for themselves, and queues the rest (429, 5xx, or a request that failed as a whole) to be
 * sent again by the consumer thread. Runs on the Elasticsearch client's threads.
 */
final class BulkResultListener implements BulkListener<PendingDocument> {

    private static final Logger LOG = LoggerFactory.getLogger(BulkResultListener.class);

    private final OffsetTracker offsets;
    private final DeadLetterPublisher deadLetters;
    private final Queue<PendingDocument> retries;
    private final Availability availability;
    private final IndexMetrics metrics;

    BulkResultListener(OffsetTracker offsets, DeadLetterPublisher deadLetters, Queue<PendingDocument> retries,
            Availability availability, IndexMetrics metrics) {
        this.offsets = offsets;
        this.deadLetters = deadLetters;
        this.retries = retries;
        this.availability = availability;
        this.metrics = metrics;
    }

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<PendingDocument> documents) {
        // nothing to prepare: every document is tracked since it was polled
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<PendingDocument> documents,
            BulkResponse response) {
        metrics.bulkOk.increment();
        List<BulkResponseItem> items = response.items();
        int retried = 0;
        String retryReason = null;
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            PendingDocument document = documents.get(i);
            ErrorCause error = item.error();
            switch (ItemOutcome.of(item.status(), error == null ? null : error.type(), document.operation())) {
                case INDEXED -> {
                    metrics.indexed.increment();
                    document.finishIn(offsets);
                }
                case SUPERSEDED -> {
                    metrics.superseded.increment();
                    document.finishIn(offsets);
                }
                case RETRY -> {
                    retried++;
                    retryReason = item.status() + " " + describe(error);
                    retries.add(document);
                }
                case REJECTED -> {
                    String reason = "elasticsearch rejected the document (" + item.status() + "): " + describe(error);
                    LOG.warn("{}@{} id {} dead-lettered: {}", document.partition(), document.offset(),
                            document.operation().id(), reason);
                    deadLetter(document, reason);
                }
            }
        }
        if (retried == 0) {
            availability.succeeded();
        } else {
            metrics.retried.increment(retried);
            availability.failed(retried + " documents refused for now: " + retryReason);
        }
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<PendingDocument> documents,
            Throwable failure) {
        metrics.bulkFailed.increment();
        metrics.retried.increment(documents.size());
        String error = oneLine(failure);
        if (availability.unavailableSince() == null) {
            LOG.warn("elasticsearch unavailable, {} documents will be sent again: {}", documents.size(), error);
        }
        availability.failed(error);
        retries.addAll(documents);
    }

    private void deadLetter(PendingDocument document, String reason) {
        metrics.deadLettered.increment();
        deadLetters.publish(document.partition(), document.offset(), document.key(), document.value(), reason,
                () -> offsets.done(document.partition(), document.offset()));
    }

    private static String describe(ErrorCause error) {
        if (error == null) {
            return "no error given";
        }
        String described = error.type() + ": " + oneLine(error.reason());
        // e.g. "failed to execute script" says nothing without its cause
        return error.causedBy() == null ? described : described + " (caused by " + describe(error.causedBy()) + ")";
    }

    private static String oneLine(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
