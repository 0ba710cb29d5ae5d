package dev.rasd.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Extraction;
import dev.rasd.contract.Feed;
import dev.rasd.contract.FeedStatus;
import dev.rasd.contract.RawArticle;
import dev.rasd.ingest.fetch.FetcherSettings;
import dev.rasd.ingest.fetch.HostLimiter;
import dev.rasd.ingest.fetch.HttpFetcher;
import dev.rasd.ingest.publish.ArticleId;
import dev.rasd.ingest.publish.ContentHash;
import dev.rasd.ingest.support.FeedServer;
import dev.rasd.stack.news.Rss;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a poll does with what it fetches, against a local HTTP server, publishing to memory: items without links,
 * duplicates, redirects, a lost feed, and failures turned into the checkpoint's inputs. The rules of the checkpoint
 * are {@link CheckpointTransitionTest}'s; the wiring with Kafka is {@link FeedPollerIT}'s.
 */
class FeedPollerTest {

    private static final PollSettings SETTINGS = new PollSettings(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(30), 10_000_000, 1_000_000, 100, Duration.ofSeconds(5), SilenceRule.DEFAULT);
    private static final String TICKER = """
            <rss version="2.0"><channel><title>عاجل</title>
            <item><title>عاجل</title><description>انفجار قرب ميناء بيروت</description></item>
            <item><title>عاجل</title><description><![CDATA[<p>الدفاع المدني <b>يسيطر</b> على الحريق</p>]]></description></item>
            <item><title>عاجل</title><description>انفجار قرب ميناء بيروت</description></item>
            </channel></rss>""";

    private final FeedServer server = FeedServer.start();
    private final List<RawArticle> published = new ArrayList<>();
    private final HttpFetcher fetcher = new HttpFetcher(new FetcherSettings("RasdTest/1", Duration.ofSeconds(1), 5,
            true), new HostLimiter(Duration.ZERO), Clock.systemUTC());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FeedPoller poller = new FeedPoller(fetcher, new MemorySink(), SETTINGS, new IngestMetrics(registry),
            Clock.fixed(Instant.parse("2026-11-03T09:20:00Z"), ZoneOffset.UTC), new Random(1));
    private final Feed feed = Feed.of("ticker", "شريط عاجل", "https://ticker.example", server.url("/feed").toString(),
            "LB", "ar", "Asia/Beirut", true);

    @AfterEach
    void tearDown() {
        fetcher.close();
        server.close();
    }

    private PollOutcome poll(FeedCheckpoint checkpoint) throws InterruptedException {
        return poller.poll(feed, checkpoint, () -> true);
    }

    @Test
    void publishesItemsWithoutLinkWithTheFeedsTextAndNoUrl() throws Exception {
        server.serve("/feed", "application/rss+xml; charset=utf-8", TICKER);

        PollOutcome outcome = poll(start());

        assertThat(published).extracting(RawArticle::text)
                .containsExactly("الدفاع المدني يسيطر على الحريق", "انفجار قرب ميناء بيروت");
        assertThat(published).allSatisfy(article -> {
            assertThat(article.url()).isNull();
            assertThat(article.canonicalUrl()).isNull();
            assertThat(article.title()).isEqualTo("عاجل");
            assertThat(article.extraction()).isEqualTo(Extraction.SUMMARY_ONLY);
            assertThat(article.id()).isEqualTo(ArticleId.ofFeedItem("ticker", null, "عاجل", article.text()));
            assertThat(article.contentHash()).isEqualTo(ContentHash.of("عاجل", article.text()));
        });
        assertThat(outcome.status().newArticles()).isEqualTo(2);
    }

    @Test
    void aRepollPublishesNothingAgainAndAnEditedItemIsANewArticle() throws Exception {
        server.serve("/feed", "application/rss+xml; charset=utf-8", TICKER);
        FeedCheckpoint afterFirst = poll(start()).checkpoint();
        server.serve("/feed", "application/rss+xml; charset=utf-8",
                TICKER.replace("انفجار قرب ميناء بيروت", "انفجار  قرب\nميناء بيروت").replace("<p>", "<div>"));

        FeedCheckpoint afterRewrap = poll(afterFirst).checkpoint();
        assertThat(published).hasSize(2);

        server.serve("/feed", "application/rss+xml; charset=utf-8", TICKER.replace("بيروت", "صيدا"));
        poll(afterRewrap);
        assertThat(published).hasSize(3);
        assertThat(published.getLast().text()).isEqualTo("انفجار قرب ميناء صيدا");
    }

    @Test
    void anItemWithAGuidButNoLinkKeepsItsIdWhenEdited() {
        String first = ArticleId.ofFeedItem("wire", "urn:wire:1", "عنوان", "نص أول");

        assertThat(ArticleId.ofFeedItem("wire", "urn:wire:1", "عنوان معدل", "نص معدل")).isEqualTo(first);
        assertThat(ArticleId.ofFeedItem("other-wire", "urn:wire:1", "عنوان", "نص أول")).isNotEqualTo(first);
        assertThat(ArticleId.ofFeedItem("wire", null, "عنوان", "نص أول")).isNotEqualTo(first);
    }

