package dev.rasd.launcher;

import dev.rasd.index.kibana.KibanaSetup;
import dev.rasd.runtime.Env;
import dev.rasd.runtime.kafka.KafkaClients;
import dev.rasd.stack.kafka.TopicCreator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasd setup}: prepares an existing Kafka (and Kibana) for Rasd: creates the topics, loads the seed feeds
 * and watches once, and imports the Kibana objects. docker-compose runs it once before the services.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Create the topics, load seeds/ feeds and watches, and import the Kibana objects (for compose).")
final class SetupCommand implements Callable<Integer> {

    @Option(names = "--kibana", description = "Kibana's URL; its objects are imported when given.")
    URI kibana;

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
        if (kibana != null) {
            int imported = KibanaSetup.of(kibana).importSavedObjects(root.resolve("kibana/saved-objects.ndjson"));
            System.out.println("imported " + imported + " Kibana objects into " + kibana);
        }
        return 0;
    }
}
