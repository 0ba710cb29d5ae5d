package dev.rasd.ingest.feed;

import dev.rasd.ingest.text.CharsetDetector;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * A DOCTYPE is ignored with whatever it declares: entities are never expanded and external DTDs never loaded.
 * Every item is kept, also one with neither link nor guid (a news ticker's); an item that appears twice in the
 * document is kept once. The document is read whole: its size is bounded by the fetcher, not by an item count.
 */
public final class FeedParser {

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
        return parse(CharsetDetector.decode(body, contentType, CharsetDetector.Syntax.XML), baseUrl, feedZone);
    }

    /**
     * Parses a feed already decoded by {@link CharsetDetector#decode} (for a caller that also needs the charset).
     *
     * @see #parse(byte[], String, URI, ZoneId)
     */
    public static ParsedFeed parse(CharsetDetector.Decoded decoded, URI baseUrl, ZoneId feedZone)
            throws FeedParseException {
        String text = decoded.text();
        String start = text.stripLeading();
        if (start.isEmpty() || start.chars().allMatch(c -> c == 0)) {
            throw new FeedParseException("empty body");
        }
        if (start.startsWith("[")) {
            throw new FeedParseException("not a feed: a JSON array");
        }
        ParsedFeed feed = start.startsWith("{")
                ? JsonFeedParser.parse(text, baseUrl, feedZone)
                : XmlFeedParser.parse(text, baseUrl, feedZone);
        return withoutRepeats(feed);
    }

    /**
     * The feed with each item once: an item whose guid (or, without one, whose every field) equals an earlier
     * item's is a repeat. Feeds list newest first, so the first one is kept.
     */
    private static ParsedFeed withoutRepeats(ParsedFeed feed) {
        Set<Object> identities = new HashSet<>();
        List<FeedItem> items = new ArrayList<>(feed.items().size());
        List<String> warnings = new ArrayList<>(feed.warnings());
        for (int i = 0; i < feed.items().size(); i++) {
            FeedItem item = feed.items().get(i);
            if (identities.add(item.guid() != null ? item.guid() : item)) {
                items.add(item);
            } else {
                warnings.add("item " + (i + 1) + " skipped: it repeats an earlier item");
            }
        }
        return items.size() == feed.items().size() ? feed
                : new ParsedFeed(feed.format(), feed.title(), feed.siteUrl(), feed.hints(), items, warnings);
    }
}
