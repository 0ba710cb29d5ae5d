package dev.rasd.ingest.feed;

/** A feed catalog that cannot be read or has invalid entries; the message names every bad entry. */
public final class FeedCatalogException extends Exception {

    /** @param message what is wrong, naming the source and entries */
    public FeedCatalogException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the source
     * @param cause the underlying error
     */
    public FeedCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
