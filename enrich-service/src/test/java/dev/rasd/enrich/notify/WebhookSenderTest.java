package dev.rasd.enrich.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.rasd.contract.Alert;
import dev.rasd.contract.Json;
import dev.rasd.contract.SchemaVersion;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    private static final Alert ALERT = new Alert(SchemaVersion.CURRENT, "isis:a1", "isis", "a1", "a1",
            "https://www.alarabiya.net/a1", "التحالف الدولي: نعمل لهزيمة بقايا داعش", "العربية", "ar",
            Instant.parse("2021-02-20T10:00:00Z"), Instant.parse("2021-02-20T10:01:00Z"), List.of("داعش"),
            "تنظيم «داعش» المتطرف", Instant.parse("2021-02-20T10:01:01Z"));

    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer server;

    private URI serve(int... statuses) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int call = calls.getAndIncrement();
            exchange.sendResponseHeaders(statuses[Math.min(call, statuses.length - 1)], -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static WebhookSender sender() {
        return new WebhookSender(3, Duration.ofMillis(10), Duration.ofSeconds(2));
    }

    @Test
    void postsJsonWithATextFieldForSlackAndTeamsAndTheAlertId() throws Exception {
        sender().send(serve(200), "alert isis:a1", WebhookMessage.of(ALERT));
        JsonNode body = Json.mapper().readTree(bodies.getFirst());
        assertThat(body.get("id").asText()).isEqualTo("isis:a1");
        assertThat(body.get("text").asText()).contains("isis", "التحالف الدولي", "العربية", "«داعش»",
                "https://www.alarabiya.net/a1");
        assertThat(body.get("publishedAt").asText()).isEqualTo("2021-02-20T10:00:00Z");
    }

    @Test
    void retriesServerErrorsAndRateLimitsThenSucceeds() throws Exception {
        sender().send(serve(503, 429, 204), "alert isis:a1", WebhookMessage.of(ALERT));
        assertThat(calls).hasValue(3);
        assertThat(bodies).allMatch(b -> b.contains("\"id\":\"isis:a1\""));
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheReason() throws Exception {
        URI hook = serve(500);
        assertThatThrownBy(() -> sender().send(hook, "alert isis:a1", WebhookMessage.of(ALERT)))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessage("webhook 127.0.0.1 failed 3 times for alert isis:a1; last: HTTP 500");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aRefusalIsFinal() throws Exception {
        URI hook = serve(404);
        assertThatThrownBy(() -> sender().send(hook, "alert isis:a1", WebhookMessage.of(ALERT)))
                .hasMessage("webhook 127.0.0.1 refused alert isis:a1: HTTP 404");
        assertThat(calls).hasValue(1);
    }
}
