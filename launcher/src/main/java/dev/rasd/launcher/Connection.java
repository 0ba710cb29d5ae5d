package dev.rasd.launcher;

import dev.rasd.contract.Topics;
import dev.rasd.runtime.Env;
import java.util.Map;

/**
 * How the command-line tools reach a running stack: the same environment variables as the services.
 *
 * @param kafkaBootstrap {@code RASD_KAFKA_BOOTSTRAP}, default {@code 127.0.0.1:9092}
 * @param topics {@code RASD_TOPIC_PREFIX}, default {@code rasd}
 */
record Connection(String kafkaBootstrap, Topics topics) {

    static Connection fromEnv(Map<String, String> variables) {
        Env env = Env.of(variables);
        return new Connection(env.string("RASD_KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                Topics.withPrefix(env.string("RASD_TOPIC_PREFIX", "rasd")));
    }
}
