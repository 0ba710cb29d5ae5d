package dev.rasd.launcher;

import dev.rasd.contract.Topics;
import dev.rasd.index.IndexConfig;
import dev.rasd.launcher.demo.DemoServer;
import dev.rasd.stack.RasdStack;
import dev.rasd.stack.StackConfig;
import dev.rasd.stack.StackException;
import dev.rasd.stack.StartedSoFar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasd up}: the whole pipeline on this machine. Starts the embedded Kafka and Elasticsearch (with Rasd's
 * analysis plugin), creates the topics, loads the feeds and watches of {@code seeds/}, runs the three services in
 * this process, says once where everything is, and runs until Ctrl-C or SIGTERM, then stops everything. A stop
 * during start-up stops what was started so far, Elasticsearch included, and ends the start-up.
 *
 * <p>The services run in one JVM here because on a small machine one JVM costs far less memory and start-up than
 * three; they share nothing but the process (each has its own Kafka clients, metrics and port), and each has its
 * own {@code main} for separate deployment (docker-compose runs them as separate containers).
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on this machine until Ctrl-C (data in RASD_DATA_DIR, default ./.rasd).")
final class UpCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger("rasd");

    @Option(names = "--demo", description = "Serve sample Arabic feeds from seeds/demo on 127.0.0.1 and monitor them (no internet needed).")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        Path root = Path.of(System.getProperty("rasd.root", ".")).toAbsolutePath().normalize();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.computeIfAbsent("RASD_ES_PLUGINS", name -> bundledPlugins());
        StackConfig config = StackConfig.fromEnv(env);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<String> failure = new AtomicReference<>();
        StartedSoFar running = new StartedSoFar();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "rasd-shutdown"));
        long started = System.nanoTime();
        try {
            RasdStack stack = RasdStack.start(config, reason -> {
                failure.set(reason);
                stopped.countDown();
            }, running);
            env.put("RASD_KAFKA_BOOTSTRAP", stack.kafka().bootstrapServers());
            env.put("RASD_ES_URL", stack.elasticsearch().url().toString());
            env.put("RASD_DATA_DIR", config.dataDir().toString());

            Path feeds = root.resolve("seeds/feeds.yaml");
            java.util.function.UnaryOperator<String> urls = url -> url;
            if (demo) {
                DemoServer server = running.add(DemoServer.start(root.resolve("seeds/demo")));
                feeds = root.resolve("seeds/demo/feeds.yaml");
                urls = url -> url.replace("{port}", String.valueOf(server.port()));
                env.put("RASD_ALLOW_PRIVATE_NETWORKS", "true");
                env.putIfAbsent("RASD_POLL_MIN_INTERVAL", "15s");
                env.putIfAbsent("RASD_HOST_DELAY", "100ms");
                LOG.info("demo: serving seeds/demo on http://127.0.0.1:{}/", server.port());
            }

            ServiceHost index = running.add(ServiceHost.index(env));
            ServiceHost enrich = running.add(ServiceHost.enrich(env));
            ServiceHost ingest = running.add(ServiceHost.ingest(env));

            SeedLoader seeds = new SeedLoader(stack.kafka().bootstrapServers(), config.dataDir().resolve(demo ? "demo" : "."));
            Files.createDirectories(config.dataDir().resolve(demo ? "demo" : "."));
            seeds.loadFeeds(feeds, config.topics().feeds(), urls);
            seeds.loadWatches(root.resolve("seeds/watches.json"), config.topics().watches());

            String prefix = IndexConfig.fromEnv(env).indexPrefix();
            LOG.info("""
                    Rasd is up in {} s{}. Data: {}
                      Kafka:          {}  topics: {}
                      Elasticsearch:  {}  (aliases {}-articles, {}-alerts, {}-feeds)
                      ingest-service: http://127.0.0.1:{}/health  /metrics
                      enrich-service: http://127.0.0.1:{}/health  /metrics
                      index-service:  http://127.0.0.1:{}/health  /metrics
                    Try: ./rasd search داعش   ./rasd alerts --follow   ./rasd watch add --id ID --query QUERY
                    Stop with Ctrl-C.""",
                    String.format("%.1f", (System.nanoTime() - started) / 1e9), demo ? " (demo)" : "",
                    config.dataDir(), stack.kafka().bootstrapServers(),
                    config.topics().specs().stream().map(Topics.TopicSpec::name).collect(Collectors.joining(", ")),
                    stack.elasticsearch().url(), prefix, prefix, prefix, ingest.port(), enrich.port(), index.port());
        } catch (StackException | IllegalArgumentException | IllegalStateException | IOException e) {
            running.close();
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        stopped.await();
        if (failure.get() != null) {
            System.err.println("error: " + failure.get());
            running.close();
            return 1;
        }
        return 0;
    }

    /** The plugin zips the build put beside the launcher (see launcher/pom.xml). */
    private static String bundledPlugins() {
        Path dir = Path.of(System.getProperty("rasd.root", ".")).resolve("launcher/target/plugins");
        if (!Files.isDirectory(dir)) {
            return "";
        }
        try (Stream<Path> zips = Files.list(dir)) {
            return zips.filter(p -> p.toString().endsWith(".zip")).map(Path::toString)
                    .collect(Collectors.joining(","));
        } catch (IOException e) {
            return "";
        }
    }
}
