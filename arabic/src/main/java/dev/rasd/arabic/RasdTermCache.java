package dev.rasd.arabic;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms {@link RasdAnalyzer} makes of tokens, remembered by token text. Every filter of the analyzer works on one
 * token at a time, so a token's term depends on its text alone; news vocabulary is Zipfian, so a few tens of
 * thousands of words make up nearly all the tokens, and a hit skips normalising and stemming altogether.
 *
 * <p>The cache is bounded: {@code capacity} entries in sets of two, where a new term replaces the one of its set used
 * less recently. Tokens made only of ASCII digits analyse to themselves and are not cached: numbers rarely recur and
 * would push words out. Instances are thread-safe; entries are immutable, so threads racing on a set can only lose
 * an entry or keep a duplicate, never see a wrong term.
 */
public final class RasdTermCache {

    /** Receives the tokens of an analysed text. */
    @FunctionalInterface
    public interface TermConsumer {

        /**
         * @param term the indexed term
         * @param startOffset where the token starts in the text
         * @param endOffset where it ends
         * @param positionIncrement positions since the previous term (more than 1 after a dropped token)
         */
        void accept(String term, int startOffset, int endOffset, int positionIncrement);
    }

    private final Entry[] entries;
    /** Tokens looked up, numbers left out; counted per text by {@link #analyse}, as an atomic add per token costs. */
    private final LongAdder lookups = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final ThreadLocal<Analysis> analysis = ThreadLocal.withInitial(Analysis::new);

    /**
     * @param capacity the most terms remembered, rounded up to a power of two
     * @throws IllegalArgumentException if {@code capacity} is less than 2 or more than 2^30
     */
    public RasdTermCache(int capacity) {
        if (capacity < 2 || capacity > 1 << 30) {
            throw new IllegalArgumentException("capacity must be in [2, 2^30], was " + capacity);
        }
        entries = new Entry[Integer.highestOneBit(capacity - 1) << 1];
    }

    /**
     * The term {@link RasdAnalyzer} indexes for one token of its tokenizer (a {@code StandardTokenizer}).
     *
     * @param token the token's characters, in {@code buffer[0, length)}
     * @param length the token's length
     * @return the term, or null when the analysis drops the token (it was only diacritics or tatweel)
     */
    public String termOf(char[] token, int length) {
        if (!isAsciiNumber(token, length)) {
            lookups.increment();
        }
        return uncountedTermOf(token, length);
    }

    private String uncountedTermOf(char[] token, int length) {
        return isAsciiNumber(token, length) ? new String(token, 0, length) : lookUp(token, length);
    }

    /** The term of a token that is not a number, from the cache or computed and remembered. */
    private String lookUp(char[] token, int length) {
        int hash = hash(token, length);
        int set = hash & (entries.length - 2);
        Entry recent = entries[set];
        if (recent != null && recent.isFor(hash, token, length)) {
            return recent.term;
        }
        Entry older = entries[set + 1];
        if (older != null && older.isFor(hash, token, length)) {
            entries[set] = older;
            entries[set + 1] = recent;
            return older.term;
        }
        misses.increment();
        char[] key = Arrays.copyOf(token, length);
        String term = analysis.get().termOf(key);
        entries[set + 1] = recent;
        entries[set] = new Entry(hash, key, term);
        return term;
    }

    /**
     * The term {@link RasdAnalyzer} indexes for one token of its tokenizer.
     *
     * @return the term, or null when the analysis drops the token
     */
    public String termOf(String token) {
        return termOf(token.toCharArray(), token.length());
    }

    /**
     * Analyses {@code text} as {@code new RasdAnalyzer(this)} does, handing each term to {@code consumer} in order.
     * Unlike reading the analyzer's token stream, the consumer receives the cached {@link String} itself, so hashing
     * it again costs nothing. The consumer must not analyse on the same thread.
     */
    public void analyse(String text, TermConsumer consumer) {
        Tokenizer tokenizer = analysis.get().tokenizer;
        CharTermAttribute token = tokenizer.getAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = tokenizer.getAttribute(PositionIncrementAttribute.class);
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            int skipped = 0;
            int looked = 0;
            while (tokenizer.incrementToken()) {
                if (!isAsciiNumber(token.buffer(), token.length())) {
                    looked++;
                }
                String term = uncountedTermOf(token.buffer(), token.length());
                if (term == null) {
                    skipped += increment.getPositionIncrement();
                } else {
                    consumer.accept(term, offset.startOffset(), offset.endOffset(),
                            skipped + increment.getPositionIncrement());
                    skipped = 0;
                }
            }
            lookups.add(looked);
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Tokens whose term was found in the cache, since it was made (approximate while texts are analysed). */
    public long hits() {
        return lookups.sum() - misses.sum();
    }

    /** Tokens whose term had to be computed, since the cache was made; numbers are neither hits nor misses. */
    public long misses() {
        return misses.sum();
    }

    private static boolean isAsciiNumber(char[] token, int length) {
        for (int i = 0; i < length; i++) {
            if (token[i] < '0' || token[i] > '9') {
                return false;
            }
        }
        return length > 0;
    }

    private static int hash(char[] token, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + token[i];
        }
        // Spread the high bits into the low ones that pick the set.
        return hash ^ (hash >>> 16);
    }

    /** A token and its term (null for a dropped token). */
    private static final class Entry {

        final int hash;
        final char[] token;
        final String term;

        Entry(int hash, char[] token, String term) {
            this.hash = hash;
            this.token = token;
            this.term = term;
        }

        boolean isFor(int otherHash, char[] other, int length) {
            if (hash != otherHash || token.length != length) {
                return false;
            }
            // Tokens are short: a plain loop beats the vectorised comparison's set-up.
            for (int i = 0; i < length; i++) {
                if (token[i] != other[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One thread's tokenizer and single-token filter chain, reused from call to call. */
    private static final class Analysis {

        final Tokenizer tokenizer = RasdAnalyzer.newTokenizer();
        private final SingleToken single = new SingleToken();
        private final TokenStream filters = RasdAnalyzer.termFilters(single);
        private final CharTermAttribute term = filters.getAttribute(CharTermAttribute.class);

        String termOf(char[] token) {
            single.token = token;
            try {
                filters.reset();
                String result = filters.incrementToken() ? term.toString() : null;
                filters.end();
                filters.close();
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A token stream of one given token. */
    private static final class SingleToken extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        char[] token;
        private boolean done;

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(token, 0, token.length);
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }
}
