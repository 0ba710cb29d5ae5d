package dev.rasd.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Feed;
import dev.rasd.contract.FeedState;
import dev.rasd.contract.RawArticle;
import dev.rasd.ingest.fetch.FetcherSettings;
import dev.rasd.ingest.fetch.HostLimiter;
import dev.rasd.ingest.fetch.HttpFetcher;
import dev.rasd.ingest.publish.IdempotentProducer;
import dev.rasd.ingest.support.FeedServer;
import dev.rasd.stack.news.Rss;
import dev.rasd.ingest.support.Topic;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The wiring of a poll: a feed and its pages fetched from a local HTTP server, articles extracted and acknowledged by
 * the real broker, and a conditional GET after. What each outcome does to the checkpoint is
 * {@link CheckpointTransitionTest}'s; what the poller does with each answer is {@link FeedPollerTest}'s.
 */
@ExtendWith(RasdStackExtension.class)
class FeedPollerIT {

    private static final PollSettings SETTINGS = new PollSettings(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(30), 100_000, 1_000_000, 2000, Duration.ofSeconds(30), SilenceRule.DEFAULT);
    private static final Instant PUBLISHED = Instant.parse("2021-02-23T14:00:00Z");

    private final FeedServer server = FeedServer.start();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TestStack stack;
    private Producer<String, byte[]> producer;
    private HttpFetcher fetcher;
    private FeedPoller poller;
    private Feed feed;

    @BeforeEach
    void setUp(TestStack stack) throws InterruptedException {
        this.stack = stack;
        String stateTopic = stack.topics().feeds() + "-ingest-state";
        try (Admin admin = stack.kafka().admin()) {
            CheckpointStore.open(admin, stack.kafkaBootstrap(), stack.topics().feeds(), stateTopic);
        }
        producer = IdempotentProducer.create(stack.kafkaBootstrap(), "feed-poller-it");
        fetcher = new HttpFetcher(new FetcherSettings("RasdTest/1 (+https://rasd.dev/test)", Duration.ofSeconds(1), 5,
                true), new HostLimiter(Duration.ZERO), Clock.systemUTC());
        PollSink sink = new KafkaPollSink(producer, stack.topics().articlesRaw(), stack.topics().feedStatus(),
                stateTopic);
        // a fixed clock: poll start and end are the same instant, so waits are exact
        poller = new FeedPoller(fetcher, sink, SETTINGS, new IngestMetrics(registry),
                Clock.fixed(Instant.parse("2025-01-10T12:00:00Z"), ZoneOffset.UTC), new Random(1));
        feed = Feed.of("alarabiya", "العربية", "https://www.alarabiya.net", server.url("/feed").toString(), "AE", "ar",
                "Asia/Dubai", true);
    }

    @AfterEach
    void tearDown() {
        producer.close();
        fetcher.close();
        server.close();
    }

    private FeedCheckpoint start() {
        return FeedCheckpoint.initial(feed.id(), feed.url());
    }

    private PollOutcome poll(FeedCheckpoint checkpoint) throws InterruptedException {
        return poller.poll(feed, checkpoint, () -> true);
    }

    private List<RawArticle> articles() {
        return Topic.read(stack.kafkaBootstrap(), stack.topics().articlesRaw(), RawArticle.class).stream()
                .map(Map.Entry::getValue).toList();
    }

    private static Rss.Item item(String guid, String link, String title) {
        return new Rss.Item(guid, link, title, "ملخص " + title, PUBLISHED);
    }

    private void serveFeedWithETag(String rss, String etag) {
        server.on("/feed", exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                FeedServer.send(exchange, 304, null, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            FeedServer.send(exchange, 200, "application/rss+xml; charset=utf-8", rss.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static byte[] seedPage() {
        try (InputStream in = FeedPollerIT.class.getResourceAsStream("/pages/alarabiya-isis-coalition.html")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void publishesNewItemsThenHonoursNotModified() throws Exception {
        server.serve("/seed", "text/html; charset=utf-8", seedPage());
        serveFeedWithETag(Rss.of("العربية", List.of(
                item("g2", server.url("/gone").toString(), "خبر بلا صفحة"),
                item("g1", server.url("/seed").toString(), "التحالف الدولي"))), "\"v1\"");

        PollOutcome first = poll(start());
        PollOutcome second = poll(first.checkpoint());

        List<RawArticle> articles = articles();
        assertThat(articles).hasSize(2);
        RawArticle seed = articles.stream().filter(a -> a.url().endsWith("/seed")).findFirst().orElseThrow();
        assertThat(seed.extraction().label()).isEqualTo("json-ld");
        assertThat(seed.feedId()).isEqualTo("alarabiya");
        assertThat(seed.source()).isEqualTo("العربية");
        assertThat(seed.canonicalUrl()).startsWith("https://www.alarabiya.net/arab-and-world/syria/");
        assertThat(seed.text()).contains("الكولونيل واين مارتو");
        assertThat(seed.contentHash()).hasSize(64);
        RawArticle gone = articles.stream().filter(a -> a.url().endsWith("/gone")).findFirst().orElseThrow();
        assertThat(gone.extraction().label()).isEqualTo("summary-only");
        assertThat(gone.text()).isEqualTo("ملخص خبر بلا صفحة");
        assertThat(first.status().state()).isEqualTo(FeedState.OK);
        assertThat(first.status().newArticles()).isEqualTo(2);
        assertThat(second.status().state()).isEqualTo(FeedState.NOT_MODIFIED);
        assertThat(second.status().newArticles()).isZero();
        assertThat(server.requests("/feed").get(1).header("If-none-match")).isEqualTo("\"v1\"");
        assertThat(registry.get("rasd.ingest.articles.published").counter().count()).isEqualTo(2);
        assertThat(registry.get("rasd.ingest.articles.extracted").tag("extraction", "json-ld").counter().count())
                .isEqualTo(1);
    }
}
