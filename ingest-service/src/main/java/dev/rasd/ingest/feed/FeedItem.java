package dev.rasd.ingest.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One item of a feed. Text fields are trimmed and null when absent or blank.
 *
 * @param guid the feed's own id for the item (RSS guid, Atom id, JSON Feed id), else its url; null when it has
 *     neither (a news ticker's item: title and text only)
 * @param url the item's absolute http(s) link: {@code link}, else a permalink guid; null when it has neither
 * @param title the headline, plain text
 * @param summary the description or summary, plain text
 * @param contentHtml the full content as HTML, when the feed carries it ({@code content:encoded}, Atom
 *     {@code content}, JSON Feed {@code content_html}/{@code content_text})
 * @param author the author's name as written
 * @param publishedAt when it was published; the update time when only that is given; null when unknown
 * @param updatedAt when it was last updated, or null
 * @param categories the categories or tags, distinct, in feed order
 * @param imageUrl an absolute http(s) image: an image enclosure, {@code media:content}, {@code media:thumbnail}
 *     or JSON Feed {@code image}
 */
public record FeedItem(
        String guid,
        URI url,
        String title,
        String summary,
        String contentHtml,
        String author,
        Instant publishedAt,
        Instant updatedAt,
        List<String> categories,
        URI imageUrl) {

    public FeedItem {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The summary, else the plain text of the content (feedparser's reading of an item), else null. */
    public String summaryOrContentText() {
        return summary != null ? summary : FeedText.plain(contentHtml);
    }
}
