package dev.rasd.ingest.publish;

import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The content hash of an article: hex SHA-256 over its normalised title, a newline, and its normalised text. It
 * tells a revised article (new hash) from a re-delivery of the same one. Normalisation is Unicode NFKC, then
 * zero-width characters and the Arabic tatweel (elongation) removed, then every run of white space (paragraph breaks
 * too) collapsed to one space and the ends trimmed: re-wrapped or re-encoded text with the same words hashes the
 * same.
 */
public final class ContentHash {

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u0640]");

    private ContentHash() {}

    /** The content hash of an article with this title and text (either may be null, read as empty). */
    public static String of(String title, String text) {
        return HexFormat.of().formatHex(ArticleId.sha256(normalise(title) + "\n" + normalise(text)));
    }

    static String normalise(String value) {
        if (value == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(value, Normalizer.Form.NFKC);
        String visible = INVISIBLE.matcher(nfkc).replaceAll("");
        return WHITE_SPACE.matcher(visible).replaceAll(" ").strip();
    }
}
