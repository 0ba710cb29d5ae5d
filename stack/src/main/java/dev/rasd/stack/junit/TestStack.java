package dev.rasd.stack.junit;

import dev.rasd.contract.Topics;
import dev.rasd.stack.elasticsearch.EmbeddedElasticsearch;
import dev.rasd.stack.kafka.EmbeddedKafka;
import java.net.URI;
import java.util.Locale;

/**
 * One test's view of the shared embedded stack: the real Kafka and Elasticsearch of the test JVM, with topic and
 * index names of its own so that tests never see each other's data. Kafka and Elasticsearch start on first use.
 */
public final class TestStack {

    private final SharedStack shared;
    private final String prefix;
    private Topics topics;

    TestStack(SharedStack shared, String prefix) {
        this.shared = shared;
        this.prefix = prefix;
    }

    /** The broker's bootstrap servers, {@code 127.0.0.1:port}. */
    public String kafkaBootstrap() {
        return shared.kafka().bootstrapServers();
    }

    /** The embedded broker, e.g. to restart it in a fault test. */
    public EmbeddedKafka kafka() {
        return shared.kafka();
    }

    /** This test's topics (a unique prefix), created with 3 partitions on first call. */
    public synchronized Topics topics() {
        if (topics == null) {
            topics = Topics.withPrefix(prefix);
            shared.kafka().createTopics(topics, 3);
        }
        return topics;
    }

    /** The Elasticsearch endpoint, {@code http://127.0.0.1:port}. */
    public URI elasticsearchUrl() {
        return shared.elasticsearch().url();
    }

    /** The embedded Elasticsearch, e.g. to stop and start it in a fault test. */
    public EmbeddedElasticsearch elasticsearch() {
        return shared.elasticsearch();
    }

    /** A lower-case prefix unique to this test for index, template and alias names. */
    public String indexPrefix() {
        return prefix.toLowerCase(Locale.ROOT);
    }
}
