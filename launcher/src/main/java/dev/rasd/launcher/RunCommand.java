package dev.rasd.launcher;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code rasd run ingest|enrich|index}: runs one service in the foreground against an existing Kafka and
 * Elasticsearch (configured by the environment), until SIGTERM. This is what each docker-compose service runs.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one service (ingest, enrich or index) against the Kafka and Elasticsearch of the environment.")
final class RunCommand implements Callable<Integer> {

    enum Service { ingest, enrich, index }

    @Parameters(paramLabel = "SERVICE", description = "ingest, enrich or index")
    Service service;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        ServiceHost host = switch (service) {
            case ingest -> ServiceHost.ingest(env);
            case enrich -> ServiceHost.enrich(env);
            case index -> ServiceHost.index(env);
        };
        System.out.println(host.name() + " running; /health and /metrics on port " + host.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                host.close();
            } catch (Exception e) {
                System.err.println("error while stopping " + host.name() + ": " + e);
            }
            stopped.countDown();
        }, "rasd-run-shutdown"));
        stopped.await();
        return 0;
    }
}
