package dev.rasd.index.write;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import dev.rasd.contract.Topics;
import dev.rasd.index.document.DocumentMapper;
import dev.rasd.index.document.IndexOperation;
import dev.rasd.index.document.UnindexableRecordException;
import dev.rasd.runtime.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer loop of index-service: polls records, hands their documents to a {@link BulkIngester}, and commits
 * a partition's offset only past records that are finished (acknowledged by Elasticsearch, dead-lettered, or
 * tombstones, which have no document).
 *
 * <p><b>When Elasticsearch is away</b> (connection refused, 429, 5xx) the failed documents come back to this
 * thread, which pauses every assigned partition, waits a capped exponential back-off while still calling
 * {@code poll()} (so the consumer stays in its group; paused partitions return nothing) and sends them again,
 * for as long as it takes. New records are fetched only once a bulk request succeeds in full, so memory holds at
 * most what was in flight, and the lag grows in Kafka instead.
 *
 * <p><b>Backpressure</b>: the ingester holds at most {@value #MAX_CONCURRENT_REQUESTS} requests in flight; when
 * they are all out, adding a document blocks this thread, which stops polling.
 *
 * <p><b>Article revisions</b> never go back: each is written whole with its revision as external version, and
 * Elasticsearch refuses an older one (see {@link dev.rasd.index.document.DocumentMapper}).
 *
 * <p>Not thread-safe: one thread runs {@link #run()}; {@link #stop()} may be called from any thread.
 */
public final class IndexingLoop implements Runnable {

    /**
     * Requests in flight at once. Two keeps Elasticsearch busy while the next batch fills; more only queue in the
     * write thread pool of a small cluster.
     */
    static final int MAX_CONCURRENT_REQUESTS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(IndexingLoop.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);
    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
    private static final Duration REVOKE_GRACE = Duration.ofSeconds(10);
    private final Consumer<String, byte[]> consumer;
    private final Topics topics;
    private final DocumentMapper mapper;
    private final DeadLetterPublisher deadLetters;
    private final Availability availability;
    private final IndexMetrics metrics;
    private final OffsetTracker offsets = new OffsetTracker();
    private final Queue<PendingDocument> retries = new ConcurrentLinkedQueue<>();
    private final Backoff backoff;
    /** Consecutive rounds of sending documents again; the back-off grows with them. */
    private int failedRounds;
    private final BulkIngester<PendingDocument> ingester;
    private volatile boolean running = true;
    private Instant lastCommit = Instant.EPOCH;

    /**
     * A loop reading the enriched articles, alerts and feed status of {@code topics} with {@code consumer}
     * (which must not auto-commit) and writing through {@code client}.
     *
     * @param bulkActions most documents per {@code _bulk} request
     * @param flushInterval longest a document waits for its request to fill
     * @param backoff the wait between attempts while Elasticsearch is away
     */
    public IndexingLoop(Consumer<String, byte[]> consumer, Topics topics, ElasticsearchClient client,
            DocumentMapper mapper, DeadLetterPublisher deadLetters, Availability availability, IndexMetrics metrics,
            int bulkActions, Duration flushInterval, Backoff backoff) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.availability = Objects.requireNonNull(availability, "availability");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        BulkResultListener listener = new BulkResultListener(offsets, deadLetters, retries, availability, metrics);
        this.ingester = BulkIngester.of(b -> b
                .client(client)
                .maxOperations(bulkActions)
                .maxConcurrentRequests(MAX_CONCURRENT_REQUESTS)
                .flushInterval(flushInterval.toMillis(), TimeUnit.MILLISECONDS)
                .listener(listener));
    }

    /** Records polled but not yet finished. */
    public int unfinished() {
        return offsets.unfinished();
    }

    /** Consumes until {@link #stop()}; then flushes, commits what is finished and closes the consumer. */
    @Override
    public void run() {
        consumer.subscribe(List.of(topics.articlesEnriched(), topics.alerts(), topics.feedStatus()),
                new RebalanceListener());
        try {
            while (running) {
                step();
                commitIfDue(false);
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            shutDown();
        }
    }

    /** Asks {@link #run()} to finish; returns at once. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    private void step() {
        List<PendingDocument> again = drain(retries);
        if (!again.isEmpty()) {
            consumer.pause(consumer.assignment());
            Duration delay = backoff.ceiling(++failedRounds);
            LOG.info("elasticsearch unavailable since {}; sending {} documents again in {} ms",
                    availability.unavailableSince(), again.size(), delay.toMillis());
            handle(consumer.poll(delay));
            resend(again);
        } else if (availability.unavailableSince() != null) {
            // waiting for the documents sent again: keep fetching nothing, stay in the group
            consumer.pause(consumer.assignment());
            handle(consumer.poll(POLL_TIMEOUT));
        } else {
            failedRounds = 0;
            consumer.resume(consumer.paused());
            handle(consumer.poll(POLL_TIMEOUT));
        }
    }

    private void handle(ConsumerRecords<String, byte[]> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            offsets.track(partition, record.offset());
            if (record.value() == null) {
                // the producers of these topics never write tombstones, and a tombstone has no document
                metrics.skipped.increment();
                offsets.done(partition, record.offset());
                continue;
            }
            IndexOperation operation;
            try {
                operation = mapper.map(record.topic(), record.value());
            } catch (UnindexableRecordException e) {
                LOG.warn("{}@{} dead-lettered: {}", partition, record.offset(), e.getMessage());
                metrics.deadLettered.increment();
                deadLetters.publish(partition, record.offset(), record.key(), record.value(), e.getMessage(),
                        () -> offsets.done(partition, record.offset()));
                continue;
            }
            add(new PendingDocument(partition, record.offset(), record.key(), record.value(), operation));
        }
    }

    private void resend(List<PendingDocument> documents) {
        for (PendingDocument document : documents) {
            if (offsets.owns(document.partition())) {
                add(document);
            }
        }
        ingester.flush();
    }

    private void add(PendingDocument document) {
        ingester.add(BulkOperations.of(document), document);
    }

    private static List<PendingDocument> drain(Queue<PendingDocument> queue) {
        List<PendingDocument> drained = new ArrayList<>();
        for (PendingDocument document; (document = queue.poll()) != null; ) {
            drained.add(document);
        }
        return drained;
    }

    private void commitIfDue(boolean now) {
        Instant time = Instant.now();
        if (!now && Duration.between(lastCommit, time).compareTo(COMMIT_INTERVAL) < 0) {
            return;
        }
        lastCommit = time;
        Map<TopicPartition, OffsetAndMetadata> committable = offsets.takeCommittable();
        if (committable.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(committable);
        } catch (WakeupException e) {
            offsets.commitFailed(committable);
            throw e;
        } catch (KafkaException e) {
            offsets.commitFailed(committable);
            LOG.warn("offset commit failed, will try again: {}", e.toString());
        }
    }

    private void shutDown() {
        try {
            ingester.close(); // sends what is buffered and waits for the answers
        } catch (RuntimeException e) {
            LOG.warn("bulk ingester did not close cleanly: {}", e.toString());
        }
        try {
            commitIfDue(true);
        } catch (KafkaException e) { // includes WakeupException from a stop() during the commit
            LOG.warn("final offset commit failed; unfinished records will be read again: {}", e.toString());
        }
        consumer.close();
        int left = offsets.unfinished();
        if (left > 0) {
            LOG.info("{} records were not finished and will be read again on restart", left);
        }
    }

    private final class RebalanceListener implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // give in-flight documents of these partitions a moment to finish so their new owner redoes less
            ingester.flush();
            long deadline = System.nanoTime() + REVOKE_GRACE.toNanos();
            while (offsets.unfinished(partitions) > 0 && retries.isEmpty()
                    && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            commitIfDue(true);
            offsets.forget(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // tracking starts with the first record polled from each partition
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            offsets.forget(partitions);
        }
    }
}
