package dev.rasd.enrich.watch;

import java.util.Set;

/**
 * Short passages that show why a watch matched: the text around the first matching word, each matching word
 * marked {@code «…»}. Words are found through the analysis of the text, so {@code «والتحالف»} is marked for the
 * term {@code تحالف}.
 */
final class Snippets {

    /** Characters of context on each side of the first match. */
    static final int CONTEXT = 80;

    private final WatchDocument document;
    private final AnalysedText title;
    private final AnalysedText text;

    /** Snippets of {@code document}, whose title and text were analysed into {@code title} and {@code text}. */
    Snippets(WatchDocument document, AnalysedText title, AnalysedText text) {
        this.document = document;
        this.title = title;
        this.text = text;
    }

    /**
     * The passage around the first word whose analysed form is in {@code terms}: in the text, else in the title,
     * else the start of the text; null when the document has neither.
     */
    String around(Set<String> terms) {
        String snippet = around(document.text(), text, terms);
        if (snippet == null) {
            snippet = around(document.title(), title, terms);
        }
        if (snippet == null && !document.text().isBlank()) {
            snippet = excerpt(document.text(), text, 0, 0, Set.of());
        }
        return snippet;
    }

    private static String around(String source, AnalysedText words, Set<String> terms) {
        for (int i = 0; i < words.size(); i++) {
            if (terms.contains(words.term(i))) {
                return excerpt(source, words, words.start(i), words.end(i), terms);
            }
        }
        return null;
    }

    /**
     * The text around [start, end) with the words whose terms are in {@code marked} marked, cut at word boundaries,
     * ellipses where cut, runs of white space made single spaces.
     */
    private static String excerpt(String source, AnalysedText words, int start, int end, Set<String> marked) {
        int from = wordBoundaryBefore(source, Math.max(0, start - CONTEXT));
        int to = wordBoundaryAfter(source, Math.min(source.length(), end + CONTEXT));
        StringBuilder out = new StringBuilder(to - from + 16);
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (int i = 0; i < words.size() && words.start(i) < to; i++) {
            if (words.start(i) < at || words.end(i) > to || !marked.contains(words.term(i))) {
                continue;
            }
            out.append(source, at, words.start(i)).append('«').append(source, words.start(i), words.end(i))
                    .append('»');
            at = words.end(i);
        }
        out.append(source, at, to);
        if (to < source.length()) {
            out.append('…');
        }
        return collapseWhiteSpace(out).strip();
    }

    /** {@code text} with every run of {@code \s} characters replaced by one space. */
    private static String collapseWhiteSpace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString();
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
