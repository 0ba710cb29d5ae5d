package dev.rasd.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import dev.rasd.index.document.ArticleDocument;
import dev.rasd.index.template.IndexNames;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code ./rasd search QUERY [--since 24h] [--size N]} command: a Lucene query string, as typed in Kibana's
 * Lucene mode, over the articles of the last {@code since}, newest first.
 *
 * <p>The query runs as a {@code query_string} query over {@code title} (boosted), {@code summary} and {@code text},
 * which are analysed with the Arabic analyzer, so {@code تحالف} finds {@code والتحالف}; the default operator is
 * OR and hits come newest first, exactly as in Kibana's Discover, and as watches read the same query: write
 * {@code AND} to require every word. Field syntax works as in Kibana: {@code person:حفتر}, {@code source:الجزيرة},
 * {@code language:ar}. {@code since} and the order are on the article's {@code time} (see
 * {@link ArticleDocument#timeOf}), the Kibana data view's time field: an article whose publisher gave no date is
 * found by the time it was fetched.
 */
public final class Search {

    private static final List<String> TEXT_FIELDS = List.of("title^2", "summary", "text");

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final Clock clock;

    /** A search over the articles of {@code names} through {@code client}, with "now" from {@code clock}. */
    public Search(ElasticsearchClient client, IndexNames names, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.names = Objects.requireNonNull(names, "names");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The newest {@code size} articles of the last {@code since} that match {@code query}.
     *
     * @throws IllegalArgumentException when size is not positive or since is not a positive duration
     * @throws co.elastic.clients.elasticsearch._types.ElasticsearchException when Elasticsearch cannot parse the query
     * @throws IOException when Elasticsearch cannot be reached
     */
    public List<SearchHit> search(String query, Duration since, int size) throws IOException {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1: " + size);
        }
        if (since.isNegative() || since.isZero()) {
            throw new IllegalArgumentException("since must be a positive duration: " + since);
        }
        String from = clock.instant().minus(since).toString();
        SearchResponse<ArticleDocument> response = client.search(s -> s
                .index(names.articles())
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .size(size)
                .query(q -> q.bool(b -> b
                        .must(m -> m.queryString(qs -> qs.query(query).fields(TEXT_FIELDS)
                                .defaultOperator(Operator.Or)))
                        .filter(f -> f.range(r -> r.date(d -> d.field("time").gte(from))))))
                .sort(o -> o.field(f -> f.field("time").order(SortOrder.Desc)))
                .highlight(h -> h
                        .preTags(MatchedEntities.PRE)
                        .postTags(MatchedEntities.POST)
                        .fields(highlightFields())),
                ArticleDocument.class);
        return response.hits().hits().stream().map(Search::toHit).toList();
    }

    /** The hits as text, one line each (see {@link SearchHit#toLine()}), or a line saying nothing matched. */
    public static String format(List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return "no matching articles\n";
        }
        StringBuilder text = new StringBuilder();
        hits.forEach(hit -> text.append(hit.toLine()).append('\n'));
        return text.toString();
    }

    private static List<NamedValue<HighlightField>> highlightFields() {
        // whole fields, so MatchedEntities can map marked spans back to mention offsets
        HighlightField whole = HighlightField.of(f -> f.numberOfFragments(0));
        List<NamedValue<HighlightField>> fields = new ArrayList<>();
        fields.add(NamedValue.of("title", whole));
        fields.add(NamedValue.of("text", whole));
        MatchedEntities.ENTITY_FIELDS.forEach(field -> fields.add(NamedValue.of(field, whole)));
        return fields;
    }

    private static SearchHit toHit(Hit<ArticleDocument> hit) {
        ArticleDocument article = hit.source();
        List<String> entities = MatchedEntities.of(article.entities() == null ? List.of() : article.entities(),
                hit.highlight());
        return new SearchHit(article.publishedAt(), article.source(), article.title(), article.url(), entities);
    }
}
