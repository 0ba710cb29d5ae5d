package dev.rasd.ingest.feed;

/**
 * A feed body that yields no feed, with a one-line reason such as {@code "not a feed: an HTML page"},
 * {@code "empty body"} or {@code "XML is not well-formed at line 12: …"}.
 */
public final class FeedParseException extends Exception {

    /** @param reason a one-line reason, fit for a feed status record */
    public FeedParseException(String reason) {
        super(reason);
    }

    /**
     * @param reason a one-line reason, fit for a feed status record
     * @param cause the parser error behind it
     */
    public FeedParseException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
