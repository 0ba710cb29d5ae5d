package dev.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Feed;
import dev.rasd.contract.FeedState;
import dev.rasd.contract.FeedStatus;
import dev.rasd.contract.RawArticle;
import dev.rasd.ingest.support.FeedServer;
import dev.rasd.stack.news.Rss;
import dev.rasd.ingest.support.Topic;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole service against the real broker and a local feed server: restart, sharing and takeover. */
@ExtendWith(RasdStackExtension.class)
class IngestServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final FeedServer server = FeedServer.start();
    /** The items each feed path lists now, newest first. */
    private final Map<String, List<Rss.Item>> feeds = new ConcurrentHashMap<>();
    private final List<IngestService> services = new ArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TestStack stack;
    private Map<String, String> env;
    private IngestConfig config;

    @BeforeEach
    void setUp(TestStack stack) {
        this.stack = stack;
        String prefix = stack.topics().feeds().substring(0, stack.topics().feeds().length() - ".feeds".length());
        env = new HashMap<>(Map.of(
                "RASD_KAFKA_BOOTSTRAP", stack.kafkaBootstrap(),
                "RASD_TOPIC_PREFIX", prefix,
                "RASD_ALLOW_PRIVATE_NETWORKS", "true",
                "RASD_POLL_MIN_INTERVAL", "1s",
                "RASD_POLL_MAX_INTERVAL", "2s",
                "RASD_MAX_BACKOFF", "5s",
                "RASD_HOST_DELAY", "10ms",
                "RASD_FETCH_TIMEOUT", "5s"));
        config = IngestConfig.fromEnv(env);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        for (IngestService service : services) {
            service.close();
        }
        server.close();
    }

    private IngestService startService() throws InterruptedException {
        IngestService service = new IngestService(config, registry);
        services.add(service);
        service.start();
        return service;
    }

    /** Serves feed {@code id} at /{id}.xml listing {@code count} items whose pages are simple articles. */
    private Feed serveFeed(String id, int count) {
        String path = "/" + id + ".xml";
        List<Rss.Item> items = new ArrayList<>();
        for (int n = count; n >= 1; n--) {
            items.add(article(id, n));
        }
        feeds.put(path, items);
        server.on(path, exchange -> {
            String rss = Rss.of(id, feeds.get(path));
            String etag = "\"" + Integer.toHexString(rss.hashCode()) + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                FeedServer.send(exchange, 304, null, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            FeedServer.send(exchange, 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8));
        });
        return Feed.of(id, "Feed " + id, "https://example.com", server.url(path).toString(), "AE", "ar", null, true);
    }

    private Rss.Item article(String feedId, int n) {
        return article(feedId, n, Instant.parse("2025-01-10T12:00:00Z").plusSeconds(60L * n));
    }

    private Rss.Item article(String feedId, int n, Instant published) {
        String path = "/" + feedId + "/" + n;
        server.serve(path, "text/html; charset=utf-8", """
                <html><head><title>خبر %1$s رقم %2$d</title></head><body><div class="story">
                <p>هذه الفقرة الأولى من الخبر رقم %2$d في التغذية %1$s، وهي طويلة بما يكفي لتعد نصاً حقيقياً.</p>
                <p>وهذه الفقرة الثانية من الخبر نفسه، تضيف تفاصيل أخرى حول الحدث، وتكمل النص بما يكفي للتعرف عليه.</p>
                </div></body></html>""".formatted(feedId, n));
        return new Rss.Item(feedId + "-" + n, server.url(path).toString(), "خبر " + n, "ملخص " + n, published);
    }

    private void addItem(Feed feed, int n) {
        String path = "/" + feed.id() + ".xml";
        List<Rss.Item> items = new ArrayList<>(feeds.get(path));
        items.addFirst(article(feed.id(), n));
        feeds.put(path, items);
    }

    private void publish(Feed feed) {
        Topic.write(stack.kafkaBootstrap(), stack.topics().feeds(), feed.id(), feed, Feed.class);
    }

    private List<RawArticle> articles() {
        return Topic.read(stack.kafkaBootstrap(), stack.topics().articlesRaw(), RawArticle.class).stream()
                .map(Map.Entry::getValue).toList();
    }

    private void awaitArticles(int count) {
        Topic.await(WAIT, count + " articles", () -> articles().size() >= count);
    }

    private int feedRequests(Feed feed) {
        return server.requests("/" + feed.id() + ".xml").size();
    }

    @Test
    void publishesArticlesAndFeedHealth() throws InterruptedException {
        Feed feed = serveFeed("alpha", 3);
        publish(feed);

        startService();
        awaitArticles(3);

        List<RawArticle> articles = articles();
        assertThat(articles).extracting(RawArticle::title).containsExactlyInAnyOrder("خبر alpha رقم 1", "خبر alpha رقم 2",
                "خبر alpha رقم 3");
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.extraction().label()).isEqualTo("article-body");
            assertThat(a.text()).contains("\n\n");
            assertThat(a.feedLanguage()).isEqualTo("ar");
        });
        Topic.await(WAIT, "feed status", () -> Topic.latest(stack.kafkaBootstrap(), stack.topics().feedStatus(),
                FeedStatus.class).containsKey("alpha"));
        FeedStatus status = Topic.latest(stack.kafkaBootstrap(), stack.topics().feedStatus(), FeedStatus.class)
                .get("alpha");
        assertThat(status.state()).isIn(FeedState.OK, FeedState.NOT_MODIFIED);
    }

    @Test
    void aFeedThatStopsPublishingBecomesSilentAndIsOkWhenItPublishesAgain() throws InterruptedException {
        env.put("RASD_SILENT_FACTOR", "3");
        env.put("RASD_SILENT_MIN", "4s");
        config = IngestConfig.fromEnv(env);
        Instant lastItem = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Feed feed = serveFeed("quiet", 0);
        for (int n = 1; n <= 4; n++) { // one item a second: the usual gap is 1 s, silence comes after 4 s
            feeds.get("/quiet.xml").addFirst(article("quiet", n, lastItem.minusSeconds(4 - n)));
        }
        publish(feed);

        startService();
        Topic.await(WAIT, "the feed silent", () -> states("quiet").contains(FeedState.SILENT));
        addItem(feed, 5);
        Topic.await(WAIT, "the feed publishing again", () -> {
            List<FeedState> states = states("quiet");
            return states.lastIndexOf(FeedState.OK) > states.indexOf(FeedState.SILENT);
        });

        List<FeedStatus> statuses = statuses("quiet");
        FeedStatus silent = statuses.stream().filter(s -> s.state() == FeedState.SILENT).findFirst().orElseThrow();
        assertThat(silent.lastPublishedAt()).isEqualTo(lastItem);
        assertThat(silent.usualGapSeconds()).isEqualTo(1);
        assertThat(silent.lastPolledAt()).isAfter(lastItem.plusSeconds(4));
        FeedStatus again = statuses.get(statuses.stream().map(FeedStatus::state).toList().lastIndexOf(FeedState.OK));
        assertThat(again.newArticles()).isEqualTo(1);
        assertThat(again.lastPublishedAt()).isAfter(silent.lastPublishedAt());
        assertThat(registry.get("rasd.ingest.feeds.silenced").counter().count()).isGreaterThanOrEqualTo(1);
        assertThat(statuses.getFirst().state()).as("not silent while it publishes").isEqualTo(FeedState.OK);
    }

    /** Every status record of feed {@code id} on the feed-status topic, oldest first. */
    private List<FeedStatus> statuses(String id) {
        return Topic.read(stack.kafkaBootstrap(), stack.topics().feedStatus(), FeedStatus.class).stream()
                .filter(e -> e.getKey().equals(id)).map(Map.Entry::getValue).toList();
    }

    private List<FeedState> states(String id) {
        return statuses(id).stream().map(FeedStatus::state).toList();
    }

    @Test
    void restartPublishesNothingTwiceAndMissesNothing() throws InterruptedException {
        Feed feed = serveFeed("beta", 3);
        publish(feed);
        IngestService first = startService();
        awaitArticles(3);
        first.close();
        services.remove(first);

        addItem(feed, 4);
        addItem(feed, 5);
        startService();
        awaitArticles(5);
        int requestsAfterCatchUp = feedRequests(feed);
        Topic.await(WAIT, "three more polls", () -> feedRequests(feed) >= requestsAfterCatchUp + 3);

        List<RawArticle> articles = articles();
        assertThat(articles).hasSize(5);
        assertThat(articles).extracting(RawArticle::id).doesNotHaveDuplicates();
        assertThat(articles).extracting(RawArticle::title).containsExactlyInAnyOrder("خبر beta رقم 1",
                "خبر beta رقم 2", "خبر beta رقم 3", "خبر beta رقم 4", "خبر beta رقم 5");
    }

    @Test
    void twoInstancesShareTheFeedsAndOneTakesOverWhenTheOtherStops() throws InterruptedException {
        List<Feed> all = feedsOverEveryPartition(2);
        all.forEach(this::publish);

        IngestService a = startService();
        Topic.await(WAIT, "A holds every feed", () -> a.assignedFeeds() == all.size());
        IngestService b = startService();
        Topic.await(WAIT, "the feeds split", () -> a.assignedFeeds() > 0 && b.assignedFeeds() > 0
                && a.assignedFeeds() + b.assignedFeeds() == all.size());
        awaitArticles(all.size());

        a.close();
        services.remove(a);
        Topic.await(WAIT, "B takes over", () -> b.assignedFeeds() == all.size());
        all.forEach(feed -> addItem(feed, 2));
        awaitArticles(2 * all.size());
        Map<String, Integer> requests = all.stream().collect(Collectors.toMap(Feed::id, this::feedRequests));
        Topic.await(WAIT, "every feed polled twice more",
                () -> all.stream().allMatch(f -> feedRequests(f) >= requests.get(f.id()) + 2));

        List<RawArticle> articles = articles();
        assertThat(articles).hasSize(2 * all.size());
        assertThat(articles).extracting(RawArticle::id).doesNotHaveDuplicates();
    }

    /** {@code perPartition} feeds in each partition of the feeds topic, each listing one item. */
    private List<Feed> feedsOverEveryPartition(int perPartition) {
        int partitions = 3;
        Map<Integer, Integer> counts = new HashMap<>();
        List<Feed> chosen = new ArrayList<>();
        for (int i = 0; chosen.size() < partitions * perPartition; i++) {
            String id = "feed-" + i;
            int partition = Utils.toPositive(Utils.murmur2(id.getBytes(StandardCharsets.UTF_8))) % partitions;
            if (counts.merge(partition, 1, Integer::sum) <= perPartition) {
                chosen.add(serveFeed(id, 1));
            }
        }
        return chosen;
    }
}
