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
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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

/** Polls of feeds whose items have no link, against a local HTTP server, publishing to memory. */
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
    private final FeedPoller poller = new FeedPoller(fetcher, new MemorySink(), SETTINGS,
            new IngestMetrics(new SimpleMeterRegistry()), Clock.fixed(Instant.parse("2026-11-03T09:20:00Z"),
            ZoneOffset.UTC), new Random(1));
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

        PollOutcome outcome = poll(FeedCheckpoint.initial(feed.id(), feed.url()));

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
        FeedCheckpoint afterFirst = poll(FeedCheckpoint.initial(feed.id(), feed.url())).checkpoint();
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

        FeedCheckpoint afterFirst = poll(FeedCheckpoint.initial(feed.id(), feed.url())).checkpoint();
        PollOutcome second = poll(afterFirst);

        assertThat(published).hasSize(5_000);
        assertThat(second.status().newArticles()).isZero();
        assertThat(second.status().itemsInLastPoll()).isEqualTo(5_000);
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
