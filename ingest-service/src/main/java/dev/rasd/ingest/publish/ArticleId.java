package dev.rasd.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The id of an article: hex of the first 16 bytes of SHA-256 over its {@link CanonicalUrl canonical URL}, or, for a
 * feed item with no link (a breaking-news ticker, an agency wire), over its feed id and its guid or its normalised
 * title and text (see {@link #ofFeedItem}). It is the Kafka key of {@code articles.raw} and the Elasticsearch {@code _id}, so a
 * re-delivered article overwrites itself.
 */
public final class ArticleId {

    private ArticleId() {}

    /** The id of the article whose canonical URL is {@code canonicalUrl} (already canonical: not re-normalised). */
    public static String of(String canonicalUrl) {
        return HexFormat.of().formatHex(Arrays.copyOf(sha256(canonicalUrl), 16));
    }

    /**
     * The id of a feed item that has no link, so no canonical URL. With a guid (an Atom id, a {@code tag:} URI, a
     * guid that is no permalink) the id is hashed from the feed id and the guid: an edit of the item keeps its id and
     * is a revision. Without one (a breaking-news ticker, an agency wire: title and text only) nothing but its words
     * identify it, so the id is hashed from the feed id and the title and text, normalised as for the
     * {@link ContentHash}: re-wrapped or re-encoded text keeps its id, so a re-poll finds the item already
     * published, while an edited wording makes a new article, since two ticker items under one generic title
     * ("عاجل") must never be taken for versions of one. The hashed input starts with a line no URL can start with,
     * so such an id never equals the id of a URL.
     *
     * @param feedId the id of the feed the item is in
     * @param guid the item's guid, or null
     * @param title the item's title, or null
     * @param text the item's text as taken from the feed, or null
     */
    public static String ofFeedItem(String feedId, String guid, String title, String text) {
        String identity = guid != null
                ? "feed-guid\n" + feedId + "\n" + guid
                : "feed-text\n" + feedId + "\n" + ContentHash.normalise(title) + "\n" + ContentHash.normalise(text);
        return HexFormat.of().formatHex(Arrays.copyOf(sha256(identity), 16));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
