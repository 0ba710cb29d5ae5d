package dev.rasd.ingest.publish;

import dev.rasd.ingest.extract.ExtractedArticle;
import dev.rasd.ingest.feed.FeedItem;

/**
 * The article of a feed item that has no link (a breaking-news ticker's, an agency wire's): there is no page to
 * fetch, so all that is known is what the feed says, and its id comes from its guid or that text ({@link ArticleId#ofFeedItem}).
 */
public final class FeedOnlyArticle {

    private FeedOnlyArticle() {}

    /** The item as an article: its feed content, else its summary, with no URL. */
    public static ExtractedArticle of(FeedItem item) {
        return ExtractedArticle.unavailable(null).orFeedText(item.contentHtml(), item.summary());
    }

    /** The id of the article {@link #of} the item of the feed {@code feedId}. */
    public static String id(String feedId, FeedItem item) {
        return ArticleId.ofFeedItem(feedId, item.guid(), item.title(), of(item).text());
    }
}
