package dev.rasd.enrich;

import dev.rasd.contract.Topics;
import dev.rasd.enrich.notify.SmtpSettings;
import dev.rasd.runtime.Env;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The settings of enrich-service, from environment variables (see the README's table).
 *
 * @param kafkaBootstrap {@code RASD_KAFKA_BOOTSTRAP}, default {@code 127.0.0.1:9092}
 * @param topics {@code RASD_TOPIC_PREFIX}, default {@code rasd}
 * @param applicationId the Kafka Streams application id, {@code RASD_ENRICH_APPLICATION_ID}, default
 *     {@code rasd-enrich}; instances with the same id share the work
 * @param stateDir where the state stores live, {@code RASD_ENRICH_STATE_DIR}, default
 *     {@code $RASD_DATA_DIR/enrich-state}
 * @param threads stream threads, {@code RASD_ENRICH_THREADS}, default 2 (one per core here)
 * @param dedupRetention how long ids, stories and alerts are remembered, {@code RASD_DEDUP_RETENTION}, default 30d
 * @param storyWait how long an article waits in the topology for its story, {@code RASD_ENRICH_STORY_WAIT},
 *     default 6h: the story step may fall this far behind (a restart restoring its state) without losing an article
 * @param maxRecordBytes larger raw records go to the dead-letter topic, {@code RASD_ENRICH_MAX_RECORD_BYTES}, 2m
 * @param commitInterval how often results are committed (and so become visible to read_committed consumers),
 *     {@code RASD_ENRICH_COMMIT_INTERVAL}, default 100ms: alerts within a second need a short interval
 * @param httpPort the port of {@code /health} and {@code /metrics}, {@code RASD_ENRICH_HTTP_PORT}, default 8082
 * @param webhookAttempts tries per webhook delivery before the alert goes to the dead-letter topic,
 *     {@code RASD_WEBHOOK_ATTEMPTS}, default 5
 * @param webhookBackoff wait after the first failed try, doubling after each, {@code RASD_WEBHOOK_BACKOFF}, 1s
 * @param webhookTimeout timeout of one try, {@code RASD_WEBHOOK_TIMEOUT}, default 10s; attempts, backoff and
 *     timeout apply to email as well
 * @param smtp the SMTP server that emails alerts and digests ({@code RASD_SMTP_*}, see {@link SmtpSettings})
 * @param digestCheckInterval how often the topology looks for digests whose period is over,
 *     {@code RASD_DIGEST_CHECK_INTERVAL}, default 30s
 */
public record EnrichConfig(String kafkaBootstrap, Topics topics, String applicationId, Path stateDir, int threads,
        Duration dedupRetention, Duration storyWait, int maxRecordBytes, Duration commitInterval, int httpPort, int webhookAttempts,
        Duration webhookBackoff, Duration webhookTimeout, SmtpSettings smtp, Duration digestCheckInterval) {

    /** The settings given by {@code variables}, with defaults for the rest. */
    public static EnrichConfig fromEnv(Map<String, String> variables) {
        Env env = Env.of(variables);
        Path dataDir = Path.of(env.string("RASD_DATA_DIR", ".rasd"));
        return new EnrichConfig(
                env.string("RASD_KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                Topics.withPrefix(env.string("RASD_TOPIC_PREFIX", "rasd")),
                env.string("RASD_ENRICH_APPLICATION_ID", "rasd-enrich"),
                Path.of(env.string("RASD_ENRICH_STATE_DIR", dataDir.resolve("enrich-state").toString())),
                env.integer("RASD_ENRICH_THREADS", 2),
                env.duration("RASD_DEDUP_RETENTION", Duration.ofDays(30)),
                env.duration("RASD_ENRICH_STORY_WAIT", Duration.ofHours(6)),
                (int) env.bytes("RASD_ENRICH_MAX_RECORD_BYTES", 2L * 1024 * 1024),
                env.duration("RASD_ENRICH_COMMIT_INTERVAL", Duration.ofMillis(100)),
                env.integer("RASD_ENRICH_HTTP_PORT", 8082),
                env.integer("RASD_WEBHOOK_ATTEMPTS", 5),
                env.duration("RASD_WEBHOOK_BACKOFF", Duration.ofSeconds(1)),
                env.duration("RASD_WEBHOOK_TIMEOUT", Duration.ofSeconds(10)),
                new SmtpSettings(env.string("RASD_SMTP_HOST", null), env.integer("RASD_SMTP_PORT", 587),
                        SmtpSettings.Tls.named(env.string("RASD_SMTP_TLS", "starttls")),
                        env.string("RASD_SMTP_USER", null), env.string("RASD_SMTP_PASSWORD", null),
                        env.string("RASD_SMTP_FROM", "rasd@localhost")),
                env.duration("RASD_DIGEST_CHECK_INTERVAL", Duration.ofSeconds(30)));
    }
}
