package dev.rasd.enrich.watch;

import dev.rasd.arabic.RasdTermCache;
import dev.rasd.contract.Watch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
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
     * @param required the terms a matching article has at least one of ({@link WatchQuery#requiredAnyOf()})
     * @param checked the terms its condition checks
     */
    record CompiledWatch(Watch watch, WatchQuery query, MatchCondition condition, boolean decided,
            Map<String, Set<String>> termsRead, List<MatchCondition.Contains> required,
            List<MatchCondition.Contains> checked) {

        /**
         * Compiles {@code watch}.
         *
         * @throws InvalidWatchQueryException when its query is invalid
         */
        static CompiledWatch of(Watch watch) {
            WatchQuery query = WatchQuery.parse(watch.query());
            Optional<Set<Term>> terms = query.termsRead();
            MatchCondition condition = MatchCondition.of(query.query());
            List<MatchCondition.Contains> checked = new ArrayList<>();
            condition.forEachTerm((field, text) -> checked.add(new MatchCondition.Contains(field, text)));
            // the terms as strings once, here: decoding them took a third of the time of building the index
            return new CompiledWatch(watch, query, condition, condition.decides(),
                    terms.map(CompiledWatch::byField).orElse(null),
                    query.requiredAnyOf().stream().map(t -> new MatchCondition.Contains(t.field(), t.text())).toList(),
                    List.copyOf(checked));
        }

        private static Map<String, Set<String>> byField(Set<Term> terms) {
            Map<String, Set<String>> byField = new HashMap<>();
            for (Term term : terms) {
                byField.computeIfAbsent(term.field(), f -> new HashSet<>()).add(term.text());
            }
            return Map.copyOf(byField);
        }
    }

    /**
     * How many watches may change one at a time, as a share of all, before a change builds the index anew: a change
     * leaves the terms of a watch it removes in the index, which costs only a look-up, and building anew costs about
     * 1.5 µs per watch.
     */
    private static final int CHANGES_PER_REBUILD_DIVISOR = 4;
    private static final int MIN_CHANGES_PER_REBUILD = 64;

    private final Map<String, CompiledWatch> watches;
    /**
     * Field, then term, to the watches that need one of their terms; also holds, with no watch, the other terms a
     * {@link MatchCondition} checks, so that the article's scan notes whether it has them. Never changed once built:
     * {@link #with} and {@link #without} copy the parts they change.
     */
    private final Map<String, Map<String, List<CompiledWatch>>> byTerm;
    private final List<CompiledWatch> alwaysTried;
    /** How many single changes made this matcher from the last one built from all its watches. */
    private final int changesSinceBuilt;

    private WatchMatcher(Map<String, CompiledWatch> watches) {
        this.watches = Map.copyOf(watches);
        Map<String, Map<String, List<CompiledWatch>>> index = new HashMap<>();
        List<CompiledWatch> always = new ArrayList<>();
        for (CompiledWatch compiled : watches.values()) {
            if (compiled.required().isEmpty()) {
                always.add(compiled);
            }
            index(index, compiled);
        }
        this.byTerm = index;
        this.alwaysTried = List.copyOf(always);
        this.changesSinceBuilt = 0;
    }

    private WatchMatcher(Map<String, CompiledWatch> watches, Map<String, Map<String, List<CompiledWatch>>> byTerm,
            List<CompiledWatch> alwaysTried, int changesSinceBuilt) {
        this.watches = watches;
        this.byTerm = byTerm;
        this.alwaysTried = alwaysTried;
        this.changesSinceBuilt = changesSinceBuilt;
    }

    private static void index(Map<String, Map<String, List<CompiledWatch>>> index, CompiledWatch compiled) {
        for (MatchCondition.Contains term : compiled.required()) {
            watchesOf(index, term.field(), term.text()).add(compiled);
        }
        for (MatchCondition.Contains term : compiled.checked()) {
            watchesOf(index, term.field(), term.text());
        }
    }

    /**
     * This matcher with {@code compiled} added, or in place of the watch with its id. Copies only the index entries
     * of the watches' terms: building the whole index anew made a change to one of 10,000 watches cost 19–23 ms
     * ({@code WatchUpdateBenchmark}), this about 2 ms.
     */
    WatchMatcher with(CompiledWatch compiled) {
        return changed(compiled.watch().id(), compiled);
    }

    /** This matcher without the watch {@code watchId} (the same matcher if it has no such watch). */
    WatchMatcher without(String watchId) {
        return watches.containsKey(watchId) ? changed(watchId, null) : this;
    }

    private WatchMatcher changed(String watchId, CompiledWatch added) {
        Map<String, CompiledWatch> next = new HashMap<>(watches);
        if (added == null) {
            next.remove(watchId);
        } else {
            next.put(watchId, added);
        }
        if (changesSinceBuilt + 1 >= Math.max(MIN_CHANGES_PER_REBUILD, next.size() / CHANGES_PER_REBUILD_DIVISOR)) {
            return new WatchMatcher(next);
        }
        CompiledWatch removed = watches.get(watchId);
        Map<String, Map<String, List<CompiledWatch>>> index = new HashMap<>(byTerm);
        Set<String> copiedFields = new HashSet<>();
        if (removed != null) {
            for (MatchCondition.Contains term : removed.required()) {
                edit(index, copiedFields, term, needing -> needing.removeIf(watch -> watch == removed));
            }
        }
        if (added != null) {
            for (MatchCondition.Contains term : added.required()) {
                edit(index, copiedFields, term, needing -> needing.add(added));
            }
            for (MatchCondition.Contains term : added.checked()) {
                fieldToChange(index, copiedFields, term.field()).putIfAbsent(term.text(), List.of());
            }
        }
        List<CompiledWatch> always = new ArrayList<>(alwaysTried);
        always.removeIf(watch -> watch == removed);
        if (added != null && added.required().isEmpty()) {
            always.add(added);
        }
        return new WatchMatcher(Collections.unmodifiableMap(next), index, List.copyOf(always), changesSinceBuilt + 1);
    }

    /** Replaces the list of watches that need {@code term} by a changed copy. */
    private static void edit(Map<String, Map<String, List<CompiledWatch>>> index, Set<String> copiedFields,
            MatchCondition.Contains term, Consumer<List<CompiledWatch>> change) {
        Map<String, List<CompiledWatch>> field = fieldToChange(index, copiedFields, term.field());
        List<CompiledWatch> needing = new ArrayList<>(field.getOrDefault(term.text(), List.of()));
        change.accept(needing);
        field.put(term.text(), needing);
    }

    /** The term map of {@code field} in {@code index}, copied the first time a change touches it. */
    private static Map<String, List<CompiledWatch>> fieldToChange(Map<String, Map<String, List<CompiledWatch>>> index,
            Set<String> copied, String field) {
        if (copied.add(field)) {
            index.put(field, new HashMap<>(index.getOrDefault(field, Map.of())));
        }
        return index.get(field);
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
