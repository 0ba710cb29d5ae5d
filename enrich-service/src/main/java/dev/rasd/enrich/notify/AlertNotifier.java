package dev.rasd.enrich.notify;

import dev.rasd.contract.Alert;
import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.Topics;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.watch.WatchRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers alerts to the webhooks of their watches: consumes the alerts topic (committed reads only), POSTs each
 * alert whose watch has a webhook, all alerts of a batch in parallel, and commits the batch once every alert was
 * delivered or, after the last retry, sent to the dead-letter topic with the reason. A crash redelivers the batch:
 * at least once, with the alert id for receivers to drop repeats.
 */
public final class AlertNotifier implements Runnable, AutoCloseable {

    static final String SERVICE = "enrich-service";
    private static final Logger LOG = LoggerFactory.getLogger(AlertNotifier.class);
    private static final JsonSerde<Alert> ALERT = JsonSerde.of(Alert.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, DeadLetter> deadLetters;
    private final Topics topics;
    private final WatchRegistry watches;
    private final WebhookSender sender;
    private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();
    private final Counter delivered;
    private final Counter failed;
    private volatile boolean running = true;

    public AlertNotifier(String bootstrap, String groupId, Topics topics, WatchRegistry watches, WebhookSender sender,
            MeterRegistry metrics) {
        this.topics = topics;
        this.watches = watches;
        this.sender = sender;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.deadLetters = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), JsonSerde.of(DeadLetter.class));
        this.delivered = metrics.counter("rasd.webhook.delivered");
        this.failed = metrics.counter("rasd.dlq.records", "service", SERVICE + "-webhook");
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topics.alerts()));
            while (running) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(500));
                if (batch.isEmpty()) {
                    continue;
                }
                List<Future<?>> pending = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : batch) {
                    pending.add(deliveries.submit(() -> deliver(record)));
                }
                for (Future<?> delivery : pending) {
                    delivery.get();
                }
                consumer.commitSync();
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

    private void deliver(ConsumerRecord<String, byte[]> record) {
        Alert alert;
        try {
            alert = ALERT.deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            deadLetter(record, "not a valid alert: " + e.getMessage());
            return;
        }
        if (alert == null) {
            return;
        }
        Optional<String> webhook = watches.find(alert.watchId()).map(Watch::webhook).filter(w -> !w.isBlank());
        if (webhook.isEmpty()) {
            return;
        }
        try {
            sender.send(URI.create(webhook.get()), WebhookMessage.of(alert));
            delivered.increment();
            LOG.info("alert {} delivered to the webhook of watch {}", alert.id(), alert.watchId());
        } catch (WebhookSender.DeliveryFailedException | IllegalArgumentException e) {
            deadLetter(record, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        LOG.warn("alert {} sent to the dead-letter topic: {}", record.key(), reason);
        failed.increment();
        try {
            deadLetters.send(new ProducerRecord<>(topics.deadLetters(), record.key(), DeadLetter.of(SERVICE,
                    record.topic(), record.partition(), record.offset(), record.key(), reason,
                    record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)))).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the dead letter of alert " + record.key(), e);
        }
    }

    /** Asks {@link #run()} to finish its batch and return; it closes the clients itself. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
