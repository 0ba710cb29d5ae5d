package dev.rasd.ingest.feed;

import dev.rasd.ingest.text.CharsetDetector;
import java.net.URI;
import java.time.ZoneId;

/**
 * Parses a feed body into a {@link ParsedFeed}: RSS 0.9x, 1.0 (RDF) and 2.0, Atom 0.3 and 1.0, JSON Feed 1.0
 * and 1.1. Pure: no network, no clock.
 *
 * <p>What it copes with, so that one fault never loses a feed:
 * <ul>
 *   <li>charsets: byte order mark, HTTP {@code charset}, XML declaration, then detection, with wrong or missing
 *       declarations of Arabic single-byte feeds corrected (see {@link CharsetDetector});</li>
 *   <li>junk before the XML prolog, XML-illegal characters, HTML entities, bare {@code &} (see
 *       {@link XmlRepair});</li>
 *   <li>a document broken inside one item: the items that parse are salvaged, with a warning;</li>
 *   <li>dates in English and Arabic forms (see {@link FeedDates}), local times read in the feed's zone;</li>
 *   <li>relative links, resolved against {@code xml:base} and then the feed URL.</li>
 * </ul>
 * Entities are never expanded: a DOCTYPE that declares entities is refused, any other DOCTYPE is ignored, and
 * external DTDs are never loaded. At most {@link #MAX_ITEMS} items are read; the rest are ignored with a
 * warning.
 */
public final class FeedParser {

    /** The most items read from one feed; real news feeds carry 10–200, so more is a runaway archive. */
    public static final int MAX_ITEMS = 1_000;

    private FeedParser() {
    }

    /**
     * Parses a feed.
     *
     * @param body the body as received
     * @param contentType the HTTP Content-Type header, or null
     * @param baseUrl the URL the feed was fetched from, to resolve relative links; null keeps only absolute ones
     * @param feedZone the zone of dates written without one; null means UTC
     * @return the feed
     * @throws FeedParseException when the body holds no feed, with a one-line reason
     */
    public static ParsedFeed parse(byte[] body, String contentType, URI baseUrl, ZoneId feedZone)
            throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("empty body");
        }
        String text = CharsetDetector.decode(body, contentType, CharsetDetector.Syntax.XML).text();
        String start = text.stripLeading();
        if (start.isEmpty() || start.chars().allMatch(c -> c == 0)) {
            throw new FeedParseException("empty body");
        }
        if (start.startsWith("{")) {
            return JsonFeedParser.parse(text, baseUrl, feedZone);
        }
        if (start.startsWith("[")) {
            throw new FeedParseException("not a feed: a JSON array");
        }
        return XmlFeedParser.parse(text, baseUrl, feedZone);
    }
}
