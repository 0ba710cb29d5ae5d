package dev.rasd.contract;

import java.time.Instant;
import java.util.List;

/**
 * An article as fetched and extracted by ingest-service: the value of a {@link Topics#articlesRaw()} record,
 * keyed by {@link #id()}.
 *
 * @param schemaVersion the contract version that wrote this record
 * @param id hex of the first 16 bytes of SHA-256 over the canonical URL, or, for a feed item without a link, over
 *     the feed id and the item's guid or its title and text; also the Elasticsearch {@code _id}
 * @param url the URL the article was fetched from; null for a feed item without a link (a news ticker's, an
 *     agency wire's), whose text is the feed's
 * @param canonicalUrl the canonical URL (tracking parameters and fragment removed, {@code rel=canonical} honoured);
 *     null when {@code url} is
 * @param feedId the feed the article came from
 * @param source the publisher's name
 * @param title the headline
 * @param summary the feed's summary, plain text
 * @param text the article text, paragraphs joined by blank lines
 * @param author the byline, or null
 * @param publishedAt when the publisher says it was published, or null when unknown or unparseable
 * @param firstSeenAt when Rasd first saw the item in its feed
 * @param fetchedAt when the article page was fetched (for an article without a URL: when its feed was read)
 * @param imageUrl the lead image, or null
 * @param categories the feed's and page's categories
 * @param contentHash hex SHA-256 over the normalised title and text, to tell revisions from re-deliveries
 * @param extraction how the text was found
 * @param feedLanguage the language the feed is expected to publish in, a hint for detection
 * @param dateSource where {@code publishedAt} was read; null when it is null (and in records written before the
 *     field existed)
 */
public record RawArticle(
        int schemaVersion,
        String id,
        String url,
        String canonicalUrl,
        String feedId,
        String source,
        String title,
        String summary,
        String text,
        String author,
        Instant publishedAt,
        Instant firstSeenAt,
        Instant fetchedAt,
        String imageUrl,
        List<String> categories,
        String contentHash,
        Extraction extraction,
        String feedLanguage,
        DateSource dateSource) {

    public RawArticle {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
