package dev.rasd.launcher;

import dev.rasd.enrich.EnrichConfig;
import dev.rasd.enrich.EnrichService;
import dev.rasd.index.IndexConfig;
import dev.rasd.index.IndexHealth;
import dev.rasd.index.IndexService;
import dev.rasd.ingest.IngestConfig;
import dev.rasd.ingest.IngestService;
import dev.rasd.runtime.Health;
import dev.rasd.runtime.OpsServer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one Rasd service with its own metrics registry and its operations endpoint ({@code /health},
 * {@code /metrics}) on the service's port: the same for {@code rasd up} (all three in one process) and
 * {@code rasd run} (one per container).
 *
 * @param name the service's name
 * @param service the running service
 * @param ops its operations endpoint
 */
record ServiceHost(String name, AutoCloseable service, OpsServer ops) implements AutoCloseable {

    static ServiceHost ingest(Map<String, String> env) throws InterruptedException {
        IngestConfig config = IngestConfig.fromEnv(env);
        PrometheusMeterRegistry metrics = registry();
        IngestService service = new IngestService(config, metrics);
        service.start();
        return new ServiceHost("ingest-service", service::close, OpsServer.start("0.0.0.0", config.httpPort(),
                "ingest-service", metrics, service::health));
    }

    static ServiceHost enrich(Map<String, String> env) {
        EnrichConfig config = EnrichConfig.fromEnv(env);
        PrometheusMeterRegistry metrics = registry();
        EnrichService service = new EnrichService(config, metrics);
        service.start();
        return new ServiceHost("enrich-service", service, OpsServer.start("0.0.0.0", config.httpPort(),
                "enrich-service", metrics, service::health));
    }

    static ServiceHost index(Map<String, String> env) {
        IndexConfig config = IndexConfig.fromEnv(env);
        PrometheusMeterRegistry metrics = registry();
        IndexService service = new IndexService(config, metrics);
        service.start();
        return new ServiceHost("index-service", service, OpsServer.start("0.0.0.0", config.httpPort(),
                "index-service", metrics, () -> health(service.health())));
    }

    private static Health health(IndexHealth index) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", index.describe());
        details.put("unfinishedRecords", index.unfinishedRecords());
        details.put("indexed", index.indexed());
        details.put("deadLettered", index.deadLettered());
        return new Health(index.healthy(), details);
    }

    private static PrometheusMeterRegistry registry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        return registry;
    }

    /** The port of {@code /health} and {@code /metrics}. */
    int port() {
        return ops.port();
    }

    @Override
    public void close() throws Exception {
        ops.close();
        service.close();
    }
}
