package dev.rasd.arabic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Collects what a token stream produces, for assertions. */
record Tokens(List<String> terms, List<Integer> positions, List<String> offsets) {

    static Tokens of(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            return collect(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Tokens collect(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> offsets = new ArrayList<>();
        int position = -1;
        stream.reset();
        while (stream.incrementToken()) {
            position += increment.getPositionIncrement();
            terms.add(term.toString());
            positions.add(position);
            offsets.add(offset.startOffset() + "-" + offset.endOffset());
        }
        stream.end();
        return new Tokens(terms, positions, offsets);
    }
}
