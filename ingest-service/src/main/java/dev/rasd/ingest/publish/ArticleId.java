package dev.rasd.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The id of an article: hex of the first 16 bytes of SHA-256 over its {@link CanonicalUrl canonical URL}. It is the
 * Kafka key of {@code articles.raw} and the Elasticsearch {@code _id}, so a re-delivered article overwrites itself.
 */
public final class ArticleId {

    private ArticleId() {}

    /** The id of the article whose canonical URL is {@code canonicalUrl} (already canonical: not re-normalised). */
    public static String of(String canonicalUrl) {
        return HexFormat.of().formatHex(Arrays.copyOf(sha256(canonicalUrl), 16));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
