package dev.rasd.enrich;

import dev.rasd.enrich.entities.EntityRecognizer;
import dev.rasd.enrich.language.LanguageDetector;
import dev.rasd.enrich.notify.AlertNotifier;
import dev.rasd.enrich.notify.Channels;
import dev.rasd.enrich.notify.EmailSender;
import dev.rasd.enrich.notify.WebhookSender;
import dev.rasd.enrich.pipeline.ArticleEnricher;
import dev.rasd.enrich.pipeline.EnrichTopology;
import dev.rasd.enrich.watch.WatchRegistry;
import dev.rasd.runtime.Health;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * enrich-service: runs {@link EnrichTopology} with {@code exactly_once_v2}. Start it in-process with
 * {@link #start()} / {@link #close()}. It also delivers alerts and digests by the webhooks and email of their
 * watches ({@link AlertNotifier}); {@code rasd run enrich} runs it alone and serves its {@link #health()} and
 * metrics on {@link EnrichConfig#httpPort()}.
 */
public final class EnrichService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final EnrichConfig config;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final WatchRegistry watches = new WatchRegistry();
    private KafkaStreams streams;
    private KafkaStreamsMetrics streamsMetrics;
    private AlertNotifier notifier;
    private Thread notifierThread;

    /** The service, on the system clock. */
    public EnrichService(EnrichConfig config, MeterRegistry metrics) {
        this(config, metrics, Clock.systemUTC());
    }

    /**
     * The service, with {@code clock} telling the digests what time it is (which period an alert joins, when a
     * period is over): tests pass a clock they move.
     */
    public EnrichService(EnrichConfig config, MeterRegistry metrics, Clock clock) {
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Loads the models, starts the topology and the operations endpoint. */
    public void start() {
        ArticleEnricher enricher = new ArticleEnricher(new LanguageDetector(), EntityRecognizer.shipped()::recognize,
                watches::matcher);
        streams = new KafkaStreams(EnrichTopology.build(config.topics(), enricher, watches,
                new EnrichTopology.Limits(config.dedupRetention(), config.storyWait(), config.maxRecordBytes()),
                new EnrichTopology.Timing(clock, config.digestCheckInterval()), metrics), streamsProperties());
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("enrich stream thread failed, replacing it: {}", e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(metrics);
        metrics.gauge("rasd.enrich.watches", watches, w -> w.matcher().size());
        streams.start();
        // start() returns once the global thread has restored the watches store, and WatchUpdater loads the
        // restored watches into the registry as it starts: the registry now has every watch of the topic.
        watches.markRestored();
        notifier = new AlertNotifier(config.kafkaBootstrap(), config.applicationId() + "-webhooks", config.topics(),
                watches, new Channels(
                        new WebhookSender(config.webhookAttempts(), config.webhookBackoff(), config.webhookTimeout()),
                        new EmailSender(config.smtp(), config.webhookAttempts(), config.webhookBackoff(),
                                config.webhookTimeout())),
                metrics);
        notifierThread = Thread.ofPlatform().name("enrich-webhooks").start(notifier);
        LOG.info("enrich-service started: {} → {}, {}", config.topics().articlesRaw(),
                config.topics().articlesEnriched(), config.topics().alerts());
    }

    /** Healthy while the topology is running or rebalancing. */
    public Health health() {
        KafkaStreams.State state = streams == null ? KafkaStreams.State.NOT_RUNNING : streams.state();
        Map<String, Object> details = Map.of("state", state.name(), "watches", watches.matcher().size());
        return state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED
                ? Health.up(details) : Health.down(details);
    }

    /** The state of the topology, e.g. to wait for {@code RUNNING}. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    private Properties streamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toAbsolutePath().toString());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, (int) config.commitInterval().toMillis());
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 16 * 1024 * 1024);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), 4 * 1024 * 1024);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 4 * 1024 * 1024);
        return p;
    }

    @Override
    public void close() {
        if (notifier != null) {
            notifier.close();
            try {
                notifierThread.join(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (streams != null) {
            streams.close(Duration.ofSeconds(30));
            LOG.info("enrich-service stopped");
        }
        if (streamsMetrics != null) {
            streamsMetrics.close();
        }
    }
}
