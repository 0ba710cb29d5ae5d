package dev.rasd.arabic;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Normalises every token with {@link ArabicNormalizer} and stems the Arabic-script ones with {@link ArabicStemmer}.
 *
 * <p>It normalises itself rather than expecting {@link RasdArabicNormalizationFilter} before it, because the stemmer
 * reads the written hamza to tell a proclitic from the first letter of a name ({@code لإيران} against
 * {@code لاريجاني}), and normalisation erases it. Tokens marked as keywords ({@link KeywordAttribute}) are
 * normalised but not stemmed. A token that normalises to nothing is dropped, keeping its position increment.
 */
public final class RasdArabicStemFilter extends FilteringTokenFilter {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAttribute = addAttribute(KeywordAttribute.class);

    /**
     * @param input the token stream to stem
     */
    public RasdArabicStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        String term = termAttribute.toString();
        String result = keywordAttribute.isKeyword() ? ArabicNormalizer.normalize(term) : ArabicStemmer.stem(term);
        if (result.isEmpty()) {
            return false;
        }
        termAttribute.setEmpty().append(result);
        return true;
    }
}
