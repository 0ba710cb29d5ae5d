package dev.rasd.arabic;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each token by its term from a {@link RasdTermCache}, in place of {@link RasdAnalyzer}'s filters; a token
 * the filters would drop is dropped, keeping its position increment.
 */
final class CachedTermFilter extends FilteringTokenFilter {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final RasdTermCache cache;

    CachedTermFilter(TokenStream input, RasdTermCache cache) {
        super(input);
        this.cache = cache;
    }

    @Override
    protected boolean accept() {
        String term = cache.termOf(termAttribute.buffer(), termAttribute.length());
        if (term == null) {
            return false;
        }
        termAttribute.setEmpty().append(term);
        return true;
    }
}
