package dev.rasd.launcher;

import static dev.rasd.launcher.Await.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.rasd.contract.Alert;
import dev.rasd.contract.DateSource;
import dev.rasd.contract.Delivery;
import dev.rasd.contract.Extraction;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.RawArticle;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Topics;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.EnrichConfig;
import dev.rasd.enrich.EnrichService;
import dev.rasd.index.ElasticsearchClients;
import dev.rasd.index.IndexConfig;
import dev.rasd.index.document.AlertDocument;
import dev.rasd.index.template.IndexNames;
import dev.rasd.stack.junit.ManualClock;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A daily digest by email, end to end on the embedded stack with an in-process SMTP server (GreenMail): articles on
 * the raw topic raise alerts of a daily watch; more outlets carry one story, and its alert document in
 * Elasticsearch grows ({@code outlets}, {@code lastSeenAt}); enrich-service is replaced by an instance with an empty
 * state directory (its state comes back from Kafka) before and after the digest is due; the digest arrives once,
 * grouped by story, right to left, with its Arabic intact. The digest clock is the test's: it starts at 08:00 in
 * Riyadh and is moved past 09:00, the watch's time.
 */
@ExtendWith(RasdStackExtension.class)
class DigestEmailIT {

    private static final Instant EIGHT_IN_RIYADH = Instant.parse("2026-03-10T05:00:00Z");
    private static final String OTHER_TITLE = "هجوم لداعش على نقطة تفتيش في ديالى";
    private static final String OTHER_TEXT = "قال مسؤولون عراقيون إن مسلحين من تنظيم داعش هاجموا نقطة تفتيش في "
            + "محافظة ديالى شمال شرقي بغداد. وأضاف المسؤولون أن التحقيقات ما زالت جارية لمعرفة تفاصيل الهجوم كاملة.";

