package dev.rasd.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.Topics;
import dev.rasd.index.document.DocumentMapper;
import dev.rasd.index.template.IndexNames;
import dev.rasd.index.template.IndexTemplates;
import dev.rasd.index.template.TemplateInstaller;
import dev.rasd.index.write.Availability;
import dev.rasd.index.write.DeadLetterPublisher;
import dev.rasd.index.write.IndexMetrics;
import dev.rasd.index.write.IndexingLoop;
import dev.rasd.runtime.Backoff;
import dev.rasd.runtime.kafka.KafkaClients;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * index-service: reads enriched articles, their story assignments, alerts and feed statuses from Kafka and writes
 * them to Elasticsearch, committing offsets only after Elasticsearch acknowledged the documents. Runs in-process:
 * <pre>{@code
 * try (IndexService service = new IndexService(IndexConfig.fromEnv(System.getenv()), registry)) {
 *     service.start();
 *     ...
 * }
 * }</pre>
 *
 * <p>{@link #start()} installs the index templates first (and creates the current month's indices, see
 * {@link TemplateInstaller}); if Elasticsearch is unreachable then, it keeps trying
 * with back-off on the service's thread (nothing is consumed before the templates exist, or the first documents
 * would create indices without mappings).
 */
public final class IndexService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexService.class);
    private static final Duration INITIAL_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final IndexConfig config;
    private final ElasticsearchClient client;
    private final Producer<String, DeadLetter> producer;
    private final Availability availability = new Availability(Clock.systemUTC());
    private final IndexMetrics metrics;
    private final IndexingLoop loop;
    private final TemplateInstaller templates;
    private final Thread thread;
    private volatile boolean running;
    private volatile boolean closed;
    private boolean started;

    /** A service for {@code config} that registers its meters in {@code registry}. Nothing runs before {@link #start()}. */
    public IndexService(IndexConfig config, MeterRegistry registry) {
        this.config = Objects.requireNonNull(config, "config");
        this.metrics = new IndexMetrics(registry);
        Topics topics = config.topics();
        IndexNames names = new IndexNames(config.indexPrefix());
        this.client = ElasticsearchClients.create(config);
        this.templates = new TemplateInstaller(client, new IndexTemplates(names, config.arabicAnalyzer()),
                Clock.systemUTC());
        this.producer = new KafkaProducer<>(producerProperties(config), new StringSerializer(),
                JsonSerde.of(DeadLetter.class));
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties(config),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.loop = new IndexingLoop(consumer, topics, client, new DocumentMapper(topics, names, Clock.systemUTC()),
                new DeadLetterPublisher(producer, topics.deadLetters()), availability, metrics,
                config.bulkActions(), config.flushInterval(), new Backoff(INITIAL_BACKOFF, MAX_BACKOFF));
        this.thread = new Thread(this::run, "index-service");
    }

    /** Starts the service's thread: install templates, then consume until {@link #close()}. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("index-service was closed");
        }
        if (!started) {
            started = true;
            running = true;
            thread.start();
        }
    }

    /** The service's health now. */
    public IndexHealth health() {
        return new IndexHealth(running, availability.unavailableSince(), availability.lastError(),
                loop.unfinished(), metrics.indexed(), metrics.deadLettered());
    }

    /** Stops consuming, waits for in-flight documents, commits what Elasticsearch acknowledged, and releases all. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        loop.stop();
        if (!started) {
            // the thread owns the Kafka consumer: let it run just long enough to close it
            started = true;
            thread.start();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(10));
        try {
            client.close();
        } catch (IOException e) {
            LOG.warn("elasticsearch client did not close cleanly: {}", e.toString());
        }
        running = false;
    }

    private void run() {
        boolean installed = false;
        try {
            installed = installTemplates();
        } catch (TemplateInstaller.TemplateRefusedException e) {
            availability.failed(e.getMessage());
            LOG.error("index-service cannot start: {}", e.getMessage(), e);
        }
        if (!installed) {
            loop.stop(); // closed meanwhile, or a template was refused: the loop only closes the consumer
        } else {
            LOG.info("index-service consuming with {}", config);
        }
        try {
            loop.run();
        } catch (RuntimeException e) {
            availability.failed(e.toString());
            LOG.error("index-service stopped on an unexpected error", e);
        } finally {
            running = false;
        }
    }

    private boolean installTemplates() {
        Backoff backoff = new Backoff(INITIAL_BACKOFF, MAX_BACKOFF);
        int failures = 0;
        while (!closed) {
            try {
                templates.install();
                availability.succeeded();
                return true;
            } catch (IOException | UncheckedIOException e) {
                availability.failed("cannot install index templates: " + e);
            }
            // sleep in steps so close() is noticed soon; interrupting would also break the consumer if it started
            long wakeAt = System.nanoTime() + backoff.ceiling(++failures).toNanos();
            while (!closed && System.nanoTime() < wakeAt) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    private static Map<String, Object> consumerProperties(IndexConfig config) {
        return KafkaClients.groupConsumer(config.kafkaBootstrap(), config.consumerGroup(), Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, "index-service",
                // a crashed instance's partitions move to a restarted one after 10 s rather than the default 45 s;
                // heartbeats come from the consumer's own thread, so a slow bulk request does not count against it
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000));
    }

    private static Map<String, Object> producerProperties(IndexConfig config) {
        return KafkaClients.idempotentProducer(config.kafkaBootstrap(), Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "index-service-dlq",
                // a dead letter is how a record is kept: retry for as long as Kafka is away
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.MAX_VALUE));
    }
}
