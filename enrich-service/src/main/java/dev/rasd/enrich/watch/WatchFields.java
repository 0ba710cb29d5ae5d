package dev.rasd.enrich.watch;

import dev.rasd.arabic.RasdAnalyzer;
import dev.rasd.arabic.RasdTermCache;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The fields a watch query can name and how each is analysed. Text fields and entity names use
 * {@link RasdAnalyzer}, the analysis Elasticsearch's {@code rasd_arabic} analyzer applies, so a query matches here
 * exactly when it would match in Kibana; keyword fields match whole values.
 */
final class WatchFields {

    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String PERSON = "person";
    static final String ORG = "org";
    static final String LOCATION = "location";
    static final String SOURCE = "source";
    static final String LANGUAGE = "language";
    static final String FEED_ID = "feedId";

    /** Fields searched by terms that name no field. */
    static final String[] DEFAULT_FIELDS = {TITLE, TEXT};

    /** The index's field names, accepted as synonyms so that queries copied from Kibana work unchanged. */
    static final Map<String, String> ALIASES = Map.of(
            "persons", PERSON, "organizations", ORG, "organization", ORG, "locations", LOCATION);

    static final Set<String> KEYWORD_FIELDS = Set.of(SOURCE, LANGUAGE, FEED_ID);

    /**
     * Terms of the words seen so far, shared by all matchers: nearly every word of an article has been seen before.
     * 2^17 entries hold the vocabulary of a stream of news (about 15 MB at most): on the enrichment benchmark's
     * ANERcorp articles, 97-98% of the words are hits, the first sight of every word included.
     */
    static final RasdTermCache TERMS = new RasdTermCache(1 << 17);

    /**
     * One analyzer for every field of a query: Rasd's analysis of query text ({@link RasdAnalyzer#forQueries}, as
     * Elasticsearch's {@code rasd_arabic_query} search analyzer), or whole values for keyword fields.
     */
    static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(RasdAnalyzer.forQueries(TERMS), Map.of(
            SOURCE, new KeywordAnalyzer(), LANGUAGE, new KeywordAnalyzer(), FEED_ID, new KeywordAnalyzer()));

    private WatchFields() {}
}
