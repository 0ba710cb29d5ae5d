package dev.rasd.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpsServerTest {

    @Test
    void servesHealthAndPrometheusMetrics() throws Exception {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.counter("rasd.articles.published").increment(3);
        AtomicBoolean healthy = new AtomicBoolean(true);
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, "ingest-service", registry,
                () -> new Health(healthy.get(), Map.of("lag", 4, "note", "say \"hi\"")))) {
            HttpClient client = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + server.port());
            var health = client.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo(
                    "{\"service\":\"ingest-service\",\"status\":\"UP\",\"details\":{\"lag\":4,\"note\":\"say \\\"hi\\\"\"}}");
            healthy.set(false);
            assertThat(client.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(503);
            var metrics = client.send(HttpRequest.newBuilder(base.resolve("/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).contains("rasd_articles_published_total 3.0");
        }
    }
}
