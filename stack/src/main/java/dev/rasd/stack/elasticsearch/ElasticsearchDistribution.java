package dev.rasd.stack.elasticsearch;

import dev.rasd.stack.StackException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the Elasticsearch distribution is: unpacked by the Maven build of rasd-stack from Maven Central's
 * {@code org.elasticsearch.distribution.integ-test-zip:elasticsearch}, or another one named by the system property
 * {@code rasd.es.dist} or the environment variable {@code RASD_ES_DIST}.
 *
 * @param home the distribution's directory (it holds {@code bin/elasticsearch})
 * @param version the Elasticsearch version
 */
public record ElasticsearchDistribution(Path home, String version) {

    /** The distribution this build of Rasd was made with, unless overridden. */
    public static ElasticsearchDistribution located() {
        Properties built = new Properties();
        try (InputStream in = ElasticsearchDistribution.class.getResourceAsStream("/dev/rasd/stack/rasd-stack.properties")) {
            if (in == null) {
                throw new StackException("rasd-stack.properties is missing from the classpath: rebuild with ./mvnw install");
            }
            built.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String override = System.getProperty("rasd.es.dist", System.getenv("RASD_ES_DIST"));
        Path home = Path.of(override != null && !override.isBlank() ? override : built.getProperty("elasticsearch.dist"));
        if (!Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
            throw new StackException("no Elasticsearch distribution at " + home
                    + ": build the project (./mvnw install -DskipTests) or set RASD_ES_DIST");
        }
        return new ElasticsearchDistribution(home, built.getProperty("elasticsearch.version"));
    }
}
