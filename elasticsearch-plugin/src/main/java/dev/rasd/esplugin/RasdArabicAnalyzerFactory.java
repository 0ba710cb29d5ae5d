package dev.rasd.esplugin;

import dev.rasd.arabic.RasdAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The {@code rasd_arabic} analyzer: {@link RasdAnalyzer}, the same analysis Rasd uses for alerts. */
@NamedComponent(RasdArabicAnalyzerFactory.NAME)
public final class RasdArabicAnalyzerFactory implements AnalyzerFactory {

    /** The name mappings use in {@code "analyzer": "rasd_arabic"}. */
    public static final String NAME = "rasd_arabic";

    @Override
    public Analyzer create() {
        return new RasdAnalyzer();
    }
}
