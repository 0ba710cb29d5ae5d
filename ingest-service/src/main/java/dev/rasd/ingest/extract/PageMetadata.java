package dev.rasd.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's head says about it in OpenGraph and other meta tags and in {@code <link rel=canonical>}. Values are
 * trimmed, null when absent or blank; URLs are resolved against the page URL.
 *
 * @param title {@code og:title}, else {@code twitter:title}, else the {@code <title>}
 * @param description {@code og:description}, else {@code description}
 * @param image {@code og:image}, else {@code twitter:image}
 * @param publishedTime the first publication date of the head, as written: {@code article:published_time} (also
 *     with an {@code og:} prefix), {@code og:published_time}, Parse.ly ({@code parsely-pub-date}, the
 *     {@code pub_date} of {@code parsely-page}), Dublin Core ({@code dcterms.issued}, {@code dcterms.created},
 *     {@code DC.date.issued}, {@code DC.date}), {@code itemprop=datePublished} ({@code content} or
 *     {@code datetime}), {@code pubdate}, {@code publishdate}
 * @param author the first byline meta that is a name rather than a profile URL: {@code author},
 *     {@code article:author}, {@code parsely-author}, {@code DC.creator}, {@code byl}
 * @param siteName {@code og:site_name}, else {@code application-name}
 * @param canonicalUrl {@code <link rel=canonical>} (on an AMP page this is the non-AMP page), else {@code og:url}
 * @param amp whether the page is an AMP page ({@code <html amp>} or {@code <html ⚡>})
 */
public record PageMetadata(
        String title,
        String description,
        String image,
        String publishedTime,
        String author,
        String siteName,
        String canonicalUrl,
        boolean amp) {

    private static final Pattern PARSELY_PUB_DATE = Pattern.compile("\"pub_date\"\\s*:\\s*\"([^\"]+)\"");

    /** Reads the metadata of {@code page} (parsed with its URL as base URI). */
    public static PageMetadata of(Document page) {
        return new PageMetadata(
                firstOf(meta(page, "og:title"), meta(page, "twitter:title"), blankToNull(page.title())),
                firstOf(meta(page, "og:description"), meta(page, "description")),
                firstOf(absoluteMeta(page, "og:image"), absoluteMeta(page, "twitter:image")),
                firstOf(meta(page, "article:published_time"), meta(page, "og:article:published_time"),
                        meta(page, "og:published_time"), meta(page, "parsely-pub-date"), parselyPubDate(page),
                        meta(page, "dcterms.issued"), meta(page, "dcterms.created"), meta(page, "dc.date.issued"),
                        meta(page, "dc.date"), itemprop(page, "datePublished"), meta(page, "pubdate"),
                        meta(page, "publishdate")),
                firstOf(name(meta(page, "author")), name(meta(page, "article:author")),
                        name(meta(page, "parsely-author")), name(meta(page, "dc.creator")), name(meta(page, "byl"))),
                firstOf(meta(page, "og:site_name"), meta(page, "application-name")),
                firstOf(canonicalLink(page), absoluteMeta(page, "og:url")),
                page.selectFirst("html[amp], html[⚡]") != null);
    }

    /** The value unless it is a profile link rather than a name. */
    private static String name(String author) {
        return author == null || author.matches("(?i)https?://.*") ? null : author;
    }

    /** The {@code pub_date} of Parse.ly's older {@code parsely-page} meta, which holds a JSON object. */
    private static String parselyPubDate(Document page) {
        String json = meta(page, "parsely-page");
        if (json == null) {
            return null;
        }
        Matcher date = PARSELY_PUB_DATE.matcher(json);
        return date.find() ? date.group(1) : null;
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
        Element element = page.selectFirst("[itemprop=" + name + "][content], [itemprop=" + name + "][datetime]");
        if (element == null) {
            return null;
        }
        return firstOf(blankToNull(element.attr("content")), blankToNull(element.attr("datetime")));
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
