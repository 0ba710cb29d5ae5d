package dev.rasd.launcher;

import static dev.rasd.launcher.Await.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.rasd.contract.Alert;
import dev.rasd.contract.Feed;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Topics;
import dev.rasd.contract.Watch;
import dev.rasd.index.ElasticsearchClients;
import dev.rasd.index.IndexConfig;
import dev.rasd.index.document.ArticleDocument;
import dev.rasd.index.search.Search;
import dev.rasd.index.search.SearchHit;
import dev.rasd.index.template.IndexNames;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole pipeline on the embedded stack: a local news site publishes Arabic articles on two feeds, and the
 * three services (in this JVM, as {@code rasd up} runs them) fetch, enrich, index and alert. Also measures the
 * latency from fetch to alert and from fetch to searchable, and reports it (no timing is asserted).
 */
@ExtendWith(RasdStackExtension.class)
class PipelineEndToEndIT {

    private static final String SEED_PAGE = "../seeds/000_34ebdda601602118.txt";
    private static final int LATENCY_ARTICLES = 40;

    @Test
    void articlesFlowFromFeedsToSearchAndAlertsFireOncePerStory(TestStack stack) throws Exception {
        Topics topics = stack.topics();
        Map<String, String> env = PipelineEnvironment.of(stack);
        List<String> seed = Files.readAllLines(Path.of(SEED_PAGE));
        String seedTitle = seed.getFirst().strip();
        String seedText = String.join("\n", seed.subList(1, seed.size())).replace(".,", ".\n").strip();

        try (LocalNewsSite site = new LocalNewsSite();
                ServiceHost index = ServiceHost.index(env);
                ServiceHost enrich = ServiceHost.enrich(env);
                ServiceHost ingest = ServiceHost.ingest(env)) {
            site.feed("/alarabiya/rss.xml");
            site.feed("/agency/rss.xml");
            TopicWriter.send(stack.kafkaBootstrap(), topics.watches(), "isis", new Watch(SchemaVersion.CURRENT,
                    "isis", "داعش", "داعش", List.of(), site.url("/webhook"), true, Instant.now()), JsonSerde.of(Watch.class));
            TopicWriter.send(stack.kafkaBootstrap(), topics.watches(), "egypt", Watch.of("egypt", "مصر"),
                    JsonSerde.of(Watch.class));
            TopicWriter.send(stack.kafkaBootstrap(), topics.watches(), "latency", Watch.of("latency", "مرصد"),
                    JsonSerde.of(Watch.class));
            for (String feed : List.of("alarabiya", "agency")) {
                TopicWriter.send(stack.kafkaBootstrap(), topics.feeds(), feed, Feed.of(feed, feed,
                        site.url("/" + feed + "/"), site.url("/" + feed + "/rss.xml"), "intl", "ar", null, true),
                        JsonSerde.of(Feed.class));
            }

            site.publish("/alarabiya/rss.xml", "/alarabiya/isis-coalition.html", seedTitle, seedText);
            site.publish("/alarabiya/rss.xml", "/alarabiya/misrata.html", "اشتباكات في مصراتة",
                    "اندلعت اشتباكات عنيفة في مدينة مصراتة الليبية مساء السبت بين مجموعتين مسلحتين.\n"
                            + "وقال مصدر في مصرف ليبيا المركزي إن فروع المصرف في المدينة أغلقت أبوابها حتى إشعار آخر.");

            IndexConfig indexConfig = IndexConfig.fromEnv(env);
            ElasticsearchClient client = ElasticsearchClients.create(indexConfig);
            IndexNames names = new IndexNames(stack.indexPrefix());
            Search search = new Search(client, names, Clock.systemUTC());
            awaitTrue(Duration.ofSeconds(90), () -> search(search, "مصراتة").size() == 1
                    && search(search, "داعش").size() == 1);

            // searchable by Arabic variants of words the article contains
            assertThat(search(search, "تحالف")).extracting(SearchHit::title).containsExactly(seedTitle);
            assertThat(search(search, "الابيض")).extracting(SearchHit::title).containsExactly(seedTitle);
            assertThat(search(search, "لداعش")).extracting(SearchHit::title).containsExactly(seedTitle);
            assertThat(search(search, "مصر")).as("مصر must not find مصراتة or مصرف").isEmpty();

            // its entities are aggregated under canonical forms
            var persons = client.search(s -> s.index(names.articles()).size(0)
                    .aggregations("persons", a -> a.terms(t -> t.field("persons").size(50))), Void.class)
                    .aggregations().get("persons").sterms().buckets().array().stream()
                    .map(b -> b.key().stringValue()).toList();
            assertThat(persons).contains("جو بايدن", "واين مارتو");
            var organizations = client.search(s -> s.index(names.articles()).size(0)
                    .aggregations("orgs", a -> a.terms(t -> t.field("organizations").size(50))), Void.class)
                    .aggregations().get("orgs").sterms().buckets().array().stream()
                    .map(b -> b.key().stringValue()).toList();
            assertThat(organizations).contains("داعش", "التحالف الدولي");

            // a syndicated copy on a second feed: same story, no second alert
            site.publish("/agency/rss.xml", "/agency/coalition.html", "وكالات: التحالف يواصل الضغط على داعش",
                    "دبي - وكالة الأنباء العربية للأخبار:\n" + seedText
                            + "\nوساهم في إعداد هذا التقرير مراسلو الوكالة في دمشق وبغداد.");
            awaitTrue(Duration.ofSeconds(60), () -> search(search, "وكالات").size() == 1);
            awaitTrue(Duration.ofSeconds(60), () -> storiesOf(client, names, "التحالف").size() == 2);
            List<ArticleDocument> coalition = articles(client, names, "التحالف");
            assertThat(coalition).hasSize(2);
            assertThat(coalition.getFirst().storyId()).isNotNull();
            assertThat(coalition).extracting(ArticleDocument::storyId).containsOnly(coalition.getFirst().storyId());

            // one alert for the watch and story: on the topic (new, then updated), in the index, at the webhook
            Thread.sleep(3_000);
            List<Alert> alerts = new ArrayList<>();
            TopicReader.read(stack.kafkaBootstrap(), topics.alerts(), JsonSerde.of(Alert.class),
                    r -> alerts.add(r.value()), () -> false);
            // the copy on a second outlet makes the alert a follow-up (same id, outlets 2), sent at 5 outlets only
            assertThat(alerts).filteredOn(a -> a.watchId().equals("isis")).extracting(Alert::kind, Alert::outlets)
                    .containsExactly(tuple(Alert.Kind.NEW, 1), tuple(Alert.Kind.FOLLOW_UP, 2));
            assertThat(alerts).filteredOn(a -> a.watchId().equals("isis")).extracting(Alert::id).containsOnly(
                    alerts.stream().filter(a -> a.watchId().equals("isis")).findFirst().orElseThrow().id());
            assertThat(alerts).filteredOn(a -> a.watchId().equals("egypt")).isEmpty();
            awaitTrue(Duration.ofSeconds(30), () -> countAlerts(client, names) == 1);
            awaitTrue(Duration.ofSeconds(30), () -> site.webhookBodies.size() >= 1);
            Thread.sleep(2_000);
            assertThat(site.webhookBodies).hasSize(1);
            assertThat(site.webhookBodies.getFirst()).contains("\"id\":\"isis:").contains("\"text\":");

            // a watch added later, run over what is indexed: one alert per story through the story step, and a
            // second backfill raises none
            Watch later = Watch.of("coalition", "التحالف");
            TopicWriter.send(stack.kafkaBootstrap(), topics.watches(), later.id(), later, JsonSerde.of(Watch.class));
            Connection connection = new Connection(stack.kafkaBootstrap(), topics);
            WatchPreview preview = new WatchPreview(client, names, Clock.systemUTC());
            assertThat(Backfill.run(connection, preview, later, Duration.ofDays(1))).isEqualTo(1);
            awaitTrue(Duration.ofSeconds(30), () -> alertsOf(stack, topics, "coalition").size() == 1);
            assertThat(Backfill.run(connection, preview, later, Duration.ofDays(1))).isEqualTo(1);
            Thread.sleep(3_000);
            assertThat(alertsOf(stack, topics, "coalition")).singleElement()
                    .satisfies(alert -> assertThat(alert.storyId()).isEqualTo(coalition.getFirst().storyId()));

            measureLatency(site, stack, topics, client, names);
            client._transport().close();
        }
    }

