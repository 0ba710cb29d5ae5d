package dev.rasd.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.rasd.contract.Alert;
import dev.rasd.contract.Json;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Topics;
import dev.rasd.contract.Watch;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * enrich-service restarted (same state directory, so its watches store comes back from its checkpoint) with a
 * backlog of alerts on the real broker: every alert of a webhook watch reaches the webhook exactly once, the alert
 * of a removed watch is skipped.
 */
@ExtendWith(RasdStackExtension.class)
class WebhookBacklogIT {

    private static final int BACKLOG = 40;

    @Test
    void aRestartedServiceDeliversEveryAlertOfItsBacklogOnceAndSkipsTheRemovedWatch(TestStack stack)
            throws Exception {
        Topics topics = stack.topics();
        String prefix = topics.feeds().substring(0, topics.feeds().length() - ".feeds".length());
        Map<String, String> env = new HashMap<>();
        env.put("RASD_KAFKA_BOOTSTRAP", stack.kafkaBootstrap());
        env.put("RASD_TOPIC_PREFIX", prefix);
        env.put("RASD_ENRICH_APPLICATION_ID", prefix + "-enrich");
        env.put("RASD_ENRICH_STATE_DIR", Files.createTempDirectory("enrich-webhook-it").toString());
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(Json.mapper().readTree(exchange.getRequestBody().readAllBytes()).get("id").asText());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        String webhook = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";

        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrap()), new StringSerializer(), new ByteArraySerializer())) {
            JsonSerde<Watch> watches = JsonSerde.of(Watch.class);
            for (String id : List.of("isis", "gaza", "gone")) {
                producer.send(new ProducerRecord<>(topics.watches(), id, watches.serialize(null,
                        new Watch(SchemaVersion.CURRENT, id, id, "داعش", List.of(), webhook, true, Instant.now()))))
                        .get();
            }
            producer.send(new ProducerRecord<>(topics.watches(), "gone", null)).get();
            runUntilRunning(env);

            JsonSerde<Alert> alerts = JsonSerde.of(Alert.class);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < BACKLOG; i++) {
                String watch = i % 2 == 0 ? "isis" : "gaza";
                Alert alert = alert(watch, "a" + i);
                expected.add(alert.id());
                producer.send(new ProducerRecord<>(topics.alerts(), watch, alerts.serialize(null, alert))).get();
            }
            producer.send(new ProducerRecord<>(topics.alerts(), "gone", alerts.serialize(null, alert("gone", "a0"))))
                    .get();

            try (EnrichService restarted = new EnrichService(EnrichConfig.fromEnv(env), new SimpleMeterRegistry())) {
                restarted.start();
                long deadline = System.currentTimeMillis() + 60_000;
                while (received.size() < BACKLOG && System.currentTimeMillis() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(3_000);
            }
            assertThat(received).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            server.stop(0);
        }
    }

    /** Runs the service until its topology is running, then stops it: its watches store is checkpointed. */
    private static void runUntilRunning(Map<String, String> env) throws InterruptedException {
        try (EnrichService service = new EnrichService(EnrichConfig.fromEnv(env), new SimpleMeterRegistry())) {
            service.start();
            long deadline = System.currentTimeMillis() + 60_000;
            while (service.state() != KafkaStreams.State.RUNNING && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    private static Alert alert(String watch, String article) {
        Instant now = Instant.now();
        return new Alert(SchemaVersion.CURRENT, watch + ":" + article, watch, article, article,
                "https://x.test/" + article, "عنوان " + article, "مصدر", "ar", now, now, List.of("داعش"),
                "«داعش»", now);
    }
}
