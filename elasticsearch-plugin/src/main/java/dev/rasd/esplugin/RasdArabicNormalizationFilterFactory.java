package dev.rasd.esplugin;

import dev.rasd.arabic.RasdArabicNormalizationFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code rasd_arabic_normalization} token filter: {@link RasdArabicNormalizationFilter}. It also serves in
 * normalizers and for wildcard, prefix and fuzzy query terms.
 */
@NamedComponent(RasdArabicNormalizationFilterFactory.NAME)
public final class RasdArabicNormalizationFilterFactory implements TokenFilterFactory {

    /** The name analysis settings use in {@code "filter": ["rasd_arabic_normalization"]}. */
    public static final String NAME = "rasd_arabic_normalization";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new RasdArabicNormalizationFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new RasdArabicNormalizationFilter(tokenStream);
    }
}
