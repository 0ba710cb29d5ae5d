package dev.rasd.ingest.feed;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/** Turns the text values of feeds into plain text or HTML. */
final class FeedText {

    /**
     * An element whose content HTML reads as raw text, written self-closed by an XML tool ({@code <iframe ... />}):
     * HTML ignores the slash, so the text after it would be taken for the element's content and lost.
     */
    private static final Pattern SELF_CLOSED_RAW_TEXT =
            Pattern.compile("(?i)<(iframe|script|style|textarea|title|noembed|noframes|noscript|xmp)(\\s[^<>]*?)?/>");

    private FeedText() {
    }

    /**
     * Plain text of a value that may hold HTML (tags, entities), spaces collapsed; null when blank. What is no text
     * is dropped (scripts, styles, objects, attributes such as event handlers); the text around it is kept.
     */
    static String plain(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.indexOf('<') >= 0 || value.indexOf('&') >= 0
                ? Jsoup.parseBodyFragment(SELF_CLOSED_RAW_TEXT.matcher(value).replaceAll("<$1$2></$1>")).text()
                : value;
        text = text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * HTML of a content value of the given type: text types are escaped, others kept; null when blank.
     *
     * @param type Rome's or Atom's content type: {@code text}, {@code html}, {@code xhtml}, a MIME type, or null
     */
    static String html(String value, String type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = type == null ? "html" : type.toLowerCase(Locale.ROOT);
        return t.equals("text") || t.equals("text/plain") ? escape(value.strip()) : value.strip();
    }

    /** Plain text as HTML: escaped, line breaks kept as {@code <br>}. */
    static String escape(String text) {
        return Entities.escape(text).replace("\n", "<br>\n");
    }

    /** The value trimmed, or null when null or blank. */
    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
