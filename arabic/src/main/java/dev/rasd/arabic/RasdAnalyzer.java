package dev.rasd.arabic;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
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
 * <p>Given a {@link RasdTermCache}, it takes the terms of tokens seen before from there instead of filtering them
 * again, with the same output.
 *
 * <p>Query text is analysed by {@link #forQueries}, which adds, before the filters, {@link FirstWordProcliticFilter}:
 * a phrase's first word also stands for its forms with a proclitic ({@code "حزب الله"} finds {@code لحزب الله}), which
 * the indexed text holds as terms of their own when the stemmer keeps the letter.
 *
 * <p>{@link #normalize(String, TokenStream)}, used for wildcard, prefix and fuzzy query terms, lower-cases and
 * applies {@link ArabicNormalizer} without stemming.
 */
public final class RasdAnalyzer extends Analyzer {

    private final RasdTermCache cache;
    private final boolean forQueries;

    /** The analyzer, computing every term. */
    public RasdAnalyzer() {
        this(null);
    }

    /**
     * The analyzer, taking the terms of tokens it has seen before from {@code cache}; the output is the same.
     *
     * @param cache remembered terms, shared by any number of analyzers and threads; null to compute every term
     */
    public RasdAnalyzer(RasdTermCache cache) {
        this(cache, false);
    }

    private RasdAnalyzer(RasdTermCache cache, boolean forQueries) {
        this.cache = cache;
        this.forQueries = forQueries;
    }

    /**
     * The analyzer for query text, which searches text analysed by {@link RasdAnalyzer}: the same terms, with the
     * proclitic forms of the first word stacked on it when the text has more than one token.
     *
     * @param cache remembered terms, as for {@link #RasdAnalyzer(RasdTermCache)}; null to compute every term
     */
    public static RasdAnalyzer forQueries(RasdTermCache cache) {
        return new RasdAnalyzer(cache, true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = newTokenizer();
        TokenStream tokens = forQueries ? new FirstWordProcliticFilter(tokenizer) : tokenizer;
        TokenStream stream = cache == null ? termFilters(tokens) : new CachedTermFilter(tokens, cache);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** The analyzer's tokenizer, for {@link RasdTermCache#analyse}. */
    static Tokenizer newTokenizer() {
        return new StandardTokenizer();
    }

    /** The analyzer's filters, each of which changes or drops one token at a time whatever the tokens around it. */
    static TokenStream termFilters(TokenStream tokens) {
        TokenStream stream = new LowerCaseFilter(tokens);
        stream = new RasdArabicStemFilter(stream);
        stream = new EnglishPossessiveFilter(stream);
        return new EnglishMinimalStemFilter(stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new RasdArabicNormalizationFilter(new LowerCaseFilter(in));
    }
}
