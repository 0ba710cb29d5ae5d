package dev.rasd.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.watch.WatchMatch;
import dev.rasd.enrich.watch.WatchMatcher;
import dev.rasd.enrich.watch.WatchQuery;
import dev.rasd.index.document.ArticleDocument;
import dev.rasd.index.template.IndexNames;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * What a watch would have matched among the articles indexed in a past window ({@code rasd watch test}, and the
 * count {@code rasd watch add} prints), found without saving anything.
 *
 * <p>Every article counted is one the live watch matcher matches: Elasticsearch only proposes candidates
 * ({@link CandidateQuery}: the articles of the window with one of the query's positive terms), and each candidate
 * is matched by {@link WatchMatcher} on its stored fields, as enrich-service matched it. So the preview agrees with
 * the matcher on analysis and on query semantics by construction, and Elasticsearch's part is only to never miss a
 * candidate, which holds when its indices analyse as the matcher does ({@link IndexedAnalysis}). When they do not,
 * or the query has no positive term to select on (wildcards, only {@code NOT}), every article of the window is
 * read and matched: exact, but as slow as the window is large.
 */
final class WatchPreview {

    private static final int PAGE = 500;
    private static final String[] FETCHED = Stream.concat(Stream.of("id", "storyId", "revision", "time", "url",
                    "publishedAt", "fetchedAt"),
            Stream.of(StoredWatchDocument.FIELDS)).toArray(String[]::new);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final Clock clock;

    /** A preview over the articles of {@code names} through {@code client}, with "now" from {@code clock}. */
    WatchPreview(ElasticsearchClient client, IndexNames names, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.names = Objects.requireNonNull(names, "names");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What a preview found.
     *
     * @param matches the articles the watch matches, newest first
     * @param examined how many articles were read from Elasticsearch and matched
     * @param scanned whether every article of the window was read, rather than candidates selected by term
     */
    record Result(List<PreviewMatch> matches, long examined, boolean scanned) {

        Result {
            matches = List.copyOf(matches);
        }
    }

    /**
     * What a pass over the window read.
     *
     * @param examined how many articles were read from Elasticsearch and matched
     * @param scanned whether every article of the window was read, rather than candidates selected by term
     */
    record Pass(long examined, boolean scanned) {}

    /**
     * The articles whose time is within {@code window} before now that {@code watch} matches, with its languages.
     *
     * @throws dev.rasd.enrich.watch.InvalidWatchQueryException when the watch's query is invalid
     * @throws IOException when Elasticsearch cannot be reached
     */
    Result run(Watch watch, Duration window) throws IOException {
        List<PreviewMatch> matches = new ArrayList<>();
        Pass pass = forEachMatch(watch, window, (article, match) -> matches.add(new PreviewMatch(article.id(),
                article.storyId(), article.time(), article.source(), article.title(), article.url(),
                match.snippet())));
        return new Result(matches, pass.examined(), pass.scanned());
    }

    /**
     * Hands every article whose time is within {@code window} before now that {@code watch} matches, newest first,
     * to {@code sink} with the watch's first match in it.
     *
     * @throws dev.rasd.enrich.watch.InvalidWatchQueryException when the watch's query is invalid
     * @throws IOException when Elasticsearch cannot be reached
     */
    Pass forEachMatch(Watch watch, Duration window, BiConsumer<ArticleDocument, WatchMatch> sink)
            throws IOException {
        WatchMatcher matcher = WatchMatcher.of(List.of(watch));
        WatchQuery query = WatchQuery.parse(watch.query());
        Instant from = clock.instant().minus(window);
        boolean scanned = CandidateQuery.scans(query) || !IndexedAnalysis.asWatchMatcher(client, names);
        Query candidates = scanned ? CandidateQuery.window(watch.languages(), from)
                : CandidateQuery.of(query, watch.languages(), from);
        long examined = 0;
        List<FieldValue> after = null;
        while (true) {
            List<Hit<ArticleDocument>> hits = page(candidates, after);
            for (Hit<ArticleDocument> hit : hits) {
                ArticleDocument article = hit.source();
                examined++;
                List<WatchMatch> found = matcher.match(StoredWatchDocument.of(article));
                if (!found.isEmpty()) {
                    sink.accept(article, found.getFirst());
                }
            }
            if (hits.size() < PAGE) {
                return new Pass(examined, scanned);
            }
            after = hits.getLast().sort();
        }
    }

    /** The page of candidates after the sort values {@code after} (the first page when null), newest first. */
    private List<Hit<ArticleDocument>> page(Query candidates, List<FieldValue> after) throws IOException {
        SearchResponse<ArticleDocument> response = client.search(s -> {
            s.index(names.articles()).ignoreUnavailable(true).allowNoIndices(true).size(PAGE)
                    .query(candidates)
                    .source(src -> src.filter(f -> f.includes(List.of(FETCHED))))
                    .sort(o -> o.field(f -> f.field("time").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (after != null) {
                s.searchAfter(after);
            }
            return s;
        }, ArticleDocument.class);
        return response.hits().hits();
    }
}
