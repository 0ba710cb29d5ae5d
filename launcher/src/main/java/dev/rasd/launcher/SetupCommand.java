package dev.rasd.launcher;

import dev.rasd.runtime.Env;
import dev.rasd.runtime.kafka.KafkaClients;
import dev.rasd.stack.kafka.TopicCreator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;

/**
 * {@code rasd setup}: prepares an existing Kafka for Rasd: creates the topics and loads the seed feeds and watches
 * once. docker-compose runs it once before the services; Kibana's objects are {@code rasd kibana-setup}'s, run apart
 * so that Kibana never holds up the pipeline.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Create the topics and load seeds/ feeds and watches (for compose; Kibana: rasd kibana-setup).")
final class SetupCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Env env = Env.of(System.getenv());
        Connection connection = Connection.fromEnv(System.getenv());
        Path root = Path.of(System.getProperty("rasd.root", "."));
        try (Admin admin = KafkaClients.admin(connection.kafkaBootstrap())) {
            TopicCreator.create(admin, connection.topics(), env.integer("RASD_TOPIC_PARTITIONS", TopicCreator.DEFAULT_PARTITIONS),
                    (short) env.integer("RASD_TOPIC_REPLICATION", 1));
        }
        System.out.println("topics ready: " + connection.topics().specs().size());
        Path dataDir = Files.createDirectories(Path.of(env.string("RASD_DATA_DIR", ".rasd")));
        SeedLoader seeds = new SeedLoader(connection.kafkaBootstrap(), dataDir);
        seeds.loadFeeds(root.resolve("seeds/feeds.yaml"), connection.topics().feeds(), url -> url);
        seeds.loadWatches(root.resolve("seeds/watches.json"), connection.topics().watches());
        return 0;
    }
}
