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

    private RasdStack(StackConfig config, EmbeddedKafka kafka, EmbeddedElasticsearch elasticsearch) {
        this.config = config;
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    /**
     * Starts Kafka, creates the topics, then starts Elasticsearch.
     *
     * @param config the settings
     * @param onElasticsearchDeath called when Elasticsearch later exits without being asked to
     */
    public static RasdStack start(StackConfig config, Consumer<String> onElasticsearchDeath) {
        claimDataDir(config.dataDir());
        ElasticsearchDistribution distribution = ElasticsearchDistribution.located();
        EmbeddedKafka kafka = EmbeddedKafka.start(config.dataDir().resolve("kafka"), config.kafkaPort(),
                config.kafkaControllerPort());
        try {
            kafka.createTopics(config.topics(), config.partitions());
            EmbeddedElasticsearch elasticsearch = EmbeddedElasticsearch.start(new EmbeddedElasticsearch.Settings(
                    distribution, config.dataDir().resolve("elasticsearch"), config.elasticsearchPort(),
                    config.elasticsearchTransportPort(), config.elasticsearchHeap(), config.elasticsearchPlugins(),
                    config.elasticsearchUser()));
            elasticsearch.onUnexpectedExit(onElasticsearchDeath);
            return new RasdStack(config, kafka, elasticsearch);
        } catch (RuntimeException e) {
            kafka.close();
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
        try {
            elasticsearch.close();
        } finally {
            kafka.close();
            LOG.info("stack stopped");
        }
    }
}
