package dev.rasd.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's head says about it in OpenGraph and other meta tags and in {@code <link rel=canonical>}. Values are
 * trimmed, null when absent or blank; URLs are resolved against the page URL.
 *
 * @param title {@code og:title}, else {@code twitter:title}, else the {@code <title>}
 * @param description {@code og:description}, else {@code description}
 * @param image {@code og:image}, else {@code twitter:image}
 * @param publishedTime {@code article:published_time}, else {@code itemprop=datePublished}, as written
 * @param author {@code author} meta, else {@code article:author} when it is a name rather than a profile URL
 * @param canonicalUrl {@code <link rel=canonical>} (on an AMP page this is the non-AMP page), else {@code og:url}
 * @param amp whether the page is an AMP page ({@code <html amp>} or {@code <html ⚡>})
 */
public record PageMetadata(
        String title,
        String description,
        String image,
        String publishedTime,
        String author,
        String canonicalUrl,
        boolean amp) {

    /** Reads the metadata of {@code page} (parsed with its URL as base URI). */
    public static PageMetadata of(Document page) {
        String articleAuthor = meta(page, "article:author");
        boolean authorIsProfileLink = articleAuthor != null && articleAuthor.matches("(?i)https?://.*");
        return new PageMetadata(
                firstOf(meta(page, "og:title"), meta(page, "twitter:title"), blankToNull(page.title())),
                firstOf(meta(page, "og:description"), meta(page, "description")),
                firstOf(absoluteMeta(page, "og:image"), absoluteMeta(page, "twitter:image")),
                firstOf(meta(page, "article:published_time"), itemprop(page, "datePublished")),
                firstOf(meta(page, "author"), authorIsProfileLink ? null : articleAuthor),
                firstOf(canonicalLink(page), absoluteMeta(page, "og:url")),
                page.selectFirst("html[amp], html[⚡]") != null);
    }

    private static String canonicalLink(Document page) {
        Element link = page.selectFirst("link[rel~=(?i)^canonical$][href]");
        return link == null ? null : blankToNull(link.absUrl("href"));
    }

    private static String meta(Document page, String key) {
        for (Element meta : page.select("meta[content]")) {
            String name = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            if (name.equalsIgnoreCase(key)) {
                String content = blankToNull(meta.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String absoluteMeta(Document page, String key) {
        return absolute(page, meta(page, key));
    }

    /** {@code url} resolved against the page's location; as written when it cannot be resolved; null for null. */
    static String absolute(Document page, String url) {
        if (url == null) {
            return null;
        }
        Element resolver = page.createElement("a").attr("href", url);
        resolver.setBaseUri(page.location());
        String absolute = resolver.absUrl("href");
        return absolute.isEmpty() ? url : absolute;
    }

    private static String itemprop(Document page, String name) {
        Element element = page.selectFirst("[itemprop=" + name + "]");
        if (element == null) {
            return null;
        }
        return firstOf(blankToNull(element.attr("content")), blankToNull(element.attr("datetime")),
                blankToNull(element.text()));
    }

    static String firstOf(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
