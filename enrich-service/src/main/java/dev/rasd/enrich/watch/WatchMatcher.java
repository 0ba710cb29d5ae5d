package dev.rasd.enrich.watch;

import dev.rasd.arabic.RasdTermCache;
import dev.rasd.contract.Watch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches articles against many watches at once, the way Elasticsearch's percolator does: the article becomes a
 * one-document in-memory Lucene index ({@link MemoryIndex}) analysed like the Elasticsearch index, and each
 * candidate watch's query runs against it. Candidates are the watches that share at least one term with the
 * article (plus those whose terms cannot be known, such as wildcards), so thousands of watches cost little more
 * than the few that could match.
 *
 * <p>The article's text is analysed once, through {@link WatchFields#TERMS}, and candidates are picked from its terms
 * before any index is built. A candidate's {@link MatchCondition} then rules it out, or, for queries of terms and
 * boolean operators, settles the match; only the others (phrases, wildcards) run on an index, built once per article
 * and only if needed. When each of those reads only terms, the index holds only the tokens of those terms, at their
 * positions, which matches the same.
 *
 * <p>Instances are immutable and thread-safe; {@link WatchRegistry} builds new ones as watches change.
 */
public final class WatchMatcher {

    /**
     * A watch ready to be matched.
     *
     * @param condition what an article must contain for the query to match it
     * @param decided whether the condition decides the match ({@link MatchCondition#decides()}, worked out once)
     * @param termsRead the terms its query reads by field, when it reads nothing else; null otherwise
     */
    record CompiledWatch(Watch watch, WatchQuery query, MatchCondition condition, boolean decided,
            Map<String, Set<String>> termsRead) {

        /**
         * Compiles {@code watch}.
         *
         * @throws InvalidWatchQueryException when its query is invalid
         */
        static CompiledWatch of(Watch watch) {
            WatchQuery query = WatchQuery.parse(watch.query());
            Optional<Set<Term>> terms = query.termsRead();
            MatchCondition condition = MatchCondition.of(query.query());
            return new CompiledWatch(watch, query, condition, condition.decides(),
                    terms.map(CompiledWatch::byField).orElse(null));
        }

        private static Map<String, Set<String>> byField(Set<Term> terms) {
            Map<String, Set<String>> byField = new HashMap<>();
            for (Term term : terms) {
                byField.computeIfAbsent(term.field(), f -> new HashSet<>()).add(term.text());
            }
            return Map.copyOf(byField);
        }
    }

    private final Map<String, CompiledWatch> watches;
    /**
     * Field, then term, to the watches that need one of their terms; also holds, with no watch, the other terms a
     * {@link MatchCondition} checks, so that the article's scan notes whether it has them.
     */
    private final Map<String, Map<String, List<CompiledWatch>>> byTerm;
    private final List<CompiledWatch> alwaysTried;

    private WatchMatcher(Map<String, CompiledWatch> watches) {
        this.watches = Map.copyOf(watches);
        Map<String, Map<String, List<CompiledWatch>>> index = new HashMap<>();
        List<CompiledWatch> always = new ArrayList<>();
        for (CompiledWatch compiled : watches.values()) {
            if (compiled.query().requiredAnyOf().isEmpty()) {
                always.add(compiled);
            }
            for (Term term : compiled.query().requiredAnyOf()) {
                watchesOf(index, term.field(), term.text()).add(compiled);
            }
            compiled.condition().forEachTerm((field, text) -> watchesOf(index, field, text));
        }
        this.byTerm = index;
        this.alwaysTried = List.copyOf(always);
    }

    private static List<CompiledWatch> watchesOf(Map<String, Map<String, List<CompiledWatch>>> index, String field,
            String text) {
        return index.computeIfAbsent(field, f -> new HashMap<>()).computeIfAbsent(text, t -> new ArrayList<>());
    }

    /** A matcher for {@code watches}; disabled watches are left out. */
    public static WatchMatcher of(Collection<Watch> watches) {
        Map<String, CompiledWatch> compiled = new LinkedHashMap<>();
        for (Watch watch : watches) {
            if (watch.enabled()) {
                compiled.put(watch.id(), CompiledWatch.of(watch));
            }
        }
        return new WatchMatcher(compiled);
    }

    static WatchMatcher ofCompiled(Map<String, CompiledWatch> compiled) {
        return new WatchMatcher(compiled);
    }

    Map<String, CompiledWatch> compiled() {
        return watches;
    }

    /** The cache of analysed terms all matchers share, for monitoring its hit rate. */
    public static RasdTermCache termCache() {
        return WatchFields.TERMS;
    }

    /** How many watches this matcher holds. */
    public int size() {
        return watches.size();
    }

    /**
     * The watches {@code document} matches, in no particular order.
     *
     * @param document the article
     */
    public List<WatchMatch> match(WatchDocument document) {
        if (watches.isEmpty()) {
            return List.of();
        }
        AnalysedDocument analysed = AnalysedDocument.of(document);
        Candidates found = new Candidates();
        found.scan(analysed);
        Map<CompiledWatch, Set<String>> candidates = found.watches;
        candidates.keySet().removeIf(candidate -> !acceptsLanguage(candidate.watch(), document.language())
                || !candidate.condition().holds(found.present));
        List<WatchMatch> matches = new ArrayList<>();
        Snippets snippets = new Snippets(document, analysed.title(), analysed.text());
        IndexSearcher searcher = null;
        for (Map.Entry<CompiledWatch, Set<String>> candidate : candidates.entrySet()) {
            CompiledWatch watch = candidate.getKey();
            if (!watch.decided()) {
                if (searcher == null) {
                    searcher = indexOf(analysed, termsRead(candidates.keySet())).createSearcher();
                }
                if (!matches(searcher, watch.query().query())) {
                    continue;
                }
            }
            matches.add(describe(watch.watch().id(), candidate.getValue(), snippets, document));
        }
        return matches;
    }

