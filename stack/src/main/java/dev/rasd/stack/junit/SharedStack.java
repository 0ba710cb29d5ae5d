package dev.rasd.stack.junit;

import dev.rasd.stack.Ports;
import dev.rasd.stack.elasticsearch.ElasticsearchDistribution;
import dev.rasd.stack.elasticsearch.EmbeddedElasticsearch;
import dev.rasd.stack.kafka.EmbeddedKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one Kafka and one Elasticsearch of a test JVM, each started on first use on free ports under a temporary
 * directory, and stopped (and the directory deleted) when the test plan ends.
 */
final class SharedStack implements AutoCloseable {

    private final Path baseDir;
    private EmbeddedKafka kafka;
    private EmbeddedElasticsearch elasticsearch;

    SharedStack() {
        try {
            // Under the system temp dir, which the unprivileged Elasticsearch user can enter.
            this.baseDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "rasd-test-");
            baseDir.toFile().setExecutable(true, false);
            baseDir.toFile().setReadable(true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized EmbeddedKafka kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(baseDir.resolve("kafka"), Ports.free(), Ports.free());
        }
        return kafka;
    }

    synchronized EmbeddedElasticsearch elasticsearch() {
        if (elasticsearch == null) {
            List<Path> plugins = Arrays.stream(System.getProperty("rasd.es.plugins", "").split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
            elasticsearch = EmbeddedElasticsearch.start(new EmbeddedElasticsearch.Settings(
                    ElasticsearchDistribution.located(), baseDir.resolve("elasticsearch"), Ports.free(), Ports.free(),
                    System.getProperty("rasd.es.heap", "512m"), plugins, "rasd-es"));
        }
        return elasticsearch;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (elasticsearch != null) {
                elasticsearch.close();
            }
        } finally {
            if (kafka != null) {
                kafka.close();
            }
            try (Stream<Path> paths = Files.walk(baseDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
