package dev.rasd.ingest.extract;

import dev.rasd.contract.DateSource;
import dev.rasd.contract.Extraction;
import java.time.Instant;

/**
 * What was found about an article: from its page, and from its feed item when the page held no text.
 *
 * @param url the URL the page was fetched from
 * @param canonicalUrl the canonical URL the page declares ({@code rel=canonical}, else {@code og:url}, else the
 *     JSON-LD {@code url}), absolute, or null; not yet normalised (see {@code CanonicalUrl})
 * @param title the headline, or null
 * @param description the page's description ({@code og:description}), or null
 * @param text the article text, paragraphs joined by blank lines; null when none was found
 * @param author the byline, or null
 * @param publishedAt when the page (or, see {@link #orFeedDate}, the feed) says the article was published, or null
 * @param dateSource where {@code publishedAt} was read; null when it is null
 * @param imageUrl the lead image, absolute, or null
 * @param extraction how {@code text} was found; null when {@code text} is null
 */
public record ExtractedArticle(
        String url,
        String canonicalUrl,
        String title,
        String description,
        String text,
        String author,
        Instant publishedAt,
        DateSource dateSource,
        String imageUrl,
        Extraction extraction) {

    /** Nothing known about the page at {@code url} beyond its address (it could not be fetched or parsed). */
    public static ExtractedArticle unavailable(String url) {
        return new ExtractedArticle(url, null, null, null, null, null, null, null, null, null);
    }

    /** Whether the page gave the article text. */
    public boolean hasText() {
        return text != null;
    }

    /**
     * This article, or, when the page gave no text, the same with the feed item's text: its full content
     * ({@link Extraction#FEED_CONTENT}) when it has one, else its summary or the page's description
     * ({@link Extraction#SUMMARY_ONLY}, possibly empty).
     *
     * @param feedContentHtml the item's full content as HTML, or null
     * @param feedSummary the item's summary (plain text or HTML), or null
     */
    public ExtractedArticle orFeedText(String feedContentHtml, String feedSummary) {
        if (hasText()) {
            return this;
        }
        String content = HtmlText.of(feedContentHtml);
        if (!content.isEmpty()) {
            return withText(content, Extraction.FEED_CONTENT);
        }
        String summary = HtmlText.of(feedSummary);
        return withText(summary.isEmpty() ? HtmlText.of(description) : summary, Extraction.SUMMARY_ONLY);
    }

    private ExtractedArticle withText(String newText, Extraction how) {
        return new ExtractedArticle(url, canonicalUrl, title, description, newText, author, publishedAt, dateSource,
                imageUrl, how);
    }

    /**
     * This article with the feed item's date when the feed's is more trusted ({@link DateSource#FEED}): when the page
     * gave no date, or only one inferred from its URL or visible byline.
     *
     * @param feedDate the item's publication date, or null
     */
    public ExtractedArticle orFeedDate(Instant feedDate) {
        if (feedDate == null || !DateSource.FEED.isMoreTrustedThan(dateSource)) {
            return this;
        }
        return new ExtractedArticle(url, canonicalUrl, title, description, text, author, feedDate, DateSource.FEED,
                imageUrl, extraction);
    }
}