    /** The analysis of every field of an article. */
    private record AnalysedDocument(AnalysedText title, AnalysedText text, Map<String, AnalysedText> fields) {

        /** The fields of {@code document}: the title and the text, and the other fields it has values for. */
        static AnalysedDocument of(WatchDocument document) {
            Map<String, AnalysedText> fields = new LinkedHashMap<>();
            AnalysedText title = AnalysedText.of(document.title());
            AnalysedText text = AnalysedText.of(document.text());
            fields.put(WatchFields.TITLE, title);
            fields.put(WatchFields.TEXT, text);
            putValues(fields, WatchFields.PERSON, document.persons());
            putValues(fields, WatchFields.ORG, document.organizations());
            putValues(fields, WatchFields.LOCATION, document.locations());
            putKeyword(fields, WatchFields.SOURCE, document.source());
            putKeyword(fields, WatchFields.LANGUAGE, document.language());
            putKeyword(fields, WatchFields.FEED_ID, document.feedId());
            return new AnalysedDocument(title, text, fields);
        }

        private static void putValues(Map<String, AnalysedText> fields, String field, List<String> values) {
            if (!values.isEmpty()) {
                fields.put(field, AnalysedText.ofValues(values));
            }
        }

        private static void putKeyword(Map<String, AnalysedText> fields, String field, String value) {
            if (value != null && !value.isBlank()) {
                fields.put(field, AnalysedText.ofKeyword(value));
            }
        }
    }

    /**
     * Whether {@code query} matches the index's one document with a positive score, which is what
     * {@link MemoryIndex#search(Query)}{@code > 0} tells, without a new searcher and reader for every query.
     */
    private static boolean matches(IndexSearcher searcher, Query query) {
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
            Scorer scorer = weight.scorer(searcher.getIndexReader().leaves().getFirst());
            return scorer != null && scorer.iterator().nextDoc() != DocIdSetIterator.NO_MORE_DOCS
                    && scorer.score() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean acceptsLanguage(Watch watch, String language) {
        return watch.languages().isEmpty() || (language != null && watch.languages().contains(language));
    }

    /** The watches an article could match, found from its terms. */
    private final class Candidates {

        /** Candidate watches with the article's words they need (none for always-tried watches). */
        // identity: a compiled watch is its own key, and hashing its query tree for every lookup is costly
        final Map<CompiledWatch, Set<String>> watches = new IdentityHashMap<>();
        /** The article's terms that some watch looks for, by field. */
        final Map<String, Set<String>> present = new HashMap<>();

        void scan(AnalysedDocument analysed) {
            for (CompiledWatch always : alwaysTried) {
                watches.put(always, new HashSet<>());
            }
            analysed.fields().forEach(this::add);
        }

        private void add(String field, AnalysedText analysed) {
            Map<String, List<CompiledWatch>> fieldWatches = byTerm.get(field);
            if (fieldWatches != null) {
                for (int i = 0; i < analysed.size(); i++) {
                    add(field, fieldWatches, analysed.term(i));
                }
            }
        }

        private void add(String field, Map<String, List<CompiledWatch>> fieldWatches, String term) {
            List<CompiledWatch> needing = fieldWatches.get(term);
            if (needing != null && present.computeIfAbsent(field, f -> new HashSet<>()).add(term)) {
                for (CompiledWatch watch : needing) {
                    watches.computeIfAbsent(watch, w -> new HashSet<>()).add(term);
                }
            }
        }
    }

    /**
     * The article as an index: all of its fields, holding only the tokens of {@code termsRead} when that is given.
     *
     * @param termsRead the terms to index by field, or null to index every token
     */
    private static MemoryIndex indexOf(AnalysedDocument analysed, Map<String, Set<String>> termsRead) {
        MemoryIndex index = new MemoryIndex();
        AnalysedText.Tokens tokens = new AnalysedText.Tokens();
        analysed.fields().forEach((field, text) -> index.addField(field,
                tokens.of(text, termsRead == null ? null : termsRead.getOrDefault(field, Set.of()))));
        return index;
    }

    /**
     * The terms the candidates whose condition does not decide read, by field; null when one of them reads more than
     * terms.
     */
    private static Map<String, Set<String>> termsRead(Set<CompiledWatch> candidates) {
        Map<String, Set<String>> union = new HashMap<>();
        for (CompiledWatch candidate : candidates) {
            if (candidate.decided()) {
                continue;
            }
            if (candidate.termsRead() == null) {
                return null;
            }
            candidate.termsRead().forEach((field, terms) -> union.computeIfAbsent(field, f -> new HashSet<>())
                    .addAll(terms));
        }
        return union;
    }

    private static WatchMatch describe(String watchId, Set<String> shared, Snippets snippets, WatchDocument document) {
        Set<String> words = new TreeSet<>(shared);
        String snippet = snippets.around(shared);
        return new WatchMatch(watchId, List.copyOf(words), snippet == null ? document.title() : snippet);
    }
}
