package dev.rasd.launcher;

import dev.rasd.contract.Topics;
import dev.rasd.stack.RasdStack;
import dev.rasd.stack.StackConfig;
import dev.rasd.stack.StackException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/**
 * {@code rasd up}: starts the embedded Kafka and Elasticsearch with all data under {@code RASD_DATA_DIR}, creates
 * the topics, says where everything listens, and runs until Ctrl-C or SIGTERM, then stops everything.
 */
@Command(name = "up", mixinStandardHelpOptions = true, description = "Run the stack on this machine until Ctrl-C (data in RASD_DATA_DIR, default ./.rasd).")
final class UpCommand implements java.util.concurrent.Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger("rasd");

    @Override
    public Integer call() throws InterruptedException {
        StackConfig config = StackConfig.fromEnv(System.getenv());
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<String> failure = new AtomicReference<>();
        long started = System.nanoTime();
        RasdStack stack;
        try {
            stack = RasdStack.start(config, reason -> {
                failure.set(reason);
                stopped.countDown();
            });
        } catch (StackException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        Thread shutdown = new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "rasd-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        LOG.info("""
                Rasd is up in {} s. Data: {}
                  Kafka:         {}
                  Elasticsearch: {}
                  Topics:        {}
                Stop with Ctrl-C.""",
                String.format("%.1f", (System.nanoTime() - started) / 1e9), config.dataDir(),
                stack.kafka().bootstrapServers(), stack.elasticsearch().url(),
                config.topics().specs().stream().map(Topics.TopicSpec::name).collect(Collectors.joining(", ")));
        stopped.await();
        if (failure.get() != null) {
            System.err.println("error: " + failure.get());
            Runtime.getRuntime().removeShutdownHook(shutdown);
            stack.close();
            return 1;
        }
        return 0;
    }
}
