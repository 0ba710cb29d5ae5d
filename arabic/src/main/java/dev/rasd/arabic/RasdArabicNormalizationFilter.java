package dev.rasd.arabic;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies {@link ArabicNormalizer} to every token. A token that normalises to nothing (only diacritics, tatweel or
 * invisible controls) is dropped; the position increment it had is kept, so phrase queries stay exact.
 */
public final class RasdArabicNormalizationFilter extends FilteringTokenFilter {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final StringBuilder normalized = new StringBuilder();

    /**
     * @param input the token stream to normalise
     */
    public RasdArabicNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        normalized.setLength(0);
        ArabicNormalizer.normalize(termAttribute, normalized);
        if (normalized.isEmpty()) {
            return false;
        }
        termAttribute.setEmpty().append(normalized);
        return true;
    }
}
