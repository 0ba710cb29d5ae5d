package dev.rasd.launcher;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.rasd.enrich.watch.WatchQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.Term;

/**
 * The Elasticsearch query for the articles of a window that a watch could match: a superset of what the watch
 * matcher matches, which {@link WatchPreview} then checks one by one with the matcher.
 *
 * <p>The watch matcher only ever tries a watch on an article that has one of the watch's positive terms
 * ({@link WatchQuery#requiredAnyOf()}, analysed) in the same field. Elasticsearch holds those fields analysed by
 * {@code rasd_arabic}, the same code as the matcher's analysis, under the same names ({@code person}, {@code org} and
 * {@code location} are aliases of the analysed entity fields), so a {@code terms} query on the analysed terms
 * finds every such article; no query parsing is involved on the Elasticsearch side, so Kibana's and Lucene's
 * differences in reading a query string cannot lose an article. A query whose positive terms cannot be known
 * (wildcards, ranges, only {@code NOT} clauses) gets no term condition: every article of the window is a candidate.
 * The languages are a keyword filter, as exact as the matcher's.
 */
final class CandidateQuery {

    private CandidateQuery() {}

    /** Whether {@code query} leaves Elasticsearch nothing to select on, so that every article of the window is read. */
    static boolean scans(WatchQuery query) {
        return query.requiredAnyOf().isEmpty();
    }

    /**
     * The query for the articles whose time is {@code from} or later, in one of {@code languages} (any language when
     * empty), that have one of {@code query}'s positive terms: all of them when {@link #scans} the query.
     */
    static Query of(WatchQuery query, List<String> languages, Instant from) {
        if (scans(query)) {
            return window(languages, from);
        }
        List<Query> anyTerm = new ArrayList<>();
        byField(query).forEach((field, texts) -> anyTerm.add(terms(field, texts)));
        List<Query> filters = windowFilters(languages, from);
        filters.add(Query.of(q -> q.bool(b -> b.should(anyTerm).minimumShouldMatch("1"))));
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    /** The query for every article whose time is {@code from} or later, in one of {@code languages} if any. */
    static Query window(List<String> languages, Instant from) {
        return Query.of(q -> q.bool(b -> b.filter(windowFilters(languages, from))));
    }

    private static List<Query> windowFilters(List<String> languages, Instant from) {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field("time").gte(from.toString())))));
        if (!languages.isEmpty()) {
            filters.add(terms("language", languages));
        }
        return filters;
    }

    /** The positive terms by field, fields and terms sorted so that the request is the same every time. */
    private static Map<String, TreeSet<String>> byField(WatchQuery query) {
        Map<String, TreeSet<String>> byField = new TreeMap<>();
        for (Term term : query.requiredAnyOf()) {
            byField.computeIfAbsent(term.field(), f -> new TreeSet<>()).add(term.text());
        }
        return byField;
    }

    private static Query terms(String field, Collection<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }
}
