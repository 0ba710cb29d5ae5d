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
import dev.rasd.ingest.support.Rss;
import dev.rasd.ingest.support.Topic;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

/** One feed polled against a local HTTP server, publishing to the real broker. */
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

    @Test
    void feedThatChangesItemIdsForTheSameUrlDoesNotDuplicate() throws Exception {
        server.serve("/a", "text/html", "<html><head><title>A</title></head><body><p>نص</p></body></html>");
        serveFeedWithETag(Rss.of("f", List.of(item("id-1", server.url("/a").toString(), "أ"))), "\"v1\"");
        PollOutcome first = poll(start());
        serveFeedWithETag(Rss.of("f", List.of(
                item("id-1-renamed", server.url("/a") + "?utm_source=rss#x", "أ"))), "\"v2\"");

        PollOutcome second = poll(first.checkpoint());

        assertThat(articles()).hasSize(1);
        assertThat(second.status().newArticles()).isZero();
        assertThat(second.checkpoint().etag()).isEqualTo("\"v2\"");
    }

    @Test
    void tooManyRequestsWaitsForRetryAfter() throws Exception {
        answerTooManyRequests("20");

        PollOutcome outcome = poll(start());

        FeedCheckpoint checkpoint = outcome.checkpoint();
        assertThat(Duration.between(checkpoint.lastPolledAt(), checkpoint.nextPollAt())).isEqualTo(Duration.ofSeconds(20));
        assertThat(outcome.status().state()).isEqualTo(FeedState.DEGRADED);
        assertThat(outcome.status().httpStatus()).isEqualTo(429);
    }

    @Test
    void retryAfterBeyondTheBackoffCapIsCapped() throws Exception {
        answerTooManyRequests("86400");

        FeedCheckpoint checkpoint = poll(start()).checkpoint();

        assertThat(Duration.between(checkpoint.lastPolledAt(), checkpoint.nextPollAt())).isEqualTo(SETTINGS.maxBackoff());
    }

    private void answerTooManyRequests(String retryAfter) {
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
            FeedServer.send(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void serverErrorsBackOffExponentially() throws Exception {
        server.on("/feed", exchange -> FeedServer.send(exchange, 500, "text/plain", new byte[] {'x'}));

        FeedCheckpoint checkpoint = start();
        for (int i = 0; i < 3; i++) {
            checkpoint = poll(checkpoint).checkpoint();
        }

        assertThat(checkpoint.consecutiveFailures()).isEqualTo(3);
        assertThat(checkpoint.lastError()).isEqualTo("HTTP 500 from " + server.url("/feed"));
        assertThat(Duration.between(checkpoint.lastPolledAt(), checkpoint.nextPollAt()))
                .isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4)); // base 1 s × 2², equal jitter
        assertThat(registry.get("rasd.ingest.feeds.polled").tag("outcome", "failed").counter().count()).isEqualTo(3);
    }

    @Test
    void recoveryResetsTheFailures() throws Exception {
        server.on("/feed", exchange -> FeedServer.send(exchange, 503, "text/plain", new byte[] {'x'}));
        FeedCheckpoint failing = poll(start()).checkpoint();
        serveFeedWithETag(Rss.of("f", List.of()), "\"v1\"");

        PollOutcome recovered = poll(failing);

        assertThat(recovered.checkpoint().consecutiveFailures()).isZero();
        assertThat(recovered.checkpoint().failingSince()).isNull();
        assertThat(recovered.status().state()).isEqualTo(FeedState.OK);
    }

    @Test
    void slowServerFailsThePollWithATimeout() throws Exception {
        server.on("/feed", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<rss>".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(3_000);
            } catch (InterruptedException | IOException e) {
                // the client gave up
            }
        });

        PollOutcome outcome = poll(start());

        assertThat(outcome.checkpoint().lastError()).contains("no complete response").contains("within 1000 ms");
        assertThat(outcome.status().httpStatus()).isZero();
    }

    @Test
    void redirectLoopFailsThePoll() throws Exception {
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("Location", "/feed2");
            exchange.sendResponseHeaders(302, -1);
        });
        server.on("/feed2", exchange -> {
            exchange.getResponseHeaders().set("Location", "/feed");
            exchange.sendResponseHeaders(302, -1);
        });

        assertThat(poll(start()).checkpoint().lastError()).contains("redirect loop");
    }

    @Test
    void oversizedFeedFailsThePoll() throws Exception {
        server.serve("/feed", "application/rss+xml", new byte[200_000]);

        assertThat(poll(start()).checkpoint().lastError()).contains("exceeds the limit of 100000 bytes");
    }

    @Test
    void documentThatIsNotAFeedFailsThePoll() throws Exception {
        server.serve("/feed", "text/html", "<html><body>Welcome</body></html>");

        PollOutcome outcome = poll(start());

        assertThat(outcome.checkpoint().lastError()).isEqualTo("not a feed: an HTML page");
        assertThat(articles()).isEmpty();
    }

    @Test
    void permanentRedirectMovesTheFeed() throws Exception {
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("Location", "/new-feed");
            exchange.sendResponseHeaders(301, -1);
        });
        server.serve("/new-feed", "application/rss+xml", Rss.of("f", List.of()));

        PollOutcome moved = poll(start());
        poll(moved.checkpoint());

        assertThat(moved.status().state()).isEqualTo(FeedState.MOVED);
        assertThat(moved.status().movedTo()).isEqualTo(server.url("/new-feed").toString());
        assertThat(moved.checkpoint().url()).isEqualTo(server.url("/new-feed").toString());
        assertThat(server.requests("/feed")).as("the old URL is not asked again").hasSize(1);
        assertThat(server.requests("/new-feed")).hasSize(2);
    }

    @Test
    void lostFeedStopsBeforeTheNextItemAndKeepsTheOldValidators() throws Exception {
        server.serve("/a", "text/html", "<html><body><p>a</p></body></html>");
        serveFeedWithETag(Rss.of("f", List.of(item("1", server.url("/a").toString(), "a"))), "\"v1\"");

        PollOutcome outcome = poller.poll(feed, start(), () -> false);

        assertThat(articles()).isEmpty();
        assertThat(outcome.checkpoint().etag()).as("the document was not processed in full").isNull();
    }
}
