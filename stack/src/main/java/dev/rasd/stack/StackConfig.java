package dev.rasd.stack;

import dev.rasd.contract.Topics;
import dev.rasd.runtime.Env;
import dev.rasd.stack.kafka.TopicCreator;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The settings of the embedded stack, read from environment variables with defaults (see the README's table).
 *
 * @param dataDir everything the stack stores: {@code kafka/} and {@code elasticsearch/} ({@code RASD_DATA_DIR},
 *     default {@code ./.rasd})
 * @param kafkaPort the broker's port on 127.0.0.1 ({@code RASD_KAFKA_PORT}, 9092)
 * @param kafkaControllerPort the KRaft controller's port ({@code RASD_KAFKA_CONTROLLER_PORT}, 9093)
 * @param elasticsearchPort Elasticsearch's HTTP port ({@code RASD_ES_PORT}, 9200)
 * @param elasticsearchTransportPort Elasticsearch's transport port ({@code RASD_ES_TRANSPORT_PORT}, 9300)
 * @param elasticsearchHeap Elasticsearch's JVM heap ({@code RASD_ES_HEAP}, 512m)
 * @param elasticsearchUser the unprivileged user Elasticsearch runs as when Rasd runs as root
 *     ({@code RASD_ES_USER}, rasd-es)
 * @param elasticsearchPlugins plugin zips installed into Elasticsearch ({@code RASD_ES_PLUGINS}, comma-separated)
 * @param topics the topic names ({@code RASD_TOPIC_PREFIX}, rasd)
 * @param partitions partitions of each topic created ({@code RASD_TOPIC_PARTITIONS},
 *     {@link TopicCreator#DEFAULT_PARTITIONS})
 */
public record StackConfig(
        Path dataDir,
        int kafkaPort,
        int kafkaControllerPort,
        int elasticsearchPort,
        int elasticsearchTransportPort,
        String elasticsearchHeap,
        String elasticsearchUser,
        List<Path> elasticsearchPlugins,
        Topics topics,
        int partitions) {

    public StackConfig {
        elasticsearchPlugins = List.copyOf(elasticsearchPlugins);
    }

    /** The configuration given by {@code env}, with defaults for what it does not set. */
    public static StackConfig fromEnv(Map<String, String> variables) {
        Env env = Env.of(variables);
        try {
            return new StackConfig(
                    Path.of(env.string("RASD_DATA_DIR", ".rasd")).toAbsolutePath().normalize(),
                    env.integer("RASD_KAFKA_PORT", 9092),
                    env.integer("RASD_KAFKA_CONTROLLER_PORT", 9093),
                    env.integer("RASD_ES_PORT", 9200),
                    env.integer("RASD_ES_TRANSPORT_PORT", 9300),
                    env.string("RASD_ES_HEAP", "512m"),
                    env.string("RASD_ES_USER", "rasd-es"),
                    Arrays.stream(env.string("RASD_ES_PLUGINS", "").split(","))
                            .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList(),
                    Topics.withPrefix(env.string("RASD_TOPIC_PREFIX", "rasd")),
                    env.integer("RASD_TOPIC_PARTITIONS", TopicCreator.DEFAULT_PARTITIONS));
        } catch (IllegalArgumentException e) {
            throw new StackException(e.getMessage(), e);
        }
    }
}
