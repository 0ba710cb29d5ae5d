package dev.rasd.launcher;

import dev.rasd.contract.Feed;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.cli.EnrichCommand;
import dev.rasd.ingest.feed.FeedCatalog;
import dev.rasd.ingest.feed.FeedDefinition;
import dev.rasd.runtime.kafka.KafkaClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the feeds and watches of {@code seeds/} into their topics, each entry once per data directory: a feed or
 * watch the user later disables or removes is not brought back by the next start. What was loaded is remembered
 * in {@code <data dir>/seeds-loaded}.
 */
final class SeedLoader {

    private static final Logger LOG = LoggerFactory.getLogger("rasd");

    private final String bootstrap;
    private final Path memory;

    SeedLoader(String bootstrap, Path dataDir) {
        this.bootstrap = bootstrap;
        this.memory = dataDir.resolve("seeds-loaded");
    }

    /**
     * Publishes the feeds of {@code catalog} not loaded before.
     *
     * @param rewrite applied to the catalog's text before it is read (the demo puts its server's port in)
     */
    int loadFeeds(Path catalog, String topic, UnaryOperator<String> rewrite) throws IOException {
        List<FeedDefinition> feeds;
        byte[] text = rewrite.apply(Files.readString(catalog)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            feeds = FeedCatalog.read(new java.io.ByteArrayInputStream(text), catalog.toString()).feeds();
        } catch (dev.rasd.ingest.feed.FeedCatalogException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return load(topic, JsonSerde.of(Feed.class), feeds.stream()
                .map(FeedDefinition::toFeed)
                .map(f -> Map.entry("feed:" + f.id(), f))
                .toList(), Feed::id);
    }

    /** Publishes the watches of {@code file} not loaded before. */
    int loadWatches(Path file, String topic) throws IOException {
        return load(topic, JsonSerde.of(Watch.class), EnrichCommand.readWatches(file).stream()
                .map(w -> Map.entry("watch:" + w.id(), w)).toList(), Watch::id);
    }

    private <V> int load(String topic, Serializer<V> serializer, List<Map.Entry<String, V>> entries,
            java.util.function.Function<V, String> key) throws IOException {
        Set<String> loaded = new HashSet<>(Files.exists(memory) ? Files.readAllLines(memory) : List.of());
        List<Map.Entry<String, V>> fresh = entries.stream().filter(e -> !loaded.contains(e.getKey())).toList();
        try (var producer = new KafkaProducer<>(KafkaClients.producer(bootstrap, Map.of()),
                new StringSerializer(), serializer)) {
            List<java.util.concurrent.Future<?>> sent = fresh.stream()
                    .<java.util.concurrent.Future<?>>map(e -> producer.send(
                            new ProducerRecord<>(topic, key.apply(e.getValue()), e.getValue())))
                    .toList();
            for (var acknowledged : sent) {
                acknowledged.get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IOException("cannot load seeds into " + topic + ": " + e.getMessage(), e);
        }
        // remembered only once Kafka has them, so a failed start loads them again next time
        for (Map.Entry<String, V> entry : fresh) {
            Files.writeString(memory, entry.getKey() + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        int count = fresh.size();
        if (count > 0) {
            LOG.info("loaded {} new entries into {}", count, topic);
        }
        return count;
    }
}
