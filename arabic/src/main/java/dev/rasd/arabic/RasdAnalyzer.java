package dev.rasd.arabic;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer for Rasd's multilingual news text, the same at index and at query time.
 *
 * <p>Chain: {@link StandardTokenizer} (Unicode word boundaries; diacritics, tatweel and zero-width marks stay inside
 * their word) → {@link LowerCaseFilter} → {@link RasdArabicStemFilter} (normalisation of every token, then
 * clitic-aware stemming of Arabic-script words) → {@link EnglishPossessiveFilter} ({@code biden's → biden}) →
 * {@link EnglishMinimalStemFilter} (plural {@code s}: {@code sanctions → sanction}; it only ever touches words that
 * end in a Latin {@code s}, so Arabic tokens pass through). Positions are preserved, so phrase queries work; no stop
 * words are removed.
 *
 * <p>{@link #normalize(String, TokenStream)}, used for wildcard, prefix and fuzzy query terms, lower-cases and
 * applies {@link ArabicNormalizer} without stemming.
 */
public final class RasdAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new RasdArabicStemFilter(stream);
        stream = new EnglishPossessiveFilter(stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new RasdArabicNormalizationFilter(new LowerCaseFilter(in));
    }
}
