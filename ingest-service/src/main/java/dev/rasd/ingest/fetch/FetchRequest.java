package dev.rasd.ingest.fetch;

import java.net.URI;

/**
 * One GET to make.
 *
 * @param url the URL to fetch (http or https)
 * @param accept the Accept header
 * @param maxBytes the largest body accepted, on the wire and after decompression
 * @param etag the ETag of the copy already held (sent as If-None-Match), or null
 * @param lastModified the Last-Modified of the copy already held (sent as If-Modified-Since), or null
 */
public record FetchRequest(URI url, String accept, long maxBytes, String etag, String lastModified) {

    /** Accept header for feeds: the feed formats first, any XML or JSON after. */
    public static final String ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/feed+json,"
            + " application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    /** Accept header for article pages. */
    public static final String ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    /** An unconditional GET of an article page. */
    public static FetchRequest page(URI url, long maxBytes) {
        return new FetchRequest(url, ACCEPT_PAGE, maxBytes, null, null);
    }

    /** A conditional GET of a feed: 304 when neither validator changed. */
    public static FetchRequest feed(URI url, long maxBytes, String etag, String lastModified) {
        return new FetchRequest(url, ACCEPT_FEED, maxBytes, etag, lastModified);
    }
}
