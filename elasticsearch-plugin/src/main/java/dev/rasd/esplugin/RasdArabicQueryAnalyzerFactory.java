package dev.rasd.esplugin;

import dev.rasd.arabic.RasdAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * The {@code rasd_arabic_query} analyzer, the search analyzer of fields indexed with {@code rasd_arabic}:
 * {@link RasdAnalyzer#forQueries}, so that a phrase finds its first word with a proclitic
 * ({@code "حزب الله"} finds {@code لحزب الله}) as watches do.
 */
@NamedComponent(RasdArabicQueryAnalyzerFactory.NAME)
public final class RasdArabicQueryAnalyzerFactory implements AnalyzerFactory {

    /** The name mappings use in {@code "search_analyzer": "rasd_arabic_query"}. */
    public static final String NAME = "rasd_arabic_query";

    @Override
    public Analyzer create() {
        return RasdAnalyzer.forQueries(null);
    }
}
