package dev.rasd.enrich.watch;

import dev.rasd.contract.Watch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.util.BytesRef;

/**
 * Matches articles against many watches at once, the way Elasticsearch's percolator does: the article becomes a
 * one-document in-memory Lucene index ({@link MemoryIndex}) analysed like the Elasticsearch index, and each
 * candidate watch's query runs against it. Candidates are the watches that share at least one term with the
 * article (plus those whose terms cannot be known, such as wildcards), so thousands of watches cost little more
 * than the few that could match.
 *
 * <p>Instances are immutable and thread-safe; {@link WatchRegistry} builds new ones as watches change.
 */
public final class WatchMatcher {

    /** A watch ready to be matched. */
    record CompiledWatch(Watch watch, WatchQuery query) {}

    private final Map<String, CompiledWatch> watches;
    private final Map<Term, List<CompiledWatch>> byTerm;
    private final List<CompiledWatch> alwaysTried;

    private WatchMatcher(Map<String, CompiledWatch> watches) {
        this.watches = Map.copyOf(watches);
        Map<Term, List<CompiledWatch>> index = new HashMap<>();
        List<CompiledWatch> always = new ArrayList<>();
        for (CompiledWatch compiled : watches.values()) {
            if (compiled.query().requiredAnyOf().isEmpty()) {
                always.add(compiled);
            }
            for (Term term : compiled.query().requiredAnyOf()) {
                index.computeIfAbsent(term, t -> new ArrayList<>()).add(compiled);
            }
        }
        this.byTerm = index;
        this.alwaysTried = List.copyOf(always);
    }

    /** A matcher for {@code watches}; disabled watches are left out. */
    public static WatchMatcher of(Collection<Watch> watches) {
        Map<String, CompiledWatch> compiled = new LinkedHashMap<>();
        for (Watch watch : watches) {
            if (watch.enabled()) {
                compiled.put(watch.id(), new CompiledWatch(watch, WatchQuery.parse(watch.query())));
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
        MemoryIndex index = indexOf(document);
        Map<CompiledWatch, Set<Term>> candidates = candidates(index);
        List<WatchMatch> matches = new ArrayList<>();
        Snippets snippets = new Snippets(document);
        for (Map.Entry<CompiledWatch, Set<Term>> candidate : candidates.entrySet()) {
            Watch watch = candidate.getKey().watch();
            if (!watch.languages().isEmpty()
                    && (document.language() == null || !watch.languages().contains(document.language()))) {
                continue;
            }
            if (index.search(candidate.getKey().query().query()) > 0) {
                matches.add(describe(watch.id(), candidate.getValue(), snippets, document));
            }
        }
        return matches;
    }

    private static MemoryIndex indexOf(WatchDocument document) {
        MemoryIndex index = new MemoryIndex();
        index.addField(WatchFields.TITLE, document.title(), WatchFields.ANALYZER);
        index.addField(WatchFields.TEXT, document.text(), WatchFields.ANALYZER);
        addAll(index, WatchFields.PERSON, document.persons());
        addAll(index, WatchFields.ORG, document.organizations());
        addAll(index, WatchFields.LOCATION, document.locations());
        addIfPresent(index, WatchFields.SOURCE, document.source());
        addIfPresent(index, WatchFields.LANGUAGE, document.language());
        addIfPresent(index, WatchFields.FEED_ID, document.feedId());
        return index;
    }

    private static void addAll(MemoryIndex index, String field, List<String> values) {
        for (String value : values) {
            index.addField(field, value, WatchFields.ANALYZER);
        }
    }

    private static void addIfPresent(MemoryIndex index, String field, String value) {
        if (value != null && !value.isBlank()) {
            index.addField(field, value, WatchFields.ANALYZER);
        }
    }

    /** Candidate watches with the article terms they share with it (empty for always-tried watches). */
    private Map<CompiledWatch, Set<Term>> candidates(MemoryIndex index) {
        // identity: a compiled watch is its own key, and hashing its query tree for every lookup is costly
        Map<CompiledWatch, Set<Term>> candidates = new java.util.IdentityHashMap<>();
        for (CompiledWatch always : alwaysTried) {
            candidates.put(always, new LinkedHashSet<>());
        }
        LeafReader reader = (LeafReader) index.createSearcher().getIndexReader().leaves().getFirst().reader();
        try {
            for (var fieldInfo : reader.getFieldInfos()) {
                Terms terms = reader.terms(fieldInfo.name);
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                for (BytesRef bytes = iterator.next(); bytes != null; bytes = iterator.next()) {
                    Term term = new Term(fieldInfo.name, BytesRef.deepCopyOf(bytes));
                    for (CompiledWatch watch : byTerm.getOrDefault(term, List.of())) {
                        candidates.computeIfAbsent(watch, w -> new LinkedHashSet<>()).add(term);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return candidates;
    }

    private static WatchMatch describe(String watchId, Set<Term> shared, Snippets snippets, WatchDocument document) {
        Set<String> words = new TreeSet<>();
        for (Term term : shared) {
            words.add(term.text());
        }
        String snippet = snippets.around(words);
        return new WatchMatch(watchId, List.copyOf(words), snippet == null ? document.title() : snippet);
    }
}