    private void measureLatency(LocalNewsSite site, TestStack stack, Topics topics, ElasticsearchClient client,
            IndexNames names) throws Exception {
        Map<String, Instant> searchableAt = new ConcurrentHashMap<>();
        // watch the index from before the first article is published, so each is timed when it first shows up
        Thread watcher = Thread.ofPlatform().start(() -> {
            long deadline = System.currentTimeMillis() + 120_000;
            while (searchableAt.size() < LATENCY_ARTICLES && System.currentTimeMillis() < deadline) {
                try {
                    SearchResponse<ArticleDocument> visible = client.search(s -> s.index(names.articles()).size(200)
                            .query(q -> q.match(m -> m.field("title").query("مرصد"))), ArticleDocument.class);
                    Instant now = Instant.now();
                    for (Hit<ArticleDocument> hit : visible.hits().hits()) {
                        searchableAt.putIfAbsent(hit.id(), now);
                    }
                    Thread.sleep(25);
                } catch (Exception e) {
                    return;
                }
            }
        });
        for (int i = 0; i < LATENCY_ARTICLES; i++) {
            site.publish("/alarabiya/rss.xml", "/alarabiya/latency-" + i + ".html", "خبر رقم " + i + " من مرصد الأخبار",
                    "نشر مرصد الأخبار اليوم التقرير رقم " + i + " عن تطورات الأوضاع في المنطقة، وقال المتحدث باسم "
                            + "المرصد إن الفريق رصد " + (i * 7 + 3) + " حادثة خلال الأسبوع الماضي في " + i + " مدن.");
            Thread.sleep(150);
        }
        watcher.join();
        List<Long> toSearchable = new ArrayList<>();
        List<Long> toEnriched = new ArrayList<>();
        List<Long> toIndexed = new ArrayList<>();
        for (Hit<ArticleDocument> hit : client.search(s -> s.index(names.articles()).size(200)
                .query(q -> q.match(m -> m.field("title").query("مرصد"))), ArticleDocument.class).hits().hits()) {
            ArticleDocument article = hit.source();
            toSearchable.add(Duration.between(article.fetchedAt(), searchableAt.get(hit.id())).toMillis());
            toEnriched.add(Duration.between(article.fetchedAt(), article.enrichedAt()).toMillis());
            toIndexed.add(Duration.between(article.fetchedAt(), article.indexedAt()).toMillis());
        }
        List<Long> toAlert = new ArrayList<>();
        TopicReader.read(stack.kafkaBootstrap(), topics.alerts(), JsonSerde.of(Alert.class), r -> {
            if (r.value().watchId().equals("latency")) {
                toAlert.add(Duration.between(r.value().fetchedAt(), r.value().detectedAt()).toMillis());
            }
        }, () -> false);
        assertThat(toSearchable).hasSize(LATENCY_ARTICLES);
        assertThat(toAlert).hasSize(LATENCY_ARTICLES);
        String report = "fetch -> alert:      " + percentiles(toAlert) + "\n"
                + "fetch -> searchable: " + percentiles(toSearchable) + " (polled every 25 ms)\n"
                + "  of which fetch -> enriched: " + percentiles(toEnriched) + ", fetch -> indexed: "
                + percentiles(toIndexed) + "\n";
        System.out.print("LATENCY over " + LATENCY_ARTICLES + " articles\n" + report);
        Files.writeString(Path.of("target/latency.txt"), report);
    }