    @Test
    void remembersEveryItemOfAFeedLongerThanItsMemorySetting() throws Exception {
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>أرشيف</title>");
        for (int i = 1; i <= 5_000; i++) {
            rss.append("<item><title>خبر رقم ").append(i).append("</title><description>نص الخبر ").append(i)
                    .append("</description></item>");
        }
        server.serve("/feed", "application/rss+xml; charset=utf-8", rss.append("</channel></rss>").toString());

        FeedCheckpoint afterFirst = poll(start()).checkpoint();
        PollOutcome second = poll(afterFirst);

        assertThat(published).hasSize(5_000);
        assertThat(second.status().newArticles()).isZero();
        assertThat(second.status().itemsInLastPoll()).isEqualTo(5_000);
    }

    private FeedCheckpoint start() {
        return FeedCheckpoint.initial(feed.id(), feed.url());
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

    private static Rss.Item item(String guid, String link, String title) {
        return new Rss.Item(guid, link, title, "ملخص " + title, Instant.parse("2026-11-03T08:00:00Z"));
    }

    @Test
    void aFeedThatChangesItemIdsForTheSameUrlDoesNotPublishItAgain() throws Exception {
        server.serve("/a", "text/html", "<html><head><title>A</title></head><body><p>نص</p></body></html>");
        serveFeedWithETag(Rss.of("f", List.of(item("id-1", server.url("/a").toString(), "أ"))), "\"v1\"");
        PollOutcome first = poll(start());
        serveFeedWithETag(Rss.of("f", List.of(
                item("id-1-renamed", server.url("/a") + "?utm_source=rss#x", "أ"))), "\"v2\"");

        PollOutcome second = poll(first.checkpoint());

        assertThat(published).hasSize(1);
        assertThat(second.status().newArticles()).isZero();
        assertThat(second.checkpoint().etag()).isEqualTo("\"v2\"");
    }

    @Test
    void aMovedFeedIsPolledAtItsNewUrlFromThenOn() throws Exception {
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("Location", "/new-feed");
            exchange.sendResponseHeaders(301, -1);
        });
        server.serve("/new-feed", "application/rss+xml", Rss.of("f", List.of()));

        PollOutcome moved = poll(start());
        poll(moved.checkpoint());

        assertThat(moved.status().movedTo()).isEqualTo(server.url("/new-feed").toString());
        assertThat(server.requests("/feed")).as("the old URL is not asked again").hasSize(1);
        assertThat(server.requests("/new-feed")).hasSize(2);
    }

    @Test
    void aLostFeedStopsBeforeItsNextItemAndKeepsItsOldValidators() throws Exception {
        server.serve("/a", "text/html", "<html><body><p>a</p></body></html>");
        serveFeedWithETag(Rss.of("f", List.of(item("1", server.url("/a").toString(), "a"))), "\"v1\"");

        PollOutcome outcome = poller.poll(feed, start(), () -> false);

        assertThat(published).isEmpty();
        assertThat(server.requests("/a")).isEmpty();
        assertThat(outcome.checkpoint().etag()).as("the document was not processed in full").isNull();
    }

    @Test
    void aDocumentThatIsNotAFeedFailsThePollWithTheParsersReason() throws Exception {
        server.serve("/feed", "text/html", "<html><body>Welcome</body></html>");

        PollOutcome outcome = poll(start());

        assertThat(outcome.status().lastError()).isEqualTo("not a feed: an HTML page");
        assertThat(outcome.status().httpStatus()).isEqualTo(200);
        assertThat(outcome.status().consecutiveFailures()).isEqualTo(1);
        assertThat(published).isEmpty();
        assertThat(registry.get("rasd.ingest.feeds.polled").tag("outcome", "failed").counter().count()).isEqualTo(1);
    }

    @Test
    void aFeedThatCannotBeFetchedFailsThePollWithTheFetchersReasonAndNoStatus() throws Exception {
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("Location", "/feed");
            exchange.sendResponseHeaders(302, -1);
        });

        PollOutcome outcome = poll(start());

        assertThat(outcome.status().lastError()).contains("redirect loop");
        assertThat(outcome.status().httpStatus()).isZero();
    }

    @Test
    void anErrorStatusFailsThePollNamingItAndTheServersRetryAfterIsWaited() throws Exception {
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "20");
            FeedServer.send(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });

        PollOutcome outcome = poll(start());

        assertThat(outcome.status().lastError()).isEqualTo("HTTP 429 from " + server.url("/feed"));
        assertThat(outcome.status().httpStatus()).isEqualTo(429);
        assertThat(Duration.between(outcome.checkpoint().lastPolledAt(), outcome.checkpoint().nextPollAt()))
                .isEqualTo(Duration.ofSeconds(20));
    }

    /** Stores what is published; every future completes at once. */
    private final class MemorySink implements PollSink {
        @Override
        public CompletableFuture<Void> article(RawArticle article) {
            published.add(article);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> status(String feedId, FeedStatus status) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> checkpoint(String feedId, FeedCheckpoint checkpoint) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
