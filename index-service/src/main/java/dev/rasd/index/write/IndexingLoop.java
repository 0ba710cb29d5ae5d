package dev.rasd.index.write;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import dev.rasd.contract.Topics;
import dev.rasd.index.document.DocumentMapper;
import dev.rasd.index.document.IndexOperation;
import dev.rasd.index.document.MappedRecord;
import dev.rasd.index.document.UnindexableRecordException;
import dev.rasd.runtime.Backoff;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
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
 * <p><b>Article and story in one write</b>: an article without story and its story assignment, which come on two
 * topics, are paired by a {@link StoryJoin} that holds the first of the two for up to the story wait, so that the
 * common case writes (and Elasticsearch analyses) the article once, with its story. Held records are tracked and
 * unfinished like any other, so no offset is committed past them before they are written; they are written when
 * their wait runs out, when partitions are revoked and on shutdown. In a backlog the two topics are read at their
 * own pace (the small assignments far faster) while this thread spends its time writing: a record then waits up to
 * {@link #BACKLOG_WAIT} while its counterpart's topic has unread records, and while {@value #PAUSE_AHEAD} or more
 * records of a partition wait for the other topic's, that partition is paused until the other catches up, so that
 * pairs meet.
 *
 * <p><b>Article revisions</b> never go back: an article is created when its document does not exist yet, and
 * otherwise, after reading the stored copy, written over it only if that copy is not of a newer revision (see
 * {@link RevisionCheck}). Those reads are made on this thread, for all the documents of a round in one request.
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
    /**
     * Most records the story join holds: with the pause below, a backlog holds about {@value #PAUSE_AHEAD} per
     * partition plus one poll (500 records); live streams hold a few hundred milliseconds' worth of articles.
     */
    static final int MAX_HELD = 4096;
    /** Records of a partition waiting for the other topic's that pause the partition. */
    static final int PAUSE_AHEAD = 256;
    /**
     * Longest a held record waits while its counterpart's topic is behind: long enough for that topic to be read
     * up to the counterpart, short enough that a record whose counterpart never comes (its article was committed
     * before a restart, or dead-lettered) holds back its partition's commits only briefly.
     */
    static final Duration BACKLOG_WAIT = Duration.ofSeconds(10);

    private final Consumer<String, byte[]> consumer;
    private final Topics topics;
    private final DocumentMapper mapper;
    private final DeadLetterPublisher deadLetters;
    private final Availability availability;
    private final IndexMetrics metrics;
    private final OffsetTracker offsets = new OffsetTracker();
    private final Queue<PendingDocument> retries = new ConcurrentLinkedQueue<>();
    /** Article revisions that found their document other than expected, to be checked against the stored copy. */
    private final Queue<PendingDocument> readAgain = new ConcurrentLinkedQueue<>();
    private final StoredArticles storedArticles;
    private final Backoff backoff;
    /** Consecutive rounds of sending documents again; the back-off grows with them. */
    private int failedRounds;
    private final BulkIngester<PendingDocument> ingester;
    private final Clock clock;
    private final StoryJoin<PendingDocument> join;
    /** Records in the story join per partition (with the one being handed in): where a topic runs ahead. */
    private final Map<TopicPartition, Integer> heldByPartition = new HashMap<>();
    private volatile boolean running = true;
    private Instant lastCommit = Instant.EPOCH;

    /**
     * A loop reading the enriched articles, stories, alerts and feed status of {@code topics} with {@code consumer}
     * (which must not auto-commit) and writing through {@code client}.
     *
     * @param bulkActions most documents per {@code _bulk} request
     * @param flushInterval longest a document waits for its request to fill
     * @param storyWait longest an article without story and its story assignment wait for each other; zero writes
     *     them apart at once
     * @param backoff the wait between attempts while Elasticsearch is away
     * @param clock times the story wait
     */
    public IndexingLoop(Consumer<String, byte[]> consumer, Topics topics, ElasticsearchClient client,
            DocumentMapper mapper, DeadLetterPublisher deadLetters, Availability availability, IndexMetrics metrics,
            int bulkActions, Duration flushInterval, Duration storyWait, Backoff backoff, Clock clock) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.join = new StoryJoin<>(storyWait, storyWait.compareTo(BACKLOG_WAIT) > 0 ? storyWait : BACKLOG_WAIT,
                MAX_HELD, clock);
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.availability = Objects.requireNonNull(availability, "availability");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.storedArticles = new StoredArticles(client);
        BulkResultListener listener = new BulkResultListener(offsets, deadLetters, retries, readAgain, availability,
                metrics);
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
        consumer.subscribe(List.of(topics.articlesEnriched(), topics.stories(), topics.alerts(), topics.feedStatus()),
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
            Set<TopicPartition> ahead = partitionsAhead();
            consumer.pause(ahead);
            consumer.resume(consumer.paused().stream().filter(p -> !ahead.contains(p)).toList());
            handle(consumer.poll(pollTimeout()));
        }
        write(join.expired(behind(topics.articlesEnriched()), behind(topics.stories())));
        checkRevisions(drain(readAgain));
    }

    /**
     * Writes each of {@code documents}, article revisions that found their document other than expected, as the
     * {@link RevisionCheck} against its stored copy says. When the copies cannot be read, they are sent again as they
     * are, like documents Elasticsearch could not take, and come back here.
     */
    private void checkRevisions(List<PendingDocument> documents) {
        List<PendingDocument> owned = documents.stream().filter(d -> offsets.owns(d.partition())).toList();
        if (owned.isEmpty()) {
            return;
        }
        metrics.revisionsRead.increment(owned.size());
        List<StoredArticle> stored;
        try {
            stored = storedArticles.read(owned.stream().map(PendingDocument::operation).toList());
        } catch (IOException | ElasticsearchException e) {
            LOG.warn("cannot read {} stored articles, will send them again: {}", owned.size(), e.toString());
            availability.failed("cannot read " + owned.size() + " stored articles: " + e);
            retries.addAll(owned);
            return;
        }
        for (int i = 0; i < owned.size(); i++) {
            PendingDocument document = owned.get(i);
            StoredArticle copy = stored.get(i);
            switch (RevisionCheck.of(document.operation().version(), copy)) {
                case CREATE -> add(document.writtenOver(null));
                case WRITE_OVER -> add(document.writtenOver(copy));
                case SUPERSEDED -> superseded(document);
                case STORY_ONLY -> {
                    IndexOperation story = DocumentMapper.storyOf(document.operation());
                    if (story == null) {
                        superseded(document);
                    } else {
                        add(document.writing(story));
                    }
                }
            }
        }
    }

    private void superseded(PendingDocument document) {
        metrics.superseded.increment();
        document.finishIn(offsets);
    }

    /** Whether {@code topic} has records this consumer has not read yet, as far as it knows. */
    private boolean behind(String topic) {
        for (TopicPartition partition : consumer.assignment()) {
            if (partition.topic().equals(topic) && consumer.currentLag(partition).orElse(0) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The partitions of the articles and stories topics of which too many records wait for the other topic's
     * partition of the same number, where their counterparts are (both are keyed by article id).
     */
    private Set<TopicPartition> partitionsAhead() {
        Set<TopicPartition> ahead = new HashSet<>();
        heldByPartition.forEach((partition, held) -> {
            String other = partition.topic().equals(topics.articlesEnriched()) ? topics.stories()
                    : topics.articlesEnriched();
            // both ahead (records whose counterparts never come): pausing both would wait for nothing
            if (held >= PAUSE_AHEAD
                    && heldByPartition.getOrDefault(new TopicPartition(other, partition.partition()), 0) < PAUSE_AHEAD
                    && consumer.assignment().contains(partition)) {
                ahead.add(partition);
            }
        });
        return ahead;
    }

    /**
     * The usual poll timeout, or less when a held record's wait runs out sooner. (A wait that ran out already
     * belongs to a record kept because its counterpart's topic is behind: nothing to be sooner for.)
     */
    private Duration pollTimeout() {
        Instant deadline = join.nextDeadline();
        if (deadline == null) {
            return POLL_TIMEOUT;
        }
        Duration untilDeadline = Duration.between(clock.instant(), deadline);
        return untilDeadline.isNegative() || untilDeadline.compareTo(POLL_TIMEOUT) > 0 ? POLL_TIMEOUT : untilDeadline;
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
            MappedRecord mapped;
            try {
                mapped = mapper.mapRecord(record.topic(), record.value());
            } catch (UnindexableRecordException e) {
                LOG.warn("{}@{} dead-lettered: {}", partition, record.offset(), e.getMessage());
                metrics.deadLettered.increment();
                deadLetters.publish(partition, record.offset(), record.key(), record.value(), e.getMessage(),
                        () -> offsets.done(partition, record.offset()));
                continue;
            }
            PendingDocument document = new PendingDocument(partition, record.offset(), record.key(), record.value(),
                    mapped.operation());
            switch (mapped.storyPart()) {
                case NONE -> add(document);
                case ARTICLE_WITHOUT_STORY -> {
                    heldByPartition.merge(partition, 1, Integer::sum);
                    write(join.article(joinKey(document), document));
                }
                case STORY_ASSIGNMENT -> {
                    heldByPartition.merge(partition, 1, Integer::sum);
                    write(join.assignment(joinKey(document), document));
                }
            }
        }
    }

    /** Pairs an article with the assignment of the same document: same index, same id. */
    private static String joinKey(PendingDocument document) {
        return document.operation().index() + "/" + document.operation().id();
    }

    /** Sends what the story join released: a pair as one document, the others as they are. */
    private void write(List<StoryJoin.Release<PendingDocument>> released) {
        for (StoryJoin.Release<PendingDocument> release : released) {
            switch (release) {
                case StoryJoin.Joined<PendingDocument>(PendingDocument article, PendingDocument assignment) -> {
                    released(article);
                    released(assignment);
                    metrics.articlesJoined.increment();
                    add(article.withStory(assignment,
                            DocumentMapper.withStory(article.operation(), assignment.operation())));
                }
                case StoryJoin.Alone<PendingDocument>(StoryJoin.Side side, PendingDocument document) -> {
                    released(document);
                    if (side == StoryJoin.Side.ARTICLE) {
                        metrics.articlesSeparate.increment();
                    }
                    add(document);
                }
            }
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

    private void released(PendingDocument document) {
        heldByPartition.computeIfPresent(document.partition(), (partition, held) -> held == 1 ? null : held - 1);
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
            write(join.releaseAll());
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
            // write what waits for its pair, and give in-flight documents of these partitions a moment to finish so
            // their new owner redoes less
            write(join.releaseAll());
            ingester.flush();
            long deadline = System.nanoTime() + REVOKE_GRACE.toNanos();
            while (offsets.unfinished(partitions) > 0 && retries.isEmpty() && readAgain.isEmpty()
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
