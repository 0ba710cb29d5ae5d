package dev.rasd.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.pipeline.AlertedArticle;
import dev.rasd.enrich.pipeline.StoryRequest;
import dev.rasd.enrich.watch.WatchMatch;
import dev.rasd.enrich.watch.WatchMatcher;
import dev.rasd.index.ElasticsearchClients;
import dev.rasd.index.IndexConfig;
import dev.rasd.index.document.ArticleDocument;
import dev.rasd.index.template.IndexNames;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code rasd watch add … --backfill 7d}: runs a new watch over the articles of the window (by {@code time}, as
 * {@code rasd watch test} and {@code rasd search --since} count them: publication time, else fetch time), with the same
 * matcher as the stream, and sends a backfill request for every article it matches to the backfill topic.
 * enrich-service's story step takes them exactly like live matches: it raises an alert for each story that has none
 * from the watch yet, and none again when a later copy of the story comes.
 */
final class Backfill {

    private static final int PAGE = 500;

    private Backfill() {}

    /**
     * Scans the articles of {@code config}'s Elasticsearch of the last {@code window}, sends a request for
     * each that {@code watch} matches to {@code connection}'s backfill topic, and prints what it did.
     *
     * @return how many stories the watch matched
     */
    static int run(Connection connection, IndexConfig config, Watch watch, Duration window) throws IOException {
        IndexNames names = new IndexNames(config.indexPrefix());
        WatchMatcher matcher = WatchMatcher.of(List.of(watch));
        String from = Instant.now().minus(window).toString();
        int scanned = 0;
        Set<String> stories = new HashSet<>();
        try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> searchAfter = after;
                SearchResponse<ArticleDocument> page = client.search(s -> {
                    s.index(names.articles()).ignoreUnavailable(true).allowNoIndices(true).size(PAGE)
                            .query(q -> q.range(r -> r.date(d -> d.field("time").gte(from))))
                            .sort(o -> o.field(f -> f.field("time").order(SortOrder.Asc)))
                            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                    if (searchAfter != null) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, ArticleDocument.class);
                List<Hit<ArticleDocument>> hits = page.hits().hits();
                List<Map.Entry<String, StoryRequest>> requests = new ArrayList<>();
                for (Hit<ArticleDocument> hit : hits) {
                    scanned++;
                    requestFor(hit.source(), matcher).ifPresent(request -> {
                        stories.add(request.indexedStoryId());
                        requests.add(Map.entry(request.articleId(), request));
                    });
                }
                TopicWriter.sendAll(connection.kafkaBootstrap(), connection.topics().backfill(), requests,
                        JsonSerde.of(StoryRequest.class));
                if (hits.size() < PAGE) {
                    break;
                }
                after = hits.getLast().sort();
            }
        }
        System.out.println("backfill: " + scanned + " articles of the last " + window.toHours() + " h"
                + " scanned, " + stories.size() + " stories matched; enrich-service raises one alert for each"
                + " story not alerted yet (./rasd alerts)");
        return stories.size();
    }

    /** The backfill request for {@code article} when {@code matcher}'s watch matches it. */
    static Optional<StoryRequest> requestFor(ArticleDocument article, WatchMatcher matcher) {
        List<WatchMatch> matches = matcher.match(StoredWatchDocument.of(article));
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        // an article indexed before stories existed is a story of its own
        String story = article.storyId() == null ? article.id() : article.storyId();
        return Optional.of(StoryRequest.backfill(article.id(), article.revision(), story, matches.getFirst(),
                new AlertedArticle(article.url(), article.title(), article.source(), article.language(),
                        article.publishedAt(), article.fetchedAt())));
    }
}
