package dev.rasd.ingest.feed;

import java.net.URI;
import java.util.List;

/**
 * A parsed feed.
 *
 * @param format the format read: Rome's feed type ({@code rss_2.0}, {@code rss_1.0}, {@code rss_0.91U},
 *     {@code atom_1.0}, {@code atom_0.3} …) or {@code json_1} / {@code json_1.1}
 * @param title the feed's title, plain text, or null
 * @param siteUrl the site the feed belongs to, absolute http(s), or null
 * @param hints how often the feed says to poll it
 * @param items the items in feed order, each once
 * @param warnings what was repaired or skipped, one line each (a salvaged broken document, a repeated item);
 *     empty for a clean feed
 */
public record ParsedFeed(
        String format,
        String title,
        URI siteUrl,
        FeedHints hints,
        List<FeedItem> items,
        List<String> warnings) {

    public ParsedFeed {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
