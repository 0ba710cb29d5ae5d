package dev.rasd.launcher;

import static dev.rasd.launcher.Await.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.rasd.contract.Alert;
import dev.rasd.contract.Extraction;
import dev.rasd.contract.Feed;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Topics;
import dev.rasd.contract.Watch;
import dev.rasd.index.ElasticsearchClients;
import dev.rasd.index.IndexConfig;
import dev.rasd.index.document.ArticleDocument;
import dev.rasd.index.template.IndexNames;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A breaking-news ticker's item (title and text, neither link nor guid) travels the whole pipeline on the embedded
 * stack: ingested with the feed's text and no URL, enriched, indexed in Elasticsearch, and alerted on by a watch,
 * on the alerts topic, in {@code rasd alerts} and at the webhook.
 */
@ExtendWith(RasdStackExtension.class)
class FeedItemWithoutLinkIT {

    private static final String TITLE = "عاجل";
    private static final String TEXT = "انفجار قرب ميناء بيروت والدفاع المدني يعلن السيطرة على الحريق";

    @Test
    void anItemWithoutLinkOrGuidIsIndexedAndRaisesAWatchAlert(TestStack stack) throws Exception {
        Topics topics = stack.topics();
        Map<String, String> env = PipelineEnvironment.of(stack);

        try (LocalNewsSite site = new LocalNewsSite();
                ServiceHost index = ServiceHost.index(env);
                ServiceHost enrich = ServiceHost.enrich(env);
                ServiceHost ingest = ServiceHost.ingest(env)) {
            site.feed("/ticker/rss.xml");
            TopicWriter.send(stack.kafkaBootstrap(), topics.watches(), "beirut", new Watch(SchemaVersion.CURRENT,
                    "beirut", "بيروت", "بيروت", List.of(), site.url("/webhook"), true, Instant.now()),
                    JsonSerde.of(Watch.class));
            TopicWriter.send(stack.kafkaBootstrap(), topics.feeds(), "ticker", Feed.of("ticker", "شريط عاجل",
                    site.url("/ticker/"), site.url("/ticker/rss.xml"), "LB", "ar", null, true),
                    JsonSerde.of(Feed.class));
            site.publishWithoutLink("/ticker/rss.xml", TITLE, TEXT);

            ElasticsearchClient client = ElasticsearchClients.create(IndexConfig.fromEnv(env));
            IndexNames names = new IndexNames(stack.indexPrefix());
            awaitTrue(Duration.ofSeconds(120), () -> articles(client, names).size() == 1);
            ArticleDocument article = articles(client, names).getFirst();
            assertThat(article.title()).isEqualTo(TITLE);
            assertThat(article.text()).isEqualTo(TEXT);
            assertThat(article.url()).isNull();
            assertThat(article.canonicalUrl()).isNull();
            assertThat(article.extraction()).isEqualTo(Extraction.SUMMARY_ONLY.label());

            awaitTrue(Duration.ofSeconds(60), () -> !site.webhookBodies.isEmpty());
            List<Alert> alerts = new ArrayList<>();
            TopicReader.read(stack.kafkaBootstrap(), topics.alerts(), JsonSerde.of(Alert.class),
                    r -> alerts.add(r.value()), () -> false);
            assertThat(alerts).singleElement().satisfies(alert -> {
                assertThat(alert.watchId()).isEqualTo("beirut");
                assertThat(alert.articleId()).isEqualTo(article.id());
                assertThat(alert.url()).isNull();
                assertThat(AlertsCommand.format(alert)).contains(TITLE).contains("«بيروت»").doesNotContain("null");
            });
            assertThat(site.webhookBodies.getFirst()).contains("\"id\":\"beirut:").doesNotContain("\\nnull");

            // re-polls of the unchanged ticker publish nothing again
            Thread.sleep(3_000);
            assertThat(articles(client, names)).hasSize(1);
            client._transport().close();
        }
    }

    private static List<ArticleDocument> articles(ElasticsearchClient client, IndexNames names) {
        try {
            client.indices().refresh(r -> r.index(names.articles()).ignoreUnavailable(true).allowNoIndices(true));
            return client.search(s -> s.index(names.articles()).ignoreUnavailable(true).allowNoIndices(true).size(10),
                    ArticleDocument.class).hits().hits().stream().map(Hit::source).toList();
        } catch (Exception e) {
            return List.of();
        }
    }
}
