package dev.rasd.ingest;

import dev.rasd.ingest.fetch.HostLimiter;
import dev.rasd.ingest.fetch.HttpFetcher;
import dev.rasd.ingest.poll.CheckpointStore;
import dev.rasd.ingest.poll.FeedPoller;
import dev.rasd.ingest.poll.FeedScheduler;
import dev.rasd.ingest.poll.FeedsConsumerLoop;
import dev.rasd.ingest.poll.IngestMetrics;
import dev.rasd.ingest.poll.KafkaPollSink;
import dev.rasd.ingest.publish.IdempotentProducer;
import dev.rasd.runtime.Health;
import dev.rasd.runtime.kafka.KafkaClients;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: polls the feeds this instance is assigned (see {@link FeedsConsumerLoop}), fetches and
 * extracts their new articles, and publishes them to {@code articles.raw}, feed health to {@code feed-status} and
 * its own checkpoints to {@code <prefix>.ingest-state}. Run any number of instances with the same group: they share
 * the feeds. {@link #start()} returns once the service runs; {@link #close()} hands the feeds back to the group and
 * waits for running polls.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final IngestConfig config;
    private final MeterRegistry registry;
    private Producer<String, byte[]> producer;
    private HttpFetcher fetcher;
    private FeedScheduler scheduler;
    private FeedsConsumerLoop loop;
    private Thread loopThread;

    public IngestService(IngestConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    /**
     * Connects to Kafka, creates the state topic if needed, and starts polling.
     *
     * @throws IllegalStateException when Kafka or the feeds topic is not available
     */
    public synchronized void start() throws InterruptedException {
        if (loopThread != null) {
            throw new IllegalStateException("already started");
        }
        String instance = "rasd-ingest-" + UUID.randomUUID().toString().substring(0, 8);
        CheckpointStore checkpoints;
        try (Admin admin = KafkaClients.admin(config.kafkaBootstrap())) {
            checkpoints = CheckpointStore.open(admin, config.kafkaBootstrap(), config.topics().feeds(),
                    config.stateTopic());
        }
        Clock clock = Clock.systemUTC();
        RandomGenerator random = RandomGenerator.getDefault();
        IngestMetrics metrics = new IngestMetrics(registry);
        producer = IdempotentProducer.create(config.kafkaBootstrap(), instance);
        fetcher = new HttpFetcher(config.fetcherSettings(), new HostLimiter(config.hostDelay()), clock);
        KafkaPollSink sink = new KafkaPollSink(producer, config.topics().articlesRaw(), config.topics().feedStatus(),
                checkpoints.topic());
        FeedPoller poller = new FeedPoller(fetcher, sink, config.pollSettings(), metrics, clock, random);
        // a dropped feed's running poll gets one fetch timeout per remaining step to notice it lost the feed
        Duration dropTimeout = config.fetchTimeout().multipliedBy(2).plus(config.publishTimeout());
        scheduler = new FeedScheduler(poller, sink, config.pollSettings(), config.threads(), dropTimeout, clock,
                random);
        metrics.assignedFeeds(scheduler::size);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, config.groupId(),
                ConsumerConfig.CLIENT_ID_CONFIG, instance,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName(),
                ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Duration.ofMinutes(10).toMillis(),
                // a crashed instance's feeds move to the others after 10 s, not Kafka's default 45 s: feeds only
                // keep their latest items, and a busy feed can scroll a missed item out within a minute
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000),
                new StringDeserializer(), new ByteArrayDeserializer());
        loop = new FeedsConsumerLoop(consumer, config.topics().feeds(), scheduler, checkpoints);
        loopThread = Thread.ofPlatform().name(instance + "-feeds")
                .uncaughtExceptionHandler((thread, e) -> LOG.error("{}: feeds consumer stopped", instance, e))
                .start(loop);
        LOG.info("ingest {} started: group {}, feeds from {}", instance, config.groupId(), config.topics().feeds());
    }

    /** The number of feeds this instance polls now. */
    public int assignedFeeds() {
        return scheduler == null ? 0 : scheduler.size();
    }

    /** Healthy while this instance's feeds consumer runs; says how many feeds it polls. */
    public Health health() {
        Thread loop = loopThread;
        boolean polling = loop != null && loop.isAlive();
        return new Health(polling, Map.of("state", polling ? "polling" : "stopped", "assignedFeeds", assignedFeeds()));
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (loopThread == null) {
            return;
        }
        loop.stop();
        loopThread.join();
        scheduler.close();
        producer.close(config.publishTimeout());
        fetcher.close();
        loopThread = null;
        LOG.info("ingest stopped");
    }
}
