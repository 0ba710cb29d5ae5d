package dev.rasd.launcher;

import dev.rasd.contract.Topics;
import dev.rasd.stack.junit.TestStack;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment of the three services in an end-to-end test: the test stack's Kafka, topics and Elasticsearch,
 * feeds on loopback polled every second, a fresh enrich state directory, fast webhook retries and no HTTP ports.
 */
final class PipelineEnvironment {

    private PipelineEnvironment() {
    }

    /** The variables the services read, over this process's environment. */
    static Map<String, String> of(TestStack stack) throws IOException {
        Topics topics = stack.topics();
        String prefix = topics.feeds().substring(0, topics.feeds().length() - ".feeds".length());
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("RASD_KAFKA_BOOTSTRAP", stack.kafkaBootstrap());
        env.put("RASD_TOPIC_PREFIX", prefix);
        env.put("RASD_ES_URL", stack.elasticsearchUrl().toString());
        env.put("RASD_ES_INDEX_PREFIX", stack.indexPrefix());
        env.put("RASD_ALLOW_PRIVATE_NETWORKS", "true");
        env.put("RASD_POLL_MIN_INTERVAL", "500ms");
        env.put("RASD_POLL_MAX_INTERVAL", "1s");
        env.put("RASD_HOST_DELAY", "0ms");
        env.put("RASD_ENRICH_APPLICATION_ID", prefix + "-enrich");
        env.put("RASD_ENRICH_STATE_DIR", Files.createTempDirectory("enrich-state").toString());
        env.put("RASD_WEBHOOK_BACKOFF", "100ms");
        env.put("RASD_INGEST_HTTP_PORT", "0");
        env.put("RASD_ENRICH_HTTP_PORT", "0");
        env.put("RASD_INDEX_HTTP_PORT", "0");
        return env;
    }
}
