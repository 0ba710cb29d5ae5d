package dev.rasd.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.rasd.contract.Alert;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.watch.WatchDocument;
import dev.rasd.enrich.watch.WatchMatch;
import dev.rasd.enrich.watch.WatchMatcher;
import dev.rasd.index.ElasticsearchClients;
import dev.rasd.index.IndexConfig;
import dev.rasd.index.document.ArticleDocument;
import dev.rasd.index.template.IndexNames;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code rasd watch add … --backfill 7d}: runs a new watch over the articles indexed in the window, with the same
 * matcher as the stream, and raises one alert per story it matches that has no alert from that watch yet.
 *
 * <p>The alerts go to the alerts topic, which enrich-service's story step also reads, so a later copy of a
 * backfilled story does not alert again (an alert raised in the moment before the story step has read the backfilled
 * one has the same id, {@code watch:story}: the alerts index keeps one document and receivers drop the repeat by
 * id).
 */
final class Backfill {

    private static final int PAGE = 500;

    private Backfill() {}

    static int run(Connection connection, Watch watch, Duration window) throws IOException {
        IndexConfig config = IndexConfig.fromEnv(System.getenv());
        IndexNames names = new IndexNames(config.indexPrefix());
        WatchMatcher matcher = WatchMatcher.of(List.of(watch));
        ElasticsearchClient client = ElasticsearchClients.create(config);
        String from = Instant.now().minus(window).toString();
        Set<String> stories = new HashSet<>();
        int scanned = 0;
        int raised = 0;
        try {
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> searchAfter = after;
                SearchResponse<ArticleDocument> page = client.search(s -> {
                    s.index(names.articles()).ignoreUnavailable(true).allowNoIndices(true).size(PAGE)
                            .query(q -> q.range(r -> r.date(d -> d.field("fetchedAt").gte(from))))
                            .sort(o -> o.field(f -> f.field("fetchedAt").order(SortOrder.Asc)))
                            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                    if (searchAfter != null) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, ArticleDocument.class);
                List<Hit<ArticleDocument>> hits = page.hits().hits();
                for (Hit<ArticleDocument> hit : hits) {
                    ArticleDocument article = hit.source();
                    scanned++;
                    String story = article.storyId() == null ? article.id() : article.storyId();
                    if (stories.contains(story)) {
                        continue;
                    }
                    List<WatchMatch> matches = matcher.match(new WatchDocument(article.title(), article.text(),
                            article.persons(), article.organizations(), article.locations(), article.source(),
                            article.language(), article.feedId()));
                    if (!matches.isEmpty() && stories.add(story) && !alreadyAlerted(client, names, watch, story)) {
                        WatchMatch match = matches.getFirst();
                        Alert alert = new Alert(SchemaVersion.CURRENT, Alert.idOf(watch.id(), story), watch.id(),
                                article.id(), story, article.url(), article.title(), article.source(),
                                article.language(), article.publishedAt(), article.fetchedAt(), match.matchedTerms(),
                                match.snippet(), Instant.now());
                        TopicWriter.send(connection.kafkaBootstrap(), connection.topics().alerts(), watch.id(), alert,
                                JsonSerde.of(Alert.class));
                        raised++;
                    }
                }
                if (hits.size() < PAGE) {
                    break;
                }
                after = hits.getLast().sort();
            }
        } finally {
            client._transport().close();
        }
        System.out.println("backfill: " + scanned + " articles fetched in the last " + window.toHours()
                + " h scanned, " + raised + " alerts raised");
        return 0;
    }

    private static boolean alreadyAlerted(ElasticsearchClient client, IndexNames names, Watch watch, String story)
            throws IOException {
        return client.count(c -> c.index(names.alerts()).ignoreUnavailable(true).allowNoIndices(true)
                .query(q -> q.ids(i -> i.values(Alert.idOf(watch.id(), story))))).count() > 0;
    }
}
