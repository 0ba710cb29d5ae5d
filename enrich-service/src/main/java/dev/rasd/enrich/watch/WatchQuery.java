package dev.rasd.enrich.watch;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A watch's query parsed once: Lucene classic syntax as analysts type it in Kibana's Lucene mode (terms,
 * {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT}, grouping, {@code field:value}, wildcards). Terms without a
 * field search the title and the text; the default operator is {@code OR}, as in Kibana.
 *
 * <p>It also knows the terms a matching article must contain at least one of ({@link #requiredAnyOf()}), which lets
 * {@link WatchMatcher} skip watches that cannot match, the way Elasticsearch's percolator pre-selects queries.
 *
 * @param text the query as written
 * @param query the parsed query
 * @param requiredAnyOf a matching article contains at least one of these terms; empty when that cannot be known
 *     (wildcards, ranges, match-all), and then the watch is tried on every article
 */
public record WatchQuery(String text, Query query, Set<Term> requiredAnyOf) {

    /**
     * Parses {@code text}.
     *
     * @throws InvalidWatchQueryException when it is not valid syntax or matches nothing by construction
     */
    public static WatchQuery parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidWatchQueryException(String.valueOf(text), "empty");
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(WatchFields.DEFAULT_FIELDS, WatchFields.ANALYZER) {
            @Override
            protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
                return super.getFieldQuery(canonicalField(field), queryText, quoted);
            }

            @Override
            protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
                return super.getFieldQuery(canonicalField(field), queryText, slop);
            }
        };
        parser.setDefaultOperator(MultiFieldQueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(true);
        parser.setSplitOnWhitespace(true);
        Query query;
        try {
            query = parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new InvalidWatchQueryException(text, reason);
        }
        if (query instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
            throw new InvalidWatchQueryException(text, "it has no searchable words");
        }
        return new WatchQuery(text, query, requiredTerms(query));
    }

    /**
     * Every term the query reads, those of {@code NOT} clauses included, when it reads nothing else (no wildcards,
     * ranges, fuzzy terms or match-all); empty otherwise. Such a query matches an article exactly when it matches
     * the article's tokens of these terms, at their positions.
     */
    Optional<Set<Term>> termsRead() {
        return termsOf(query, true);
    }

    /** The field a query names, with Kibana's index field names mapped to ours; null means the default fields. */
    private static String canonicalField(String field) {
        return field == null ? null : WatchFields.ALIASES.getOrDefault(field, field);
    }

    /** The positive terms of the query, or an empty set when some positive clause is not made of terms. */
    private static Set<Term> requiredTerms(Query query) {
        return termsOf(query, false).orElse(Set.of());
    }

    /**
     * The terms of {@code query}'s clauses ({@code NOT} clauses only if {@code withNegated}), or empty when one of
     * those clauses reads something other than terms (wildcards, ranges, fuzzy terms, match-all).
     */
    private static Optional<Set<Term>> termsOf(Query query, boolean withNegated) {
        Set<Term> terms = new HashSet<>();
        boolean[] readsMore = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... found) {
                terms.addAll(Arrays.asList(found));
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                readsMore[0] = true;
            }

            @Override
            public void visitLeaf(Query q) {
                readsMore[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                // QueryVisitor skips NOT clauses by default
                return occur == BooleanClause.Occur.MUST_NOT && !withNegated ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return readsMore[0] ? Optional.empty() : Optional.of(Set.copyOf(terms));
    }
}
