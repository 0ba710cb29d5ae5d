package dev.rasd.esplugin;

import dev.rasd.arabic.RasdArabicNormalizationFilter;
import dev.rasd.arabic.RasdArabicStemFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code rasd_arabic_stem} token filter: {@link RasdArabicStemFilter}, which normalises and stems. Wildcard,
 * prefix and fuzzy query terms are normalised only: a partial word must not be stemmed.
 */
@NamedComponent(RasdArabicStemFilterFactory.NAME)
public final class RasdArabicStemFilterFactory implements TokenFilterFactory {

    /** The name analysis settings use in {@code "filter": ["rasd_arabic_stem"]}. */
    public static final String NAME = "rasd_arabic_stem";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new RasdArabicStemFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new RasdArabicNormalizationFilter(tokenStream);
    }
}
