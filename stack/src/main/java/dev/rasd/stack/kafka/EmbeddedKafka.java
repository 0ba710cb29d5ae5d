package dev.rasd.stack.kafka;

import dev.rasd.contract.Topics;
import dev.rasd.runtime.kafka.KafkaClients;
import dev.rasd.stack.Ports;
import dev.rasd.stack.StackException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (combined broker and KRaft controller) running in this JVM.
 *
 * <p>The log directory is formatted on first start only (when {@code meta.properties} is missing), so a second
 * start resumes on the same data. Replication factors of the internal topics are 1, which consumer groups and
 * {@code exactly_once_v2} transactions need on a single node.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private EmbeddedKafka(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * Starts a broker listening on {@code 127.0.0.1:port} with its controller on {@code controllerPort}.
     *
     * @param logDir where the broker keeps its data; created and formatted when new
     * @throws StackException when a port is taken or the directory holds data of another cluster
     */
    public static EmbeddedKafka start(Path logDir, int port, int controllerPort) {
        Ports.requireFree(port, "Kafka", "RASD_KAFKA_PORT");
        Ports.requireFree(controllerPort, "the Kafka controller", "RASD_KAFKA_CONTROLLER_PORT");
        EmbeddedKafka kafka = new EmbeddedKafka(logDir, port, controllerPort);
        kafka.startServer();
        return kafka;
    }

    /** The bootstrap servers clients connect to, {@code 127.0.0.1:port}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Where the broker keeps its data. */
    public Path logDir() {
        return logDir;
    }

    private void startServer() {
        KafkaConfig config = new KafkaConfig(brokerProperties(), false);
        // A fatal broker error must not halt the JVM that hosts the launcher or the tests.
        Exit.setExitProcedure((status, message) -> {
            throw new StackException("Kafka stopped with status " + status + ": " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new StackException("Kafka halted with status " + status + ": " + message);
        });
        try {
            formatIfNew();
            long started = System.nanoTime();
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            awaitReady();
            LOG.info("Kafka ready on {} in {} ms (data in {})", bootstrapServers(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), logDir);
        } catch (StackException e) {
            close();
            throw e;
        } catch (Exception e) {
            close();
            throw new StackException("Kafka failed to start in " + logDir + ": " + e.getMessage(), e);
        }
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        return p;
    }

    private void formatIfNew() throws Exception {
        Files.createDirectories(logDir);
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try (var entries = Files.list(logDir)) {
            if (entries.findAny().isPresent()) {
                throw new StackException("Kafka data directory " + logDir
                        + " is not empty but has no meta.properties: it is not a Kafka log directory; "
                        + "move it away or choose another RASD_DATA_DIR");
            }
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setClusterId(org.apache.kafka.common.Uuid.randomUuid().toString())
                .setNodeId(NODE_ID)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(logDir.toString())
                .setDirectories(Set.of(logDir.toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Admin admin = admin()) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new StackException("Kafka did not become ready within 60 s: " + e.getMessage());
                    }
                    Thread.sleep(100);
                }
            }
        }
    }

    /** An admin client for this broker; the caller closes it. */
    public Admin admin() {
        return KafkaClients.admin(bootstrapServers());
    }

    /**
     * Creates the topics that do not exist yet; existing topics are left as they are.
     *
     * @param topics the topic names
     * @param partitions partitions of each new topic
     */
    public void createTopics(Topics topics, int partitions) {
        try (Admin admin = admin()) {
            TopicCreator.create(admin, topics, partitions, (short) 1);
        }
    }

    /** Stops the broker and waits until it has shut down. Safe to call twice. */
    @Override
    public void close() {
        if (server != null) {
            KafkaRaftServer stopping = server;
            server = null;
            try {
                stopping.shutdown();
                stopping.awaitShutdown();
            } catch (RuntimeException e) {
                LOG.warn("Kafka did not shut down cleanly: {}", e.getMessage());
            }
            LOG.info("Kafka stopped");
        }
    }

    /** Stops the broker and starts it again on the same ports and data, like a broker restart. */
    public void restart() {
        close();
        startServer();
    }
}
