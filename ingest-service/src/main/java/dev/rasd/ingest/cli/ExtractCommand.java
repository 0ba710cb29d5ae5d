package dev.rasd.ingest.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rasd.ingest.extract.ArticleExtractor;
import dev.rasd.ingest.extract.ExtractedArticle;
import dev.rasd.ingest.fetch.FetchRequest;
import dev.rasd.ingest.publish.CanonicalUrl;
import java.io.PrintStream;
import java.net.URI;
import java.time.ZoneId;
import java.util.Map;

/**
 * {@code extract FILE_OR_URL [--url URL] [--zone ZONE]}: extracts the article of a page and prints one JSON object:
 * {@code url}, {@code canonicalUrl}, {@code title}, {@code text}, {@code author}, {@code publishedAt} (ISO-8601 UTC
 * or null), {@code dateSource} (where the date was read: json-ld, meta, time-element, url-path, byline; null without
 * a date), {@code imageUrl}, {@code extraction} (json-ld, article-body, or null when the page held no text).
 * {@code --url} gives the page's address when reading a file, for relative links, the canonical URL and a date in the
 * path; {@code --zone} is the IANA zone of dates written without an offset (the feed's {@code zone}; default UTC). Exit codes: 0 success,
 * 1 the input could not be read. The launcher parses the arguments.
 */
public final class ExtractCommand {

    private ExtractCommand() {}

    /**
     * Extracts the article of the page at {@code source} and prints it.
     *
     * @param source the page's file or URL
     * @param url the page's address when {@code source} is a file, or null
     * @param zone the IANA zone of dates written without an offset, or null for UTC
     * @param env configures fetching (RASD_USER_AGENT, RASD_ALLOW_PRIVATE_NETWORKS, …)
     * @return the exit code
     */
    public static int run(String source, URI url, ZoneId zone, PrintStream out, PrintStream err,
            Map<String, String> env) {
        Input input = Input.readOrReport(source, FetchRequest.ACCEPT_PAGE, env, err);
        if (input == null) {
            return 1;
        }
        ExtractedArticle article = ArticleExtractor.extract(input.body(), input.contentType(),
                url != null ? url : input.location(), zone);
        ObjectNode node = FeedCommand.JSON.createObjectNode();
        node.put("url", article.url());
        node.put("canonicalUrl", canonical(article));
        node.put("title", article.title());
        node.put("text", article.text());
        node.put("author", article.author());
        node.put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString());
        node.put("dateSource", article.dateSource() == null ? null : article.dateSource().label());
        node.put("imageUrl", article.imageUrl());
        node.put("extraction", article.extraction() == null ? null : article.extraction().label());
        out.println(node.toString());
        return 0;
    }

    /** The normalised canonical URL; null when neither the page nor its address is an http(s) URL. */
    private static String canonical(ExtractedArticle article) {
        try {
            return CanonicalUrl.of(article.url(), article.canonicalUrl());
        } catch (IllegalArgumentException e) {
            try {
                return article.canonicalUrl() == null ? null : CanonicalUrl.of(article.canonicalUrl());
            } catch (IllegalArgumentException notHttp) {
                return null;
            }
        }
    }
}