    @Test
    void aDailyDigestArrivesByEmailOnceGroupedByStoryAndAFollowUpGrowsTheAlertDocument(TestStack stack)
            throws Exception {
        List<String> seed = Files.readAllLines(Path.of("../seeds/000_34ebdda601602118.txt"));
        String title = seed.getFirst().strip();
        String text = String.join("\n", seed.subList(1, seed.size())).strip();
        Topics topics = stack.topics();
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Map<String, String> env = new HashMap<>(PipelineEnvironment.of(stack));
        env.put("RASD_SMTP_HOST", "127.0.0.1");
        env.put("RASD_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()));
        env.put("RASD_SMTP_TLS", "none");
        env.put("RASD_SMTP_FROM", "rasd@rasd.test");
        env.put("RASD_DIGEST_CHECK_INTERVAL", "500ms");
        ManualClock clock = new ManualClock(EIGHT_IN_RIYADH);
        ElasticsearchClient client = ElasticsearchClients.create(IndexConfig.fromEnv(env));
        IndexNames names = new IndexNames(stack.indexPrefix());

        try (ServiceHost index = ServiceHost.index(env)) {
            TopicWriter.send(stack.kafkaBootstrap(), topics.watches(), "isis", new Watch(SchemaVersion.CURRENT,
                    "isis", "داعش", "داعش", List.of(), null, true, Instant.now(),
                    new Delivery(Delivery.Mode.DAILY, LocalTime.of(9, 0), "Asia/Riyadh",
                            List.of("analyst@rasd.test"), 0), null), JsonSerde.of(Watch.class));

            try (Enrich enrich = Enrich.start(env, clock)) {
                raw(stack, article("a1", "العربية", title, text));
                // a1 and b7 sit on different partitions: b7 goes once a1 has named the story
                awaitTrue(Duration.ofSeconds(120), () -> alertDocument(client, names, "isis:a1").isPresent());
                raw(stack, article("b7", "وكالة الأنباء", "وكالات: " + title, "دبي - وكالات: " + text + " (رويترز)"));
                raw(stack, article("c3", "العربية", OTHER_TITLE, OTHER_TEXT));
                awaitTrue(Duration.ofSeconds(120), () -> enrich.gathered() >= 3);
                awaitTrue(Duration.ofSeconds(60), () -> alertDocument(client, names, "isis:a1")
                        .filter(a -> a.outlets() == 2).isPresent());
            }

            try (Enrich enrich = Enrich.start(withFreshState(env), clock)) {
                raw(stack, article("d4", "الجزيرة", title, "الدوحة - " + text));
                awaitTrue(Duration.ofSeconds(120), () -> enrich.gathered() >= 1);
                awaitTrue(Duration.ofSeconds(60), () -> alertDocument(client, names, "isis:a1")
                        .filter(a -> a.outlets() == 3).isPresent());
                AlertDocument grown = alertDocument(client, names, "isis:a1").orElseThrow();
                assertThat(grown.kind()).isEqualTo(Alert.Kind.FOLLOW_UP);
                assertThat(grown.title()).isEqualTo(title);
                assertThat(grown.source()).as("the first article's, as the alert says").isEqualTo("العربية");
                assertThat(grown.lastSeenAt()).isAfter(grown.detectedAt());
                assertThat(smtp.getReceivedMessages()).as("not due before 09:00 in Riyadh").isEmpty();

                clock.set(EIGHT_IN_RIYADH.plus(Duration.ofMinutes(60)));
                assertThat(smtp.waitForIncomingEmail(60_000, 1)).isTrue();
                Thread.sleep(2_000); // the notifier commits right after sending
            }

            try (Enrich enrich = Enrich.start(withFreshState(env), clock)) {
                clock.set(EIGHT_IN_RIYADH.plus(Duration.ofHours(3)));
                awaitTrue(Duration.ofSeconds(120), () -> enrich.running());
                Thread.sleep(5_000);
            }
            assertThat(smtp.getReceivedMessages()).as("sent once, across restarts").hasSize(1);
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("analyst@rasd.test");
            assertThat(mail.getSubject()).isEqualTo(
                    "رصد | ملخص isis: 2 stories, 2026-03-09 09:00 → 2026-03-10 09:00 (Asia/Riyadh)");
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            assertThat(parts.getContentType()).startsWith("multipart/alternative");
            assertThat(parts.getBodyPart(0).getContentType()).contains("text/plain", "UTF-8");
            assertThat(parts.getBodyPart(1).getContentType()).contains("text/html", "UTF-8");
            String plain = (String) parts.getBodyPart(0).getContent();
            String html = (String) parts.getBodyPart(1).getContent();
            assertThat(plain).containsOnlyOnce("1. " + title + "\n").containsOnlyOnce("2. " + OTHER_TITLE + "\n")
                    .contains("العربية — now carried by 3 outlets", "العربية — carried by 1 outlet",
                            "https://news.test/a1");
            assertThat(html).contains("<html dir=\"rtl\" lang=\"ar\">", title, OTHER_TITLE,
                    "now carried by 3 outlets");
        } finally {
            smtp.stop();
            client._transport().close();
        }
    }

    /** An enrich-service on the test's digest clock, with its own metrics. */
    private record Enrich(EnrichService service, SimpleMeterRegistry metrics) implements AutoCloseable {

        static Enrich start(Map<String, String> env, Clock clock) {
            SimpleMeterRegistry metrics = new SimpleMeterRegistry();
            EnrichService service = new EnrichService(EnrichConfig.fromEnv(env), metrics, clock);
            service.start();
            return new Enrich(service, metrics);
        }

        double gathered() {
            return metrics.counter("rasd.digests.alerts").count();
        }

        boolean running() {
            return service.state() == org.apache.kafka.streams.KafkaStreams.State.RUNNING;
        }

        @Override
        public void close() {
            service.close();
        }
    }

    /** The same service on another machine: an empty state directory, so its state is restored from Kafka. */
    private static Map<String, String> withFreshState(Map<String, String> env) throws Exception {
        Map<String, String> fresh = new HashMap<>(env);
        fresh.put("RASD_ENRICH_STATE_DIR", Files.createTempDirectory("enrich-state").toString());
        return fresh;
    }

    private static RawArticle article(String id, String source, String title, String text) {
        Instant now = Instant.now();
        return new RawArticle(SchemaVersion.CURRENT, id, "https://news.test/" + id, "https://news.test/" + id, "feed-" + id, source, title, null, text, null, now, now, now,
                null, List.of(), "hash-" + id, Extraction.JSON_LD, "ar", DateSource.FEED);
    }

    private static void raw(TestStack stack, RawArticle article) {
        TopicWriter.send(stack.kafkaBootstrap(), stack.topics().articlesRaw(), article.id(), article,
                JsonSerde.of(RawArticle.class));
    }

    private static Optional<AlertDocument> alertDocument(ElasticsearchClient client, IndexNames names, String id) {
        try {
            client.indices().refresh(r -> r.index(names.alerts()).ignoreUnavailable(true).allowNoIndices(true));
            return client.search(s -> s.index(names.alerts()).ignoreUnavailable(true).allowNoIndices(true)
                            .query(q -> q.ids(i -> i.values(id))), AlertDocument.class)
                    .hits().hits().stream().map(Hit::source).findFirst();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
