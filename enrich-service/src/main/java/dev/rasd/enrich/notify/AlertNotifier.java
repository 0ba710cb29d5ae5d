package dev.rasd.enrich.notify;

import dev.rasd.contract.Alert;
import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.Topics;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.digest.Digest;
import dev.rasd.enrich.watch.WatchRegistry;
import dev.rasd.runtime.kafka.KafkaClients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers alerts and digests by the channels of their watches (webhook, email): consumes the alerts and digests
 * topics (committed reads only), sends each alert that goes out at once ({@link DeliveryDecision#sendsAtOnce}) and
 * each digest, all records of a batch in parallel, and commits the batch once every record was delivered or,
 * after the last retry, sent to the dead-letter topic with the reason. A crash redelivers the batch: at least once,
 * with the alert or digest id for receivers to drop repeats; a digest, emitted once by the topology, is sent again
 * only when the service stops between sending it and committing.
 *
 * <p>It starts consuming only once the {@link WatchRegistry} is restored. An alert whose watch the registry does
 * not know yet is not committed: its partition stops at it and retries it with a backoff ({@link WaitingAlerts})
 * until the watch arrives, or sends it to the dead-letter topic after {@link #UNKNOWN_WATCH_LIMIT}. Only an alert
 * of a removed watch is skipped.
 */
public final class AlertNotifier implements Runnable, AutoCloseable {

    static final String SERVICE = "enrich-service";
    /** How long an alert waits for its watch to become known before it goes to the dead-letter topic. */
    static final Duration UNKNOWN_WATCH_LIMIT = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(AlertNotifier.class);
    private static final JsonSerde<Alert> ALERT = JsonSerde.of(Alert.class);
    private static final JsonSerde<Digest> DIGEST = JsonSerde.of(Digest.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, DeadLetter> deadLetters;
    private final Topics topics;
    private final WatchRegistry watches;
    private final Channels channels;
    private final WaitingAlerts waiting = new WaitingAlerts();
    private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();
    private final Counter delivered;
    private final Counter digestsDelivered;
    private final Counter skippedRemoved;
    private final Counter failed;
    private volatile boolean running = true;

    /**
     * @param bootstrap the Kafka bootstrap servers
     * @param groupId the consumer group, whose committed offsets say what was delivered
     * @param topics where alerts, digests and dead letters are
     * @param watches the watches, for their channels and delivery
     * @param channels how messages are sent
     * @param metrics where counters go
     */
    public AlertNotifier(String bootstrap, String groupId, Topics topics, WatchRegistry watches, Channels channels,
            MeterRegistry metrics) {
        this.topics = topics;
        this.watches = watches;
        this.channels = channels;
        this.consumer = new KafkaConsumer<>(KafkaClients.groupConsumer(bootstrap, groupId,
                Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100)), new StringDeserializer(),
                new ByteArrayDeserializer());
        this.deadLetters = new KafkaProducer<>(KafkaClients.idempotentProducer(bootstrap, Map.of()),
                new StringSerializer(), JsonSerde.of(DeadLetter.class));
        this.delivered = metrics.counter("rasd.webhook.delivered");
        this.digestsDelivered = metrics.counter("rasd.digests.delivered");
        this.skippedRemoved = metrics.counter("rasd.webhook.skipped", "reason", "watch removed");
        this.failed = metrics.counter("rasd.dlq.records", "service", SERVICE + "-webhook");
    }

    @Override
    public void run() {
        try {
            if (!awaitWatches()) {
                return;
            }
            consumer.subscribe(List.of(topics.alerts(), topics.digests()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    partitions.forEach(waiting::release);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                }
            });
            while (running) {
                resumeDuePartitions();
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(500));
                if (!batch.isEmpty()) {
                    handle(batch);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.error("alert notifier stopped: {}", e.toString(), e);
        } finally {
            deliveries.shutdown();
            consumer.close();
            deadLetters.close(Duration.ofSeconds(10));
        }
    }

    /** Waits until the watches are restored; false when closed first. */
    private boolean awaitWatches() throws InterruptedException {
        while (running) {
            if (watches.awaitRestored(Duration.ofMillis(500))) {
                LOG.info("watches restored: delivering alerts");
                return true;
            }
        }
        return false;
    }

    private void resumeDuePartitions() {
        Set<TopicPartition> due = waiting.due(Instant.now());
        due.retainAll(consumer.assignment());
        consumer.resume(due);
    }

    /**
     * Delivers the batch partition by partition up to the first alert that must wait for its watch, then commits
     * what is behind: the waiting alert and those after it are read again once its partition resumes.
     */
    private void handle(ConsumerRecords<String, byte[]> batch) throws Exception {
        List<Future<?>> pending = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (TopicPartition partition : batch.partitions()) {
            for (ConsumerRecord<String, byte[]> record : batch.records(partition)) {
                Optional<Runnable> handling = decide(partition, record);
                if (handling.isEmpty()) {
                    consumer.seek(partition, record.offset());
                    consumer.pause(List.of(partition));
                    break;
                }
                waiting.release(partition);
                pending.add(deliveries.submit(handling.get()));
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        for (Future<?> delivery : pending) {
            delivery.get();
        }
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
    }

    /** What to do with the record, or empty when its alert or digest waits for its watch. */
    private Optional<Runnable> decide(TopicPartition partition, ConsumerRecord<String, byte[]> record) {
        boolean digest = record.topic().equals(topics.digests());
        String watchId;
        String subject;
        Function<Watch, OutgoingMessage> message;
        Alert alert = null;
        try {
            if (digest) {
                Digest value = DIGEST.deserialize(record.topic(), record.value());
                if (value == null) {
                    return Optional.of(() -> { });
                }
                watchId = value.watchId();
                subject = "digest " + value.id();
                message = watch -> Messages.ofDigest(value, watch.delivery().zone());
            } else {
                Alert value = ALERT.deserialize(record.topic(), record.value());
                if (value == null) {
                    return Optional.of(() -> { });
                }
                alert = value;
                watchId = value.watchId();
                subject = "alert " + value.id();
                message = watch -> Messages.ofAlert(value);
            }
        } catch (RuntimeException e) {
            return Optional.of(() -> deadLetter(record, "not a valid " + (digest ? "digest" : "alert") + ": "
                    + e.getMessage()));
        }
        Instant now = Instant.now();
        Duration waited = waiting.waited(partition, record.offset(), now);
        DeliveryDecision decision = alert == null
                ? DeliveryDecision.of(watches.state(watchId), waited, UNKNOWN_WATCH_LIMIT)
                : DeliveryDecision.ofAlert(watches.state(watchId), alert, waited, UNKNOWN_WATCH_LIMIT);
        return switch (decision) {
            case DeliveryDecision.Deliver deliver -> Optional.of(() -> deliver(record, subject, deliver.watch(),
                    message.apply(deliver.watch()), digest ? digestsDelivered : delivered));
            case DeliveryDecision.Nothing none -> Optional.of(() -> { });
            case DeliveryDecision.Removed removed -> {
                LOG.info("{} skipped: watch {} was removed", subject, watchId);
                skippedRemoved.increment();
                yield Optional.of(() -> { });
            }
            case DeliveryDecision.GiveUp giveUp -> Optional.of(() -> deadLetter(record, giveUp.reason()));
            case DeliveryDecision.Wait wait -> {
                if (waiting.waitFor(partition, record.offset(), now)) {
                    LOG.info("{} waits for watch {}, not known yet", subject, watchId);
                }
                yield Optional.empty();
            }
        };
    }

    private void deliver(ConsumerRecord<String, byte[]> record, String subject, Watch watch,
            OutgoingMessage message, Counter counter) {
        try {
            List<String> used = channels.deliver(watch, subject, message);
            counter.increment();
            LOG.info("{} delivered by {} for watch {}", subject, used, watch.id());
        } catch (DeliveryFailedException | IllegalArgumentException e) {
            deadLetter(record, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        LOG.warn("{} record of watch {} ({}@{}) sent to the dead-letter topic: {}", record.topic(), record.key(),
                record.partition(), record.offset(), reason);
        failed.increment();
        try {
            deadLetters.send(new ProducerRecord<>(topics.deadLetters(), record.key(), DeadLetter.of(SERVICE,
                    record.topic(), record.partition(), record.offset(), record.key(), reason,
                    record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)))).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the dead letter of " + record.topic() + " record "
                    + record.key(), e);
        }
    }

    /** Asks {@link #run()} to finish its batch and return; it closes the clients itself. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
