package dev.rasd.enrich.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Short passages that show why a watch matched: the text around the first matching word, each matching word
 * marked {@code «…»}. Words are found by analysing the text again, so {@code «والتحالف»} is marked for the term
 * {@code تحالف}.
 */
final class Snippets {

    /** Characters of context on each side of the first match. */
    static final int CONTEXT = 80;

    private Snippets() {}

    /**
     * The passage of {@code text} around the first word whose analysed form is in {@code terms}, or null when no
     * word of {@code text} is.
     */
    static String around(String field, String text, Set<String> terms) {
        List<int[]> hits = new ArrayList<>();
        try (TokenStream tokens = WatchFields.ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString())) {
                    hits.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (hits.isEmpty()) {
            return null;
        }
        int from = wordBoundaryBefore(text, Math.max(0, hits.getFirst()[0] - CONTEXT));
        int to = wordBoundaryAfter(text, Math.min(text.length(), hits.getFirst()[1] + CONTEXT));
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (int[] hit : hits) {
            if (hit[0] < at || hit[1] > to) {
                continue;
            }
            out.append(text, at, hit[0]).append('«').append(text, hit[0], hit[1]).append('»');
            at = hit[1];
        }
        out.append(text, at, to);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static int wordBoundaryBefore(String text, int index) {
        int i = index;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordBoundaryAfter(String text, int index) {
        int i = index;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
