package dev.rasd.enrich.watch;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A field of an article analysed once, as indexed text ({@link WatchFields#TERMS}), and then used up to three times: its
 * terms select the candidate watches, its tokens are indexed, and its offsets place the snippets.
 */
final class AnalysedText {

    private String[] terms = new String[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] increments = new int[64];
    private int size;

    private AnalysedText() {}

    /** The analysis of {@code text}. */
    static AnalysedText of(String text) {
        AnalysedText analysed = new AnalysedText();
        WatchFields.TERMS.analyse(text, analysed::add);
        return analysed;
    }

    /**
     * The analysis of the values of a many-valued field, one after the other, with the positions an index gives
     * them when they are added to it one by one; offsets are each value's own.
     */
    static AnalysedText ofValues(List<String> values) {
        AnalysedText analysed = new AnalysedText();
        for (String value : values) {
            WatchFields.TERMS.analyse(value, analysed::add);
        }
        return analysed;
    }

    /** A keyword field's value, which is its one term. */
    static AnalysedText ofKeyword(String value) {
        AnalysedText analysed = new AnalysedText();
        analysed.add(value, 0, value.length(), 1);
        return analysed;
    }

    private void add(String term, int start, int end, int increment) {
        if (size == terms.length) {
            int grown = size * 2;
            terms = Arrays.copyOf(terms, grown);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            increments = Arrays.copyOf(increments, grown);
        }
        terms[size] = term;
        starts[size] = start;
        ends[size] = end;
        increments[size] = increment;
        size++;
    }

    /** The number of tokens. */
    int size() {
        return size;
    }

    /** The term of token {@code i}. */
    String term(int i) {
        return terms[i];
    }

    /** Where token {@code i} starts in the text. */
    int start(int i) {
        return starts[i];
    }

    /** Where token {@code i} ends in the text. */
    int end(int i) {
        return ends[i];
    }

    /**
     * The tokens of an {@link AnalysedText} as a stream to index, all of them or only those whose term is in a given
     * set. Left-out tokens keep their positions, so phrases of kept terms match exactly where they match in the whole
     * text. One instance serves any number of texts, one after the other.
     */
    static final class Tokens extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private AnalysedText text;
        private Set<String> kept;
        private int next;

        /**
         * This stream, set to the tokens of {@code text} whose term is in {@code kept}.
         *
         * @param kept the terms to keep, or null to keep all
         */
        Tokens of(AnalysedText text, Set<String> kept) {
            this.text = text;
            this.kept = kept;
            this.next = 0;
            return this;
        }

        @Override
        public boolean incrementToken() {
            int skipped = 0;
            while (next < text.size && kept != null && !kept.contains(text.terms[next])) {
                skipped += text.increments[next++];
            }
            if (next == text.size) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(text.terms[next]);
            offset.setOffset(text.starts[next], text.ends[next]);
            increment.setPositionIncrement(skipped + text.increments[next]);
            next++;
            return true;
        }
    }
}
