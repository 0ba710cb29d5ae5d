package dev.rasd.stack;

import dev.rasd.stack.elasticsearch.ElasticsearchDistribution;
import dev.rasd.stack.elasticsearch.EmbeddedElasticsearch;
import dev.rasd.stack.kafka.EmbeddedKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka and Elasticsearch together, with all their data under one directory and Rasd's topics created. If
 * Elasticsearch fails to start, Kafka is stopped too, so a failed start leaves nothing running.
 */
public final class RasdStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RasdStack.class);
    /** Marks a directory as Rasd's, so that the stack never writes into a foreign one. */
    static final String MARKER = "rasd-data-dir";

    private final StackConfig config;
    private final EmbeddedKafka kafka;
    private final EmbeddedElasticsearch elasticsearch;
    private final StartedSoFar parts;

    private RasdStack(StackConfig config, EmbeddedKafka kafka, EmbeddedElasticsearch elasticsearch,
            StartedSoFar parts) {
        this.config = config;
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
        this.parts = parts;
    }

    /**
     * Starts Kafka, creates the topics, then starts Elasticsearch.
     *
     * @param config the settings
     * @param onElasticsearchDeath called when Elasticsearch later exits without being asked to
     */
    public static RasdStack start(StackConfig config, Consumer<String> onElasticsearchDeath) {
        return start(config, onElasticsearchDeath, new StartedSoFar());
    }

    /**
     * Like {@link #start(StackConfig, Consumer)}, with Kafka and Elasticsearch added to {@code started} as soon as
     * they exist, so that closing {@code started} at any moment of the start stops what was started so far (and
     * makes this start fail with a {@link StackException}).
     */
    public static RasdStack start(StackConfig config, Consumer<String> onElasticsearchDeath, StartedSoFar started) {
        claimDataDir(config.dataDir());
        ElasticsearchDistribution distribution = ElasticsearchDistribution.located();
        StartedSoFar parts = started.add(new StartedSoFar());
        try {
            EmbeddedKafka kafka = parts.add(EmbeddedKafka.start(config.dataDir().resolve("kafka"), config.kafkaPort(),
                    config.kafkaControllerPort()));
            kafka.createTopics(config.topics(), config.partitions());
            EmbeddedElasticsearch elasticsearch = EmbeddedElasticsearch.start(new EmbeddedElasticsearch.Settings(
                    distribution, config.dataDir().resolve("elasticsearch"), config.elasticsearchPort(),
                    config.elasticsearchTransportPort(), config.elasticsearchHeap(), config.elasticsearchPlugins(),
                    config.elasticsearchUser()), parts);
            elasticsearch.onUnexpectedExit(onElasticsearchDeath);
            return new RasdStack(config, kafka, elasticsearch, parts);
        } catch (RuntimeException e) {
            parts.close();
            throw e;
        }
    }

    /**
     * Makes sure {@code dir} is Rasd's: new or empty directories are claimed with a marker file; a non-empty
     * directory without the marker is refused, never wiped.
     */
    static void claimDataDir(Path dir) {
        try {
            Files.createDirectories(dir);
            Path marker = dir.resolve(MARKER);
            if (Files.exists(marker)) {
                return;
            }
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new StackException(dir + " is not empty and is not a Rasd data directory (no " + MARKER
                            + " file): choose another RASD_DATA_DIR; nothing was changed");
                }
            }
            Files.writeString(marker, "Rasd keeps Kafka and Elasticsearch data here. Delete the directory to reset.\n");
        } catch (IOException e) {
            throw new StackException("cannot use data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    public StackConfig config() {
        return config;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedElasticsearch elasticsearch() {
        return elasticsearch;
    }

    /** Stops Elasticsearch, then Kafka. */
    @Override
    public void close() {
        parts.close();
        LOG.info("stack stopped");
    }
}
