package dev.rasd.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text with paragraphs from HTML: block elements and {@code <br>} end a paragraph, white space inside a
 * paragraph collapses to one space, and paragraphs are joined by a blank line.
 */
public final class HtmlText {

    /** Elements that start and end a paragraph. */
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "figure", "figcaption", "hr", "address");

    private HtmlText() {}

    /** The paragraphs of an HTML fragment (or of plain text, which is one paragraph per blank-line block). */
    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return join(plainParagraphs(html));
        }
        return join(paragraphs(Jsoup.parseBodyFragment(html).body()));
    }

    /** The paragraphs inside {@code root}, in document order, without empty ones. */
    static List<String> paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element element && isBreak(element)) {
                    flush(current, paragraphs);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, paragraphs);
                }
            }
        }, root);
        flush(current, paragraphs);
        return paragraphs;
    }

    /** Paragraphs joined by a blank line. */
    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** Collapses white space (including no-break spaces) to single spaces and trims. */
    static String normaliseSpace(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2028\\u2029]+", " ").strip();
    }

    private static boolean isBreak(Element element) {
        return element.normalName().equals("br") || BLOCKS.contains(element.normalName());
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = normaliseSpace(current.toString());
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }

    private static List<String> plainParagraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\\R\\s*\\R")) {
            String paragraph = normaliseSpace(block);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }
}
