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

    /** A word of a field: its analysed form and where it stands. */
    private record Word(String term, int start, int end) {}

    private final WatchDocument document;
    private List<Word> textWords;
    private List<Word> titleWords;

    /** Snippets of {@code document}; each field is analysed once, on first need, for all the watches it matched. */
    Snippets(WatchDocument document) {
        this.document = document;
    }

    /**
     * The passage around the first word whose analysed form is in {@code terms}: in the text, else in the title,
     * else the start of the text; null when the document has neither.
     */
    String around(Set<String> terms) {
        if (textWords == null) {
            textWords = words(WatchFields.TEXT, document.text());
        }
        String snippet = around(document.text(), textWords, terms);
        if (snippet == null) {
            if (titleWords == null) {
                titleWords = words(WatchFields.TITLE, document.title());
            }
            snippet = around(document.title(), titleWords, terms);
        }
        if (snippet == null && !document.text().isBlank()) {
            snippet = excerpt(document.text(), 0, 0, List.of());
        }
        return snippet;
    }

    private static List<Word> words(String field, String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream tokens = WatchFields.ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static String around(String text, List<Word> words, Set<String> terms) {
        List<Word> hits = words.stream().filter(w -> terms.contains(w.term())).toList();
        if (hits.isEmpty()) {
            return null;
        }
        return excerpt(text, hits.getFirst().start(), hits.getFirst().end(), hits);
    }

    /** The text around [start, end) with {@code hits} marked, cut at word boundaries, ellipses where cut. */
    private static String excerpt(String text, int start, int end, List<Word> hits) {
        int from = wordBoundaryBefore(text, Math.max(0, start - CONTEXT));
        int to = wordBoundaryAfter(text, Math.min(text.length(), end + CONTEXT));
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (Word hit : hits) {
            if (hit.start() < at || hit.end() > to) {
                continue;
            }
            out.append(text, at, hit.start()).append('«').append(text, hit.start(), hit.end()).append('»');
            at = hit.end();
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
