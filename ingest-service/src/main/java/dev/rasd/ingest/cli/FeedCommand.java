package dev.rasd.ingest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rasd.ingest.feed.FeedItem;
import dev.rasd.ingest.feed.FeedParseException;
import dev.rasd.ingest.feed.FeedParser;
import dev.rasd.ingest.feed.ParsedFeed;
import dev.rasd.ingest.fetch.FetchRequest;
import dev.rasd.ingest.publish.ArticleId;
import dev.rasd.ingest.publish.CanonicalUrl;
import dev.rasd.ingest.publish.FeedOnlyArticle;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.Map;

/**
 * {@code feed FILE_OR_URL [--zone ZONE]}: parses a feed and prints one JSON object per item, in feed order:
 * {@code id} (the article id of the item's canonical link; for an item without a link, the id of its text, with
 * {@code FILE_OR_URL} standing for the feed id), {@code url} (or null), {@code title}, {@code summary} (the item's
 * summary, else its content as plain text), {@code publishedAt} (ISO-8601 UTC or null), {@code author},
 * {@code guid}. {@code --zone} is the IANA zone of dates
 * written without an offset. Exit codes: 0 success, 1 the input could not be read, 2 not a feed;
 * errors go to stderr as {@code error: …}. The launcher parses the arguments.
 */
public final class FeedCommand {

    static final ObjectMapper JSON = new ObjectMapper();

    private FeedCommand() {}

    /**
     * Parses the feed at {@code source} and prints its items.
     *
     * @param source the feed's file or URL
     * @param zone the IANA zone of dates written without an offset, or null for UTC
     * @param env configures fetching (RASD_USER_AGENT, RASD_ALLOW_PRIVATE_NETWORKS, …)
     * @return the exit code
     */
    public static int run(String source, ZoneId zone, PrintStream out, PrintStream err, Map<String, String> env) {
        Input input = Input.readOrReport(source, FetchRequest.ACCEPT_FEED, env, err);
        if (input == null) {
            return 1;
        }
        ParsedFeed feed;
        try {
            feed = FeedParser.parse(input.body(), input.contentType(), input.location(), zone);
        } catch (FeedParseException e) {
            err.println("error: " + e.getMessage() + " (" + source + ")");
            return 2;
        }
        feed.warnings().forEach(warning -> err.println("warning: " + warning));
        for (FeedItem item : feed.items()) {
            out.println(json(item, source));
        }
        return 0;
    }

    private static String json(FeedItem item, String source) {
        ObjectNode node = JSON.createObjectNode();
        String url = item.url() == null ? null : item.url().toString();
        node.put("id", url == null ? FeedOnlyArticle.id(source, item) : idOf(url));
        node.put("url", url);
        node.put("title", item.title());
        node.put("summary", item.summaryOrContentText());
        node.put("publishedAt", item.publishedAt() == null ? null : item.publishedAt().toString());
        node.put("author", item.author());
        node.put("guid", item.guid());
        return node.toString();
    }

    private static String idOf(String url) {
        try {
            return ArticleId.of(CanonicalUrl.of(url));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