    static String percentiles(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return "p50 " + sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1) + " ms, p99 "
                + sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1) + " ms, max " + sorted.getLast() + " ms";
    }

    private static List<SearchHit> search(Search search, String query) {
        try {
            return search.search(query, Duration.ofDays(20_000), 50);
        } catch (Exception e) {
            return List.of();
        }
    }

    /** The stories of the articles {@code query} finds that already have one; empty while the index cannot answer. */
    private static List<String> storiesOf(ElasticsearchClient client, IndexNames names, String query) {
        try {
            return articles(client, names, query).stream().map(ArticleDocument::storyId).filter(s -> s != null)
                    .toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private static List<ArticleDocument> articles(ElasticsearchClient client, IndexNames names, String query)
            throws Exception {
        return client.search(s -> s.index(names.articles()).size(50)
                .query(q -> q.match(m -> m.field("text").query(query))), ArticleDocument.class)
                .hits().hits().stream().map(Hit::source).toList();
    }

    private static List<Alert> alertsOf(TestStack stack, Topics topics, String watchId) {
        List<Alert> alerts = new ArrayList<>();
        TopicReader.read(stack.kafkaBootstrap(), topics.alerts(), JsonSerde.of(Alert.class), r -> {
            if (r.value().watchId().equals(watchId)) {
                alerts.add(r.value());
            }
        }, () -> false);
        return alerts;
    }

    private static long countAlerts(ElasticsearchClient client, IndexNames names) {
        try {
            client.indices().refresh(r -> r.index(names.alerts()).ignoreUnavailable(true).allowNoIndices(true));
            return client.count(c -> c.index(names.alerts()).ignoreUnavailable(true).allowNoIndices(true)
                    .query(q -> q.term(t -> t.field("watchId").value("isis")))).count();
        } catch (Exception e) {
            return -1;
        }
    }
}
